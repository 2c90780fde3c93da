// duban: supervise a bureau's yearly key tasks from one YAML file.
// Parses arguments, runs the chosen command, maps errors to exit codes.
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/context.h"
#include "model/error.h"
#include "store/heap.h"
#include "store/paths.h"
#include "text/control.h"
#include "text/i18n.h"

namespace {

// Says on standard error why the command stopped (control characters a message quotes from the
// data shown escaped) and returns the exit status for it: an Error
// carries its own message and status; anything else is a fault of duban's, reported as such
// with the data/IO status, never as an abort. Call only from a catch block.
int report_failure() noexcept {
    std::cout.flush();
    try {
        throw;
    } catch (const duban::Error& e) {
        std::cerr << "duban: " << duban::escape_controls(e.what()) << "\n";
        return e.exit_code();
    } catch (const std::exception& e) {
        std::cerr << "duban: "
                  << duban::tr("unexpected error (please report it): {}",
                               duban::escape_controls(e.what()))
                  << "\n";
    } catch (...) {
        std::cerr << "duban: " << _("unexpected error of an unknown kind (please report it)")
                  << "\n";
    }
    return duban::kExitData;
}

}  // namespace

int main(int argc, char** argv) {
    duban::tune_malloc();
    duban::start_translation(duban::default_locale_dirs(duban::executable_path()));
    duban::cli::Context ctx;
    CLI::App app{_("duban (督办): supervise a bureau's yearly key tasks kept in tasks.yaml")};
    try {
        std::vector<duban::cli::Command> commands = duban::cli::setup_app(app, ctx);
        try {
            app.parse(argc, argv);
        } catch (const CLI::ParseError& e) {
            return duban::cli::report_parse_error(app, e, {argv + 1, argv + argc});
        }
        return duban::cli::run_chosen(commands, ctx);
    } catch (...) {
        return report_failure();
    }
}
