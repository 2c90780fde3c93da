#include <iostream>

#include <fmt/format.h>

#include "cli/cli11_words.h"
#include "cli/command_line.h"
#include "cli/commands.h"
#include "model/error.h"
#include "store/paths.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

// Prints the folder of the default templates, for users who copy one to edit it.
void print_template_dir() {
    std::string dir = default_template_dir();
    if (dir.empty())
        throw Error(tr("no default templates are installed; looked in:\n  {}",
                       fmt::join(default_template_dirs(executable_path()), "\n  ")));
    std::cout << dir << "\n";
    throw CLI::Success();
}

// "duban list", as the user would type it.
std::string command_path(const CLI::App* command) {
    std::string path;
    for (; command && command->get_parent(); command = command->get_parent())
        path = " " + command->get_name() + path;
    return "duban" + path;
}

}  // namespace

std::vector<Command> setup_app(CLI::App& app, Context& ctx) {
    translate_cli11(app);
    app.set_version_flag("--version", std::string("duban ") + DUBAN_VERSION,
                         _("Display program version information and exit"));
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("-f,--file", ctx.file,
                   _("tasks file (default: $DUBAN_FILE, else tasks.yaml here or in a parent)"));
    app.add_option("--as-of", ctx.as_of_text,
                   _("judge progress as of this date, YYYY-MM-DD (default: today)"));
    app.add_option("--rev", ctx.rev,
                   _("read the tasks file as it stood at this git revision (read-only commands)"));
    app.add_option_function<std::string>(
           "--color", [&ctx](const std::string& v) { ctx.colour = term::parse_colour_mode(v); },
           _("colour: auto (default; only on a terminal, honours NO_COLOR), always, never"))
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag_callback("--template-dir", print_template_dir,
                          _("print the folder of the default report templates and exit"));
    app.footer(_("Run 'duban COMMAND --help' for a command's options and an example."));

    std::vector<Command> commands = {
        setup_list(app),  setup_show(app),    setup_check(app),    setup_import(app),
        setup_diff(app),  setup_log(app),     setup_merge(app),    setup_git_setup(app),
        setup_mark(app),  setup_edit(app),    setup_add(app),      setup_report(app),
        setup_forms(app), setup_collect(app), setup_complete(app),
    };
    return commands;
}

int run_chosen(const std::vector<Command>& commands, const Context& ctx) {
    for (const Command& c : commands)
        if (c.app->parsed()) return c.run(ctx);
    // Unreachable: the parser requires one command.
    throw Error(_("no command given"), kExitUsage);
}

int report_parse_error(const CLI::App& app, const CLI::ParseError& e,
                       const std::vector<std::string>& args) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    // CLI11 words a mistyped command as "A subcommand is required" and a mistyped option as
    // "arguments were not expected": name the word instead, with what was probably meant.
    Unknown u = find_unknown(app, args);
    std::string where = command_path(u.command);
    if (u.kind == Unknown::Kind::Command) {
        std::cerr << tr("{}: unknown command '{}'", where, u.word);
        if (!u.suggestion.empty()) std::cerr << tr("; did you mean '{}'?", u.suggestion);
        std::cerr << "\n" << tr("Run '{} --help' for the commands.", where) << "\n";
    } else if (u.kind == Unknown::Kind::Option) {
        std::cerr << tr("{}: unknown option '{}'", where, u.word);
        if (!u.suggestion.empty()) std::cerr << tr("; did you mean '{}'?", u.suggestion);
        std::cerr << "\n" << tr("Run '{} --help' for its options.", where) << "\n";
    } else if (const CLI::App* at = read_partial(app, args).command;
               dynamic_cast<const CLI::RequiredError*>(&e) && !visible_subcommands(*at).empty() &&
               at->get_subcommands().empty()) {
        std::cerr << tr("{}: no command given", command_path(at)) << "\n";
        std::cerr << tr("Run '{} --help' for the commands.", command_path(at)) << "\n";
    } else if (dynamic_cast<const CLI::ConversionError*>(&e)) {
        // CLI11 says "Could not convert: ID = abc"; say what the value should have been.
        const CLI::App* at = read_partial(app, args).command;
        std::string what = e.what();
        const std::string prefix = "Could not convert: ";
        size_t eq = what.find(" = ");
        if (what.rfind(prefix, 0) == 0 && eq != std::string::npos)
            what = tr("{} takes a whole number, not '{}'",
                      what.substr(prefix.size(), eq - prefix.size()), what.substr(eq + 3));
        std::cerr << fmt::format("{}: {}\n", command_path(at), what);
        std::cerr << tr("Run '{} --help' for its options.", command_path(at)) << "\n";
    } else {
        std::cerr << "duban: " << cli11_message(e) << "\n";
        std::cerr << _("Run 'duban --help' for usage.") << "\n";
    }
    return kExitUsage;
}

}  // namespace duban::cli
