// Each subcommand sets itself up from its own file; setup_app wires them all in.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace duban::cli {

// Global options and every subcommand.
void setup_app(CLI::App& app, Context& ctx);
// Prints a parse error (or the help that was asked for) and returns the exit status.
int report_parse_error(const CLI::App& app, const CLI::ParseError& e);

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

}  // namespace duban::cli
