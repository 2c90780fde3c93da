// duban log: the history of one task, or of all, from the commits that touched the file.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "history/diff_render.h"
#include "history/git.h"
#include "model/error.h"
#include "model/typed_input.h"
#include "store/load.h"
#include "text/control.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

struct LogOptions {
    int id = 0;
    std::string since;
    std::string until;
    std::string format = "text";
};

std::optional<Date> option_date(const std::string& text, const char* option) {
    if (text.empty()) return std::nullopt;
    Typed<Date> d = read_date(text);
    if (!d) throw Error(std::string(option) + ": " + tr(d.problem, text), kExitUsage);
    return d.value;
}

struct Entry {
    Commit commit;
    bool created = false;  // the commit added the file
    Plan plan;             // the file as the commit left it
    PlanDiff diff;
};

// The commit's change to the file, limited to task `id` when it is not 0; nullopt when the
// commit did not touch that task.
std::optional<Entry> entry_for(const GitFile& file, const Commit& c, int id) {
    Entry e{c, false, {}, {}};
    std::string name = file.path + "@" + c.hash.substr(0, 7);
    e.plan = load_plan(file_at_revision(file, c.hash), name);
    Plan before;
    if (!c.parents.empty() && exists_at_revision(file, c.parents[0]))
        before = load_plan(file_at_revision(file, c.parents[0]),
                           file.path + "@" + c.parents[0].substr(0, 7));
    else
        e.created = true;
    e.diff = diff_plans(before, e.plan);
    if (id == 0) return e;
    if (!e.diff.touches(id)) return std::nullopt;
    e.diff.plan.clear();
    std::vector<TaskChange> kept;
    for (auto& t : e.diff.tasks)
        if ((t.kind != ChangeKind::Added && t.before.id == id) ||
            (t.kind != ChangeKind::Removed && t.after.id == id))
            kept.push_back(std::move(t));
    e.diff.tasks = std::move(kept);
    return e;
}

std::string text_entry(const Entry& e, int id) {
    const Commit& c = e.commit;
    std::string when = c.date.substr(0, 10) + " " + c.date.substr(11, 5);
    std::string out = fmt::format("{}  {}  {} <{}>  {}\n", c.hash.substr(0, 7), when, c.author,
                                  c.email, c.subject);
    if (e.created && id == 0) return out + fmt::format("  新建，{} 项任务\n", e.plan.tasks.size());
    return out + diff_text(e.diff, 2);
}

Json json_entry(const Entry& e) {
    const Commit& c = e.commit;
    Json j = {{"commit", c.hash}, {"author", c.author},   {"email", c.email},
              {"date", c.date},   {"subject", c.subject}, {"created", e.created}};
    Json d = diff_json(e.diff);
    j["plan"] = d["plan"];
    j["tasks"] = d["tasks"];
    return j;
}

int run_log(const LogOptions& o, const Context& ctx) {
    auto since = option_date(o.since, "--since");
    auto until = option_date(o.until, "--until");
    GitFile file = locate_in_git(ctx.resolve_file());
    Json all = Json::array();
    bool first = true;
    for (const Commit& c : commits_touching(file, ctx.rev)) {
        auto day = parse_date(c.date.substr(0, 10));
        if (day && ((since && *day < *since) || (until && *day > *until))) continue;
        auto e = entry_for(file, c, o.id);
        if (!e) continue;
        if (o.format == "json") {
            all.push_back(json_entry(*e));
        } else {
            std::cout << (first ? "" : "\n") << escape_controls(text_entry(*e, o.id));
            first = false;
        }
    }
    if (o.format == "json") std::cout << dump(all);
    return kExitOk;
}

}  // namespace

Command setup_log(CLI::App& app) {
    auto o = std::make_shared<LogOptions>();
    CLI::App* cmd = app.add_subcommand(
        "log", _("History of one task, or of all, from the git commits that changed the file"));
    cmd->add_option("ID", o->id, _("only the commits that changed this task (序号)"));
    cmd->add_option("--since", o->since, _("only commits authored on or after this date"));
    cmd->add_option("--until", o->until, _("only commits authored on or before this date"));
    cmd->add_option("--format", o->format, _("text (default) or json"))
        ->check(CLI::IsMember({"text", "json"}));
    cmd->footer(
        _("Newest first; merge commits are left out, since the commits they merge show their\n"
          "changes. With --rev, the history up to that revision.\n"
          "Example:\n  duban log 12 --since 2021-06-01    who moved task 12, and how, since June"));
    return {cmd, [o](const Context& ctx) { return run_log(*o, ctx); }};
}

}  // namespace duban::cli
