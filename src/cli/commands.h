// Each subcommand sets itself up from its own file; setup_app wires them all in. Parsing only
// fills options; main then runs the chosen command, which returns the exit status.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace duban::cli {

// What a subcommand does once the whole command line has been parsed. Returns the exit status
// (kExitOk, kExitFound); throws Error for anything that stops it.
using Run = std::function<int(const Context& ctx)>;

// A subcommand as registered: CLI11 fills its options while parsing, `run` does the work.
struct Command {
    const CLI::App* app = nullptr;
    Run run;
};

// Binds the global options to `ctx` and registers every subcommand. `ctx` must outlive the
// parse; the commands only read it.
std::vector<Command> setup_app(CLI::App& app, Context& ctx);
// Runs the command the parsed command line chose and returns its exit status.
int run_chosen(const std::vector<Command>& commands, const Context& ctx);

// Prints a parse error (or the help that was asked for) and returns the exit status. `args`
// are the arguments after the program name: a mistyped command or option among them is named,
// with the nearest valid spelling.
int report_parse_error(const CLI::App& app, const CLI::ParseError& e,
                       const std::vector<std::string>& args);

// Each registers one subcommand on `app`: its options, help and example, and what it runs.
Command setup_list(CLI::App& app);
Command setup_show(CLI::App& app);
Command setup_check(CLI::App& app);
Command setup_import(CLI::App& app);
Command setup_diff(CLI::App& app);
Command setup_log(CLI::App& app);
Command setup_merge(CLI::App& app);
Command setup_git_setup(CLI::App& app);
Command setup_mark(CLI::App& app);
Command setup_edit(CLI::App& app);
Command setup_add(CLI::App& app);
Command setup_report(CLI::App& app);
Command setup_forms(CLI::App& app);
Command setup_collect(CLI::App& app);
// Hidden: `duban __complete -- WORDS...`, the candidates the shell completion scripts offer.
Command setup_complete(CLI::App& app);

}  // namespace duban::cli
