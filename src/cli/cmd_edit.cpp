// duban edit: change a task's plan mid-year (title, offices, leaders, due date, time nodes),
// changing only those lines of the file.
#include <iostream>

#include "cli/commands.h"
#include "cli/rewrite.h"
#include "cli/task_options.h"
#include "model/error.h"
#include "store/task_edit.h"
#include "text/i18n.h"
#include "text/line_diff.h"

namespace duban::cli {

namespace {

struct EditOptions {
    std::string id;
    TaskOptions task;
};

int task_id(const std::string& typed) {
    bool digits = !typed.empty() && typed.size() <= 6 &&
                  typed.find_first_not_of("0123456789") == std::string::npos;
    if (!digits)
        throw Error(tr(N_("a task id is its number (序号), not '{0}'"), typed), kExitUsage);
    return std::stoi(typed);
}

int run_edit(const EditOptions& o, const Context& ctx) {
    refuse_rev(ctx, "edit");
    const int id = task_id(o.id);
    const std::string given = o.task.given();
    if (given.empty())
        throw Error(_("say what to change: --title, --office, --leader, --partner, --due, "
                      "--milestone or --remove-milestone"),
                    kExitUsage);
    const TaskRequest request = o.task.request();
    const Rewrite r = rewrite_tasks_file(
        ctx, o.task.dry_run, [&](const std::string& text, const std::string& path) {
            return edit_task(text, path, id, [&](const Plan& plan, const Task& task) {
                return change_task(plan, task, request);
            });
        });
    if (o.task.dry_run) {
        std::cout << unified_diff(r.before, r.after, r.path);
        return kExitOk;
    }
    if (!r.written)
        std::cout << tr(N_("{0}: task {1} already is as given; nothing changed\n"), r.path, id);
    else
        std::cout << tr(N_("{0}: task {1} changed ({2})\n"), r.path, id, given);
    return kExitOk;
}

}  // namespace

Command setup_edit(CLI::App& app) {
    auto o = std::make_shared<EditOptions>();
    CLI::App* cmd = app.add_subcommand(
        "edit", _("Change a task's plan: title, office, leaders, partners, due date, time nodes"));
    cmd->add_option("ID", o->id, _("task number (序号)"))->required();
    add_task_options(*cmd, o->task, false);
    cmd->footer(
        _("Only the lines of what changes change; comments and order stay. A list given anew\n"
          "(--leader, --partner) replaces the old one. Time nodes are removed first, then added.\n"
          "Exit status: 0 changed, 2 the change breaks a rule (nothing written), 3 the file does\n"
          "not load or cannot be written (nothing written).\n"
          "Examples:\n"
          "  duban edit 6 --milestone 2021-09-30:85:完成秋季读书节\n"
          "  duban edit 6 --remove-milestone 2021-06-30 --milestone 2021-07-31:60 --dry-run\n"
          "  duban edit 21 --due 2021年10月31日 --partner 基教股 --partner 工会\n"
          "  duban edit 12 --leader 杨宏发 --leader 戴方栋 --office 人事股"));
    return {cmd, [o](const Context& ctx) { return run_edit(*o, ctx); }};
}

}  // namespace duban::cli
