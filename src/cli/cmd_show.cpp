// duban show: everything about one task.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "judge/deadline.h"
#include "judge/pace.h"
#include "model/error.h"
#include "report/json.h"
#include "report/listing.h"
#include "store/heap.h"
#include "text/control.h"
#include "text/i18n.h"
#include "text/width.h"

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
    std::string out = pad + text::pad_right(label, 10);
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

// How the expected progress was reached, in the words a supervisor would use.
std::string pace_explanation(const Plan& plan, const Task& t, Date as_of, int expected) {
    if (t.ongoing) return "不计序时进度（长期推进：按是否按期报送进展判断）";
    PaceSegment s = pace_segment(plan, t, as_of);
    long span = s.to.days() - s.from.days();
    long gone = std::clamp(as_of.days() - s.from.days(), 0L, span);
    std::string how = t.milestones.empty() ? "自计划开始按天数均匀推进" : "按时间节点分段推进";
    return fmt::format("{}%（{}：{} {}% 至 {} {}%，已过 {}/{} 天）", expected, how, s.from.str(),
                       s.from_percent, s.to.str(), s.to_percent, gone, span);
}

std::string report_line(const Round& round, const Judgement& j) {
    if (j.reported && j.state.latest && j.state.latest->date >= round.start)
        return fmt::format("本期已报送（{}）", j.state.latest->date.str());
    if (j.reported) return "已完成，本期无需报送";
    return "本期未报送";
}

// The next time node as of `as_of`, with the days left, or that none remains.
std::string next_milestone_line(const Plan& plan, const Task& t, Date as_of) {
    const Milestone* m = next_milestone(t, as_of);
    if (!m)
        return t.ongoing ? "无（时间节点均已过）"
                         : fmt::format("无（时间节点均已过，完成时限{}）", plan.due_of(t).str());
    const long days = days_between(as_of, m->date);
    return fmt::format("{}（{}）", milestone_text(*m),
                       days == 0 ? std::string("今天") : fmt::format("还有{}天", days));
}

std::string judgement(const Plan& plan, const Task& t, Date as_of) {
    Judgement j = judge(plan, t, as_of);
    Round round = round_at(plan, as_of);
    std::string out =
        field("判断日期", fmt::format("{}（第{}期调度：{} 至 {}）", as_of.str(), round.number,
                                      round.start.str(), round.end.str()));
    out += field("状态", fmt::format("{} {}%", status_label(j.state.status), j.state.progress));
    out += field("序时进度", pace_explanation(plan, t, as_of, j.expected));
    if (!t.milestones.empty()) out += field("下一节点", next_milestone_line(plan, t, as_of));
    out += field("预警", fmt::format("{}：{}", light_label(j.light), j.reason));
    out += field("报送", report_line(round, j));
    for (size_t i = 0; i < j.escalation.size(); ++i)
        out += field(i == 0 ? "督办措施" : "",
                     fmt::format("{}：{}", j.escalation[i].label, j.escalation[i].reason));
    return out;
}

// The due date, with the table's own wording when it had one: 2021-05-31（5月底前）.
std::string due_line(const Plan& plan, const Task& t) {
    if (t.ongoing)
        return t.due_text.empty() ? "长期推进（无固定完成时限）"
                                  : t.due_text + "（无固定完成时限）";
    const std::string date = plan.due_of(t).str();
    return t.due_text.empty() ? date : fmt::format("{}（{}）", date, t.due_text);
}

std::string describe(const Task& t, const Plan& plan, Date as_of) {
    std::string out = fmt::format("第{}项  {}\n\n", t.id, t.title);
    out += field("类别", t.category);
    if (!t.leaders.empty()) out += field("责任领导", join_names(t.leaders));
    out += field("责任股室", t.office);
    if (!t.co_leads.empty()) out += field("共同牵头", join_names(t.co_leads));
    if (!t.partners.empty()) out += field("协办股室", join_names(t.partners));
    out += field("完成时限", due_line(plan, t));
    for (size_t i = 0; i < t.milestones.size(); ++i) {
        out += field(i == 0 ? "时间节点" : "", milestone_text(t.milestones[i]));
    }
    for (const ExtraField& e : t.extra) out += field(e.name, e.text);
    out += "\n" + judgement(plan, t, as_of) + "\n";
    if (t.updates.empty()) return out + "进展记录  （尚无）\n";
    out += "进展记录\n";
    for (const Update& u : t.updates) {
        out += describe_update(u);
        if (u.date > as_of) out += "    （晚于判断日期，未计入判断）\n";
    }
    return out;
}

int run_show(const ShowOptions& o, const Context& ctx) {
    Loaded in = load(ctx);
    const Task* t = in.plan.find(o.id);
    if (!t) throw Error(tr(N_("{0}: no task {1}"), in.path, o.id), kExitUsage);
    Date as_of = ctx.as_of(in.plan);
    if (o.format == "json") {
        Json j = judged_task_json(*t, in.plan, as_of);
        j["next_milestone"] = next_milestone_json(*t, as_of);
        std::cout << dump(j);
    } else
        std::cout << escape_controls(describe(*t, in.plan, as_of));
    keep_until_exit(std::move(in.plan));
    return kExitOk;
}

}  // namespace

Command setup_show(CLI::App& app) {
    auto o = std::make_shared<ShowOptions>();
    CLI::App* cmd = app.add_subcommand(
        "show", _("Show everything about one task, and how it is judged as of --as-of"));
    cmd->add_option("ID", o->id, _("task number (序号)"))->required();
    cmd->add_option("--format", o->format, _("text (default) or json"))
        ->check(CLI::IsMember({"text", "json"}));
    cmd->footer(
        _("Examples:\n"
          "  duban show 20                     task 20 with its updates and its light today\n"
          "  duban --as-of 2021-07-15 show 21  why task 21 was red on that day"));
    return {cmd, [o](const Context& ctx) { return run_show(*o, ctx); }};
}

}  // namespace duban::cli
