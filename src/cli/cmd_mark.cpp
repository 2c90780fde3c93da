// duban mark: add a progress report to tasks, changing nothing else in the file.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/rewrite.h"
#include "judge/mark.h"
#include "model/error.h"
#include "store/edit.h"
#include "store/load.h"
#include "text/i18n.h"
#include "text/line_diff.h"

namespace duban::cli {

namespace {

struct MarkOptions {
    std::vector<std::string> ids;
    MarkRequest request;
    bool dry_run = false;
};

std::vector<int> parse_ids(const std::vector<std::string>& typed) {
    std::vector<int> ids;
    for (const auto& t : typed) {
        bool digits =
            !t.empty() && t.size() <= 6 && t.find_first_not_of("0123456789") == std::string::npos;
        if (!digits)
            throw Error(tr(N_("a task id is its number (序号), not '{0}'"), t), kExitUsage);
        int id = std::stoi(t);
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            throw Error(tr(N_("task {0} is named twice"), id), kExitUsage);
        ids.push_back(id);
    }
    return ids;
}

int run_mark(const MarkOptions& o, const Context& ctx) {
    refuse_rev(ctx, "mark");
    std::vector<int> ids = parse_ids(o.ids);
    const Date now = today();
    Update update = make_update(o.request, now, now.year);
    const Rewrite r = rewrite_tasks_file_in_pieces(
        ctx, o.dry_run, [&](const std::string& text, const std::string& path) {
            // One parse: the plan, the rules each task's update must follow, and where it goes.
            return updates_edit(text, path, ids, update, [&](const Plan& plan, const Task& task) {
                check_date(plan, update, now, o.request.force);
                check_against_task(task, update, o.request.force);
            });
        });
    if (o.dry_run) {
        std::cout << unified_diff(r.before, r.after, r.path);
        return kExitOk;
    }
    for (int id : ids)
        std::cout << tr(N_("{0}: task {1}: {2} {3}% {4}\n"), r.path, id, update.date.str(),
                        update.progress, status_label(update.status));
    return kExitOk;
}

}  // namespace

Command setup_mark(CLI::App& app) {
    auto o = std::make_shared<MarkOptions>();
    MarkRequest& r = o->request;
    CLI::App* cmd = app.add_subcommand(
        "mark", _("Report progress: add an update to one or more tasks, nothing else changes"));
    cmd->add_option("ID", o->ids, _("task number(s) (序号); each gets the same update"))
        ->required();
    cmd->add_option("-p,--progress", r.progress, _("whole percent, 0 to 100"))->required();
    cmd->add_option("-s,--status", r.status,
                    _("not-started, in-progress, done, closed (or 未启动, 推进中, 已完成, 已销号);"
                      " default from the progress"));
    cmd->add_option("-n,--note", r.note, _("本期进展: what was done this round"));
    cmd->add_option("--problems", r.problems, _("存在问题: what stands in the way"));
    cmd->add_option("--next", r.next, _("下步计划: the next steps"));
    cmd->add_option("--by", r.by, _("who reports; for closed, who signed it off"));
    cmd->add_option("-d,--date", r.date, _("date of the report, YYYY-MM-DD (default: today)"));
    repeatable(*cmd, "-e,--evidence", r.evidence, _("佐证材料: a file or document number; repeat"));
    cmd->add_flag("--force", r.force,
                  _("allow progress lower than the latest, or an earlier date (--note says why)"));
    cmd->add_flag("--dry-run", o->dry_run, _("print the change as a diff and write nothing"));
    cmd->footer(_(
        "Exit status: 0 added, 2 the report breaks a rule (nothing written), 3 the file does\n"
        "not load or cannot be written (nothing written): mark keeps the file's owner, mode,\n"
        "ACLs and attributes, and refuses a file you may not write, one with several hard\n"
        "links, and one of another user's.\n"
        "Examples:\n"
        "  duban mark 6 --progress 60 --note 完成图书采购 --by 基教股\n"
        "  duban mark 27 28 --progress 20 --date 2021-07-15 --dry-run\n"
        "  duban mark 3 --progress 100 --status closed --evidence 华教体发〔2021〕20号 --by 李明"));
    return {cmd, [o](const Context& ctx) { return run_mark(*o, ctx); }};
}

}  // namespace duban::cli
