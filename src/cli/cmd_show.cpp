// duban show: everything about one task.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "core/error.h"
#include "core/json.h"
#include "core/listing.h"
#include "term/width.h"

namespace duban::cli {

namespace {

struct ShowOptions {
    int id = 0;
    std::string format = "text";
};

// "label  value" with labels padded to one display width; continuation lines of a value
// indented under its first line.
std::string field(std::string_view label, std::string_view value, int indent = 0) {
    std::string pad(static_cast<size_t>(indent), ' ');
    std::string out = pad + term::pad_right(label, 10);
    std::string cont = "\n" + pad + std::string(10, ' ');
    for (char c : value) out += c == '\n' ? cont : std::string(1, c);
    return out + "\n";
}

std::string describe_update(const Update& u) {
    std::string out =
        fmt::format("  {}  {}%  {}", u.date.str(), u.progress, status_label(u.status));
    if (!u.by.empty()) out += "  " + u.by;
    out += "\n";
    if (!u.note.empty()) out += field("本期进展", u.note, 4);
    if (!u.problems.empty()) out += field("存在问题", u.problems, 4);
    if (!u.next.empty()) out += field("下步计划", u.next, 4);
    if (!u.evidence.empty()) out += field("佐证材料", join_names(u.evidence), 4);
    return out;
}

std::string describe(const Task& t, const Plan& plan) {
    std::string out = fmt::format("第{}项  {}\n\n", t.id, t.title);
    out += field("类别", t.category);
    out += field("责任领导", join_names(t.leaders));
    out += field("责任股室", t.office);
    if (!t.partners.empty()) out += field("协办股室", join_names(t.partners));
    out += field("完成时限", plan.due_of(t).str());
    out += field("状态", fmt::format("{} {}%", status_label(t.status()), t.progress()));
    for (size_t i = 0; i < t.milestones.size(); ++i) {
        const Milestone& m = t.milestones[i];
        std::string node = fmt::format("{} {}%", m.date.str(), m.target);
        if (!m.what.empty()) node += " " + m.what;
        out += field(i == 0 ? "时间节点" : "", node);
    }
    out += "\n";
    if (t.updates.empty()) return out + "进展记录  （尚无）\n";
    out += "进展记录\n";
    for (const Update& u : t.updates) out += describe_update(u);
    return out;
}

int run_show(const ShowOptions& o, const Context& ctx) {
    Loaded in = load(ctx);
    const Task* t = in.plan.find(o.id);
    if (!t) throw Error(fmt::format("{}: no task {}", in.path, o.id), kExitUsage);
    if (o.format == "json")
        std::cout << dump(task_json(*t, in.plan));
    else
        std::cout << describe(*t, in.plan);
    return kExitOk;
}

}  // namespace

void setup_show(CLI::App& app, Context& ctx) {
    auto o = std::make_shared<ShowOptions>();
    CLI::App* cmd = app.add_subcommand("show", "Show everything about one task");
    cmd->add_option("ID", o->id, "task number (序号)")->required();
    cmd->add_option("--format", o->format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->footer("Example:\n  duban show 20            task 20 with its updates");
    cmd->callback([o, &ctx] { ctx.exit_code = run_show(*o, ctx); });
}

}  // namespace duban::cli
