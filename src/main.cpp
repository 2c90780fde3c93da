// duban: supervise a bureau's yearly key tasks from one YAML file.
// Parses arguments, runs the chosen command, maps errors to exit codes.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/context.h"
#include "model/error.h"

int main(int argc, char** argv) {
    duban::cli::Context ctx;
    CLI::App app{"duban (督办): supervise a bureau's yearly key tasks kept in tasks.yaml"};
    duban::cli::setup_app(app, ctx);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return duban::cli::report_parse_error(app, e, {argv + 1, argv + argc});
    } catch (const duban::Error& e) {
        std::cout.flush();
        std::cerr << "duban: " << e.what() << "\n";
        return e.exit_code();
    }
    return ctx.exit_code;
}
