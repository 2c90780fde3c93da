#include <iostream>

#include "cli/commands.h"
#include "core/error.h"

namespace duban::cli {

void setup_app(CLI::App& app, Context& ctx) {
    app.set_version_flag("--version", std::string("duban ") + DUBAN_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("-f,--file", ctx.file,
                   "tasks file (default: $DUBAN_FILE, else tasks.yaml here or in a parent)");
    app.add_option("--as-of", ctx.as_of_text,
                   "judge progress as of this date, YYYY-MM-DD (default: today)");
    app.add_option("--rev", ctx.rev,
                   "read the tasks file as it stood at this git revision (read-only commands)")
        ->trigger_on_parse();
    app.add_option_function<std::string>(
        "--color", [&ctx](const std::string& v) { ctx.colour = term::parse_colour_mode(v); },
        "colour: auto (default; only on a terminal, honours NO_COLOR), always, never");
    app.footer("Run 'duban COMMAND --help' for a command's options and an example.");

    setup_list(app, ctx);
    setup_show(app, ctx);
    setup_check(app, ctx);
    setup_import(app, ctx);
    setup_diff(app, ctx);
    setup_log(app, ctx);
    setup_merge(app, ctx);
    setup_git_setup(app, ctx);
    setup_mark(app, ctx);
    setup_report(app, ctx);
    // Commands that write the tasks file refuse --rev: an old version is there to be read.
    for (const char* writer : {"mark", "import"})
        app.get_subcommand(writer)->parse_complete_callback(
            [&ctx, writer] { refuse_rev(ctx, writer); });
}

int report_parse_error(const CLI::App& app, const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::cerr << "duban: " << e.what() << "\n";
    std::cerr << "Run 'duban --help' for usage.\n";
    return kExitUsage;
}

}  // namespace duban::cli
