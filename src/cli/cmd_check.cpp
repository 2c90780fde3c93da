// duban check: validate the file beyond loading.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "judge/check.h"
#include "model/error.h"
#include "store/heap.h"
#include "text/control.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

struct CheckOptions {
    bool strict = false;
};

int run_check(const CheckOptions& o, const Context& ctx) {
    Loaded in = load(ctx);
    int errors = 0, warnings = 0;
    bool colour = ctx.colour_stdout();
    for (const Finding& f : check_plan(in.plan)) {
        bool error = f.severity == Severity::Error;
        (error ? errors : warnings)++;
        std::string label = term::paint(error ? "error" : "warning",
                                        error ? term::Style::Red : term::Style::Yellow, colour);
        std::cout << fmt::format("{}:{}:{}: {}: {}\n", in.path, f.pos.line, f.pos.column, label,
                                 escape_controls(f.message));
    }
    std::cout << tr(N_("{0}: {1} tasks, {2}, {3}\n"), in.path, in.plan.tasks.size(),
                    tr(errors == 1 ? N_("{0} error") : N_("{0} errors"), errors),
                    tr(warnings == 1 ? N_("{0} warning") : N_("{0} warnings"), warnings));
    keep_until_exit(std::move(in.plan));
    return errors > 0 || (o.strict && warnings > 0) ? kExitFound : kExitOk;
}

}  // namespace

Command setup_check(CLI::App& app) {
    auto o = std::make_shared<CheckOptions>();
    CLI::App* cmd = app.add_subcommand(
        "check", _("Validate tasks.yaml: load errors, likely typos in names, update order"));
    cmd->add_flag("--strict", o->strict, _("exit 1 on warnings too"));
    cmd->footer(
        _("Exit status: 0 no errors (warnings may be printed), 1 errors found (or warnings with\n"
          "--strict), 3 the file does not load.\n"
          "Example:\n  duban check --strict     in a pre-commit hook or CI"));
    return {cmd, [o](const Context& ctx) { return run_check(*o, ctx); }};
}

}  // namespace duban::cli
