// duban collect: the filled-in progress forms back into tasks.yaml, all of them or nothing.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/rewrite.h"
#include "intake/collect.h"
#include "judge/form.h"
#include "model/error.h"
#include "store/edit.h"
#include "store/load.h"
#include "text/i18n.h"
#include "text/line_diff.h"

namespace duban::cli {

namespace {

struct CollectOptions {
    std::vector<std::string> files;
    bool dry_run = false;
    bool force = false;
};

std::string ids_text(const std::vector<int>& ids) {
    std::vector<std::string> parts;
    for (int id : ids) parts.push_back(std::to_string(id));
    // TRANSLATORS: between task numbers in a list: 3, 7, 12.
    return fmt::format("{}", fmt::join(parts, _(", ")));
}

// The forms, grouped by office in the order the plan names the offices (stable within one).
std::vector<ReturnedForm> read_forms(const std::vector<std::string>& files, const Plan& plan) {
    std::vector<ReturnedForm> forms;
    for (const auto& f : files) forms.push_back(read_returned_form(f, plan.start.year));
    const auto offices = lead_offices(plan);
    auto rank = [&](const ReturnedForm& f) {
        return std::find(offices.begin(), offices.end(), f.stamp.office) - offices.begin();
    };
    std::stable_sort(forms.begin(), forms.end(),
                     [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    return forms;
}

void print_form(const CollectedForm& f, const std::string& before, const std::string& after,
                const std::string& path) {
    std::cout << tr(N_("{0}: round {1}, rows to add: {2}"), f.file, f.round, f.added.size());
    if (!f.already.empty())
        std::cout << tr(N_("; collected before: {0} (tasks {1}, not added again)"),
                        f.already.size(), ids_text(f.already));
    if (!f.unreported.empty())
        std::cout << tr(N_("; not filled in: {0} (tasks {1})"), f.unreported.size(),
                        ids_text(f.unreported));
    std::cout << "\n" << unified_diff(before, after, path);
}

int run_collect(const CollectOptions& o, const Context& ctx) {
    refuse_rev(ctx, "collect");
    std::vector<CollectedForm> results;
    std::vector<std::string> stages;  // the text before each form's updates, then after all
    const Rewrite r =
        rewrite_tasks_file(ctx, o.dry_run, [&](const std::string& text, const std::string& path) {
            Plan plan = load_plan(text, path);
            const Date now = ctx.as_of_text.empty() ? today() : ctx.as_of(plan);
            results = collect_forms(plan, read_forms(o.files, plan), now, o.force);
            stages = {text};
            for (const CollectedForm& f : results) {
                std::string after = stages.back();
                for (const CollectedUpdate& u : f.added)
                    after = append_update(after, path, u.task_id, u.update);
                stages.push_back(after);
            }
            return stages.back();
        });
    std::string office;
    size_t added = 0;
    for (size_t i = 0; i < results.size(); ++i) {
        if (results[i].office != office) {
            office = results[i].office;
            std::cout << fmt::format("== {} ==\n", office);
        }
        print_form(results[i], stages[i], stages[i + 1], r.path);
        added += results[i].added.size();
    }
    if (added == 0)
        std::cout << tr(N_("{0}: nothing to add (every form was collected before or left "
                           "empty); the file is unchanged\n"),
                        r.path);
    else if (o.dry_run)
        std::cout << tr(N_("{0}: would add {1} updates (--dry-run: nothing written)\n"), r.path,
                        added);
    else
        std::cout << tr(N_("{0}: added {1} updates from {2} forms\n"), r.path, added,
                        results.size());
    return kExitOk;
}

}  // namespace

Command setup_collect(CLI::App& app) {
    auto o = std::make_shared<CollectOptions>();
    CLI::App* cmd = app.add_subcommand(
        "collect",
        _("Add the progress from filled-in forms (进展报送表) in one all-or-nothing write"));
    cmd->add_option("FILE", o->files, _("returned forms, .xlsx or .csv"))->required();
    cmd->add_flag("--dry-run", o->dry_run,
                  _("show what would be added, grouped by office; write nothing"));
    cmd->add_flag("--force", o->force,
                  _("accept a form of an earlier round, a task changed since the form was made, a "
                    "row of a task the office does not lead, lower progress (本期进展 says why)"));
    cmd->footer(
        _("Rows without 填报日期 are dated today (or --as-of). Any row that cannot be read\n"
          "or breaks a rule stops the whole batch and the tasks file stays as it was.\n"
          "Exit status: 0 added (or nothing new), 2 usage, 3 a form or row was refused.\n"
          "Examples:\n"
          "  duban collect --dry-run 回收/*.xlsx\n"
          "  duban collect 回收/第3轮-基教股-进展报送表.xlsx 回收/第3轮-人事股-进展报送表.csv"));
    return {cmd, [o](const Context& ctx) { return run_collect(*o, ctx); }};
}

}  // namespace duban::cli
