// Each subcommand sets itself up from its own file; setup_app wires them all in.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace duban::cli {

// Global options and every subcommand.
void setup_app(CLI::App& app, Context& ctx);
// Prints a parse error (or the help that was asked for) and returns the exit status. `args`
// are the arguments after the program name: a mistyped command or option among them is named,
// with the nearest valid spelling.
int report_parse_error(const CLI::App& app, const CLI::ParseError& e,
                       const std::vector<std::string>& args);

void setup_list(CLI::App& app, Context& ctx);
void setup_show(CLI::App& app, Context& ctx);
void setup_check(CLI::App& app, Context& ctx);
void setup_import(CLI::App& app, Context& ctx);
void setup_diff(CLI::App& app, Context& ctx);
void setup_log(CLI::App& app, Context& ctx);
void setup_merge(CLI::App& app, Context& ctx);
void setup_git_setup(CLI::App& app, Context& ctx);
void setup_mark(CLI::App& app, Context& ctx);
void setup_report(CLI::App& app, Context& ctx);
// Hidden: `duban __complete -- WORDS...`, the candidates the shell completion scripts offer.
void setup_complete(CLI::App& app, Context& ctx);

}  // namespace duban::cli
