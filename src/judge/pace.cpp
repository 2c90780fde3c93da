#include "judge/pace.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>

namespace duban {

namespace {

struct Point {
    long day;
    double percent;
};

// The points pace runs through: the plan's start at 0, each time node, the due date at 100.
std::vector<Point> pace_points(const Plan& plan, const Task& task) {
    long due = plan.due_of(task).days();
    std::vector<Point> points{{plan.start.days(), 0}};
    std::vector<Milestone> ms = task.milestones;
    std::stable_sort(ms.begin(), ms.end(),
                     [](const Milestone& a, const Milestone& b) { return a.date < b.date; });
    for (const auto& m : ms)
        if (m.date.days() > points.back().day && m.date.days() < due)
            points.push_back({m.date.days(), static_cast<double>(m.target)});
    if (due > points.back().day) points.push_back({due, 100});
    return points;
}

// The latest time node on or before `date` whose target the task has not reached.
const Milestone* missed_milestone(const Task& task, Date date, int progress) {
    const Milestone* missed = nullptr;
    for (const auto& m : task.milestones)
        if (m.date <= date && progress < m.target && (!missed || missed->date <= m.date))
            missed = &m;
    return missed;
}

// Whole dispatch rounds that ended, before the one holding `date`, with no update of the task:
// counted from the round of its latest update by then, or from the plan's start.
int silent_rounds(const Plan& plan, Date date, const State& state) {
    const int now = round_at(plan, date).number;
    const int last = state.latest ? round_at(plan, state.latest->date).number : 0;
    return std::max(0, now - 1 - last);
}

// A task with no fixed due date (长期推进) has no pace line: it is judged by whether it keeps
// reporting. Green while a report came in this round or the last; yellow after one silent
// round, red after two or more.
void set_ongoing_light(const Plan& plan, Date date, Judgement& j, std::vector<std::string>& why) {
    const int silent = silent_rounds(plan, date, j.state);
    if (silent >= 2) {
        j.light = Light::Red;
        why.push_back(fmt::format("长期推进：连续{}期未报送进展", silent));
    } else if (silent == 1) {
        j.light = Light::Yellow;
        why.push_back("长期推进：上一期未报送进展");
    }
}

std::string date_cn(Date d) {
    return fmt::format("{}年{}月{}日", d.year, d.month, d.day);
}

std::string overdue_text(const Judgement& j) {
    return j.overdue_days > 0 ? fmt::format("超期{}天", j.overdue_days) : "到期未完成";
}

// The light and its reason, before escalation. Reasons are written as a bulletin writes them:
// no spaces inside Chinese, dates as 2021年6月30日.
void set_light(const Plan& plan, const Task& task, Date date, Judgement& j) {
    const Rules& r = plan.rules;
    if (is_finished(j.state.status)) {
        j.light = Light::Done;
        j.reason = fmt::format("{}", status_label(j.state.status));
        return;
    }
    std::vector<std::string> why;
    j.light = Light::Green;
    if (task.ongoing) set_ongoing_light(plan, date, j, why);
    if (j.overdue) {
        j.light = Light::Red;
        why.push_back(overdue_text(j));
    }
    if (j.gap >= r.red_behind)
        j.light = Light::Red;
    else if (j.gap >= r.yellow_behind && j.light == Light::Green)
        j.light = Light::Yellow;
    if (j.gap >= r.yellow_behind) why.push_back(fmt::format("落后序时进度{}个百分点", j.gap));
    if (const Milestone* m = missed_milestone(task, date, j.state.progress)) {
        if (j.light == Light::Green) j.light = Light::Yellow;
        why.push_back(fmt::format("时间节点{}目标{}%未达成", date_cn(m->date), m->target));
    }
    if (why.empty() && task.ongoing)
        why.push_back("长期推进：按期报送进展");
    else if (why.empty())
        why.push_back(j.gap <= -1 ? fmt::format("超前序时进度{}个百分点", -j.gap)
                                  : std::string("符合序时进度"));
    j.reason = fmt::format("{}", fmt::join(why, "；"));
}

bool reported_in(const Task& task, const Round& round, Date date) {
    for (const auto& u : task.updates)
        if (u.date >= round.start && u.date <= date) return true;
    return false;
}

// Was the task already finished before the round began? Then it owes no report.
bool finished_before(const Task& task, Date day) {
    State s = state_at(task, Date::from_days(day.days() - 1));
    return is_finished(s.status);
}

// The measures of the notice (华教体发〔2021〕2号 四、严格责任追究), in its words:
// 对工作推进不力、进度迟缓的，予以通报批评，并对相关负责人实行约谈；
// 对没有完成年度工作任务的，相关负责人要作出书面检查，说明原因；
// 严重不作为的，对相关负责人实行问责。
// plan.rules says what sets each off and how it is worded; the defaults read the notice as:
// red → 通报批评 and 约谈; overdue → 书面检查; red or unreported two rounds running (严重不作为)
// → 问责. Everything judge() says but the escalation, which looks one round back through this.
Judgement judge_light(const Plan& plan, const Task& task, Date date);

// The ground for `trigger` as the bulletin names it, or empty when the trigger does not hold.
// `before` is the judgement at the end of the previous round, computed only when asked for.
template <typename Before>
std::string ground(const std::string& trigger, const Judgement& j, Before before) {
    if (trigger == "red" && j.light == Light::Red) return j.reason;
    if (trigger == "yellow" && (j.light == Light::Yellow || j.light == Light::Red)) return j.reason;
    if (trigger == "overdue" && j.overdue) return overdue_text(j);
    if (trigger == "unreported" && !j.reported) return "本期未报送";
    if (is_finished(j.state.status)) return {};
    if (trigger == "red-twice" && j.light == Light::Red) {
        const Judgement* b = before();
        if (b && b->light == Light::Red) return "连续两期红灯";
    }
    if (trigger == "unreported-twice" && !j.reported) {
        const Judgement* b = before();
        if (b && !b->reported) return "连续两期未报送";
    }
    return {};
}

struct MeasureRule {
    std::string_view keyword;
    std::string_view label;
    std::string Rules::*when;
    std::string Rules::*wording;
    bool personal;
};

constexpr MeasureRule kMeasures[] = {
    {"criticism", "通报批评", &Rules::criticism_when, &Rules::criticism_wording, false},
    {"talk", "约谈", &Rules::talk_when, &Rules::talk_wording, true},
    {"self-examination", "书面检查", &Rules::self_examination_when,
     &Rules::self_examination_wording, true},
    {"accountability", "问责", &Rules::accountability_when, &Rules::accountability_wording, true},
};

void escalate(const Plan& plan, const Task& task, Date date, Judgement& j) {
    std::optional<Judgement> then;
    bool looked = false;
    auto before = [&]() -> const Judgement* {
        if (!looked) {
            looked = true;
            Round now = round_at(plan, date);
            if (now.number >= 2)
                then = judge_light(plan, task, Date::from_days(now.start.days() - 1));
        }
        return then ? &*then : nullptr;
    };
    const bool person = has_person(plan, task);
    for (const MeasureRule& m : kMeasures) {
        if (m.personal && !person) continue;
        std::vector<std::string> grounds;
        for (const std::string& trigger : rule_list(plan.rules.*m.when)) {
            std::string g = ground(trigger, j, before);
            if (!g.empty() && std::find(grounds.begin(), grounds.end(), g) == grounds.end())
                grounds.push_back(std::move(g));
        }
        if (grounds.empty()) continue;
        j.escalation.push_back({m.keyword, m.label, plan.rules.*m.wording,
                                fmt::format("{}", fmt::join(grounds, "；")), m.personal});
    }
}

}  // namespace

State state_at(const Task& task, Date date) {
    State s;
    for (const auto& u : task.updates) {
        if (u.date > date) continue;
        if (s.latest && u.date < s.latest->date) continue;
        s.latest = &u;
        s.status = u.status;
        s.progress = u.progress;
    }
    return s;
}

std::string_view light_keyword(Light l) {
    static constexpr std::string_view k[] = {"done", "green", "yellow", "red"};
    return k[static_cast<int>(l)];
}

std::string_view light_label(Light l) {
    static constexpr std::string_view k[] = {"已完成", "绿灯", "黄灯", "红灯"};
    return k[static_cast<int>(l)];
}

int round_count(const Plan& plan) {
    return round_at(plan, plan.due).number;
}

bool has_person(const Plan& plan, const Task& task) {
    if (!plan.is_collective(task.office)) return true;
    return std::any_of(task.leaders.begin(), task.leaders.end(),
                       [&](const std::string& l) { return !plan.is_collective(l); });
}

Round round_at(const Plan& plan, Date date) {
    // Whole months from the start to `date`, then the round those months fall in; computed, not
    // counted, so a plan of any length costs the same. Past the plan's end, the last round.
    if (date > plan.due && plan.due >= plan.start) date = plan.due;
    const int step = plan.dispatch_months;
    long months =
        (static_cast<long>(date.year) - plan.start.year) * 12 + date.month - plan.start.month;
    if (months > 0 && plan.start.plus_months(static_cast<int>(months)) > date) --months;
    const int index = months <= 0 ? 0 : static_cast<int>(months / step);
    Round r{index + 1, plan.start.plus_months(index * step),
            plan.start.plus_months((index + 1) * step)};
    r.end = Date::from_days(r.end.days() - 1);
    if (plan.due >= plan.start && r.end >= plan.due) {
        r.end = std::max(plan.due, r.start);
        r.last = true;
    }
    return r;
}

int expected_progress(const Plan& plan, const Task& task, Date date) {
    std::vector<Point> pts = pace_points(plan, task);
    long d = date.days();
    if (d <= pts.front().day) return static_cast<int>(std::lround(pts.front().percent));
    for (size_t i = 1; i < pts.size(); ++i) {
        if (d > pts[i].day) continue;
        const Point &a = pts[i - 1], &b = pts[i];
        double share = static_cast<double>(d - a.day) / static_cast<double>(b.day - a.day);
        return static_cast<int>(std::lround(a.percent + share * (b.percent - a.percent)));
    }
    return 100;
}

PaceSegment pace_segment(const Plan& plan, const Task& task, Date date) {
    std::vector<Point> pts = pace_points(plan, task);
    if (pts.size() == 1) pts.push_back(pts.front());  // due on the start day
    size_t i = 1;
    while (i + 1 < pts.size() && date.days() > pts[i].day) ++i;
    auto percent = [](const Point& p) { return static_cast<int>(std::lround(p.percent)); };
    return {Date::from_days(pts[i - 1].day), percent(pts[i - 1]), Date::from_days(pts[i].day),
            percent(pts[i])};
}

Judgement judge(const Plan& plan, const Task& task, Date date) {
    Judgement j = judge_light(plan, task, date);
    escalate(plan, task, date, j);
    return j;
}

namespace {

Judgement judge_light(const Plan& plan, const Task& task, Date date) {
    Judgement j;
    j.state = state_at(task, date);
    // A task with no fixed due date has no pace to fall behind: its expected progress is
    // whatever it reports, and it is never overdue.
    j.expected = task.ongoing ? j.state.progress : expected_progress(plan, task, date);
    j.gap = j.expected - j.state.progress;
    Date due = plan.due_of(task);
    j.overdue = !task.ongoing && !is_finished(j.state.status) && date >= due;
    if (j.overdue) j.overdue_days = static_cast<int>(date.days() - due.days());
    Round round = round_at(plan, date);
    j.reported = finished_before(task, round.start) || reported_in(task, round, date);
    j.late_report = j.reported && j.state.latest && j.state.latest->date > round.end;
    set_light(plan, task, date, j);
    return j;
}

}  // namespace

}  // namespace duban
