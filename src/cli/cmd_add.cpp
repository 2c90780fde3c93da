// duban add: a new task in the plan, added to the file without changing any other line.
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

struct AddOptions {
    int id = 0;
    TaskOptions task;
};

int run_add(const AddOptions& o, const Context& ctx, bool id_given) {
    refuse_rev(ctx, "add");
    const TaskRequest request = o.task.request();
    std::optional<int> id;
    if (id_given) id = o.id;
    int added = 0;
    const Rewrite r = rewrite_tasks_file(ctx, o.task.dry_run,
                                         [&](const std::string& text, const std::string& path) {
                                             return add_task(text, path, [&](const Plan& plan) {
                                                 Task t = new_task(plan, request, id);
                                                 added = t.id;
                                                 return t;
                                             });
                                         });
    if (o.task.dry_run) {
        std::cout << unified_diff(r.before, r.after, r.path);
        return kExitOk;
    }
    std::cout << tr(N_("{0}: task {1} added\n"), r.path, added);
    return kExitOk;
}

}  // namespace

Command setup_add(CLI::App& app) {
    auto o = std::make_shared<AddOptions>();
    CLI::App* cmd = app.add_subcommand("add", _("Add a task to the plan"));
    CLI::Option* id =
        cmd->add_option("--id", o->id, _("its number (序号); default: one more than the highest"))
            ->check(CLI::Range(1, 999999));
    add_task_options(*cmd, o->task, true);
    cmd->footer(
        _("Needs --category, --title, --office and --leader; the due date is the plan's\n"
          "unless --due gives one. The task goes after the task numbered just below it.\n"
          "Exit status: 0 added, 2 refused (nothing written), 3 the file does not load or\n"
          "cannot be written (nothing written).\n"
          "Examples:\n"
          "  duban add --category 抓常规 --title 开展教师全员培训。 --office 教师工作股 --leader "
          "何军\n"
          "  duban add --id 34 --category 强队伍 --title 组织校长研修。 --office 人事股 \\\n"
          "      --leader 杨宏发 --due 2021-10-31 --milestone 2021-08-31:50:完成方案 --dry-run"));
    return {cmd, [o, id](const Context& ctx) { return run_add(*o, ctx, id->count() > 0); }};
}

}  // namespace duban::cli
