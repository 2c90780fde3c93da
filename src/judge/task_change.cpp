#include "judge/task_change.h"

#include <algorithm>

#include "judge/filter.h"
#include "model/error.h"
#include "model/typed_input.h"
#include "text/control.h"
#include "text/diagnostic.h"
#include "text/i18n.h"

namespace duban {

namespace {

// The first ':' or full-width '：' at or after `from`: its offset and length, or npos.
std::pair<size_t, size_t> separator(std::string_view s, size_t from) {
    size_t half = s.find(':', from), full = s.find("：", from);
    if (full < half) return {full, 3};
    return {half, 1};
}

Date typed_date(const std::string& option, std::string_view typed, int plan_year) {
    Typed<Date> d = read_date(typed, plan_year);
    if (!d) throw Error(option + ": " + tr(d.problem, std::string(typed)), kExitUsage);
    return *d.value;
}

std::string typed_text(const std::string& option, const std::string& typed) {
    std::string text = narrow_typed(typed) == "" ? "" : typed;
    // Spaces at the ends are typing, not content: 基教股 and " 基教股" are one office.
    size_t a = text.find_first_not_of(" \t"), b = text.find_last_not_of(" \t");
    text = a == std::string::npos ? "" : text.substr(a, b - a + 1);
    if (text.empty()) throw Error(tr(N_("{0} must not be empty"), option), kExitUsage);
    if (find_control(text, false) != std::string::npos)
        throw Error(tr(N_("{0} holds a control character (a line break, tab or escape)"), option),
                    kExitUsage);
    return text;
}

std::vector<std::string> typed_names(const std::string& option,
                                     const std::vector<std::string>& typed) {
    if (typed.size() == 1 && narrow_typed(typed.front()).empty()) return {};
    std::vector<std::string> out;
    for (const auto& t : typed) {
        std::string name = typed_text(option, t);
        if (std::find(out.begin(), out.end(), name) != out.end())
            throw Error(tr(N_("{0}: '{1}' is named twice"), option, name), kExitUsage);
        out.push_back(name);
    }
    return out;
}

// Leaders and offices must be ones the plan names, so that a typo does not become a new person.
void check_names(const Plan& plan, const Task& t, const TaskRequest& r) {
    if (r.new_names) return;
    Filter names;
    if (r.leaders) names.leaders = t.leaders;
    if (r.office) names.offices.push_back(t.office);
    if (r.partners) names.offices.insert(names.offices.end(), t.partners.begin(), t.partners.end());
    try {
        check_filter_names(plan, names);
    } catch (const Error& e) {
        throw Error(tr(N_("{0} (to name one that no task names yet, add --new-name)"), e.what()),
                    kExitUsage);
    }
}

void remove_milestone(Task& t, const std::string& typed, int plan_year) {
    Date date = typed_date("--remove-milestone", typed, plan_year);
    auto it = std::find_if(t.milestones.begin(), t.milestones.end(),
                           [&](const Milestone& m) { return m.date == date; });
    if (it == t.milestones.end()) {
        std::string dates;
        for (const Milestone& m : t.milestones) dates += (dates.empty() ? "" : ", ") + m.date.str();
        throw Error(dates.empty() ? tr(N_("task {0} has no time node (时间节点) to remove"), t.id)
                                  : tr(N_("task {0} has no time node (时间节点) on {1}; it has "
                                          "time nodes on {2}"),
                                       t.id, date.str(), dates),
                    kExitUsage);
    }
    t.milestones.erase(it);
}

void add_milestone(Task& t, const Milestone& m) {
    for (const Milestone& have : t.milestones)
        if (have.date == m.date)
            throw Error(tr(N_("task {0} already has a time node (时间节点) on {1}; to change it, "
                              "remove it in the same command: --remove-milestone {1}"),
                           t.id, m.date.str()),
                        kExitUsage);
    auto at = std::find_if(t.milestones.begin(), t.milestones.end(),
                           [&](const Milestone& have) { return have.date > m.date; });
    t.milestones.insert(at, m);
}

// The time nodes must lie within the task's period and rise with time.
void check_milestones(const Plan& plan, const Task& t) {
    const Date due = plan.due_of(t);
    const Milestone* before = nullptr;
    for (const Milestone& m : t.milestones) {
        if (m.date < plan.start)
            throw Error(tr(N_("the time node (时间节点) on {0} is before the plan starts ({1})"),
                           m.date.str(), plan.start.str()),
                        kExitUsage);
        if (!t.ongoing && m.date > due)
            throw Error(tr(N_("the time node (时间节点) on {0} is after task {1}'s due date ({2}); "
                              "change the due date with --due first, or in the same command"),
                           m.date.str(), t.id, due.str()),
                        kExitUsage);
        if (before && before->date < m.date && m.target < before->target)
            throw Error(tr(N_("the time node (时间节点) on {0} aims at {1}%, less than the {2}% "
                              "of the earlier one on {3}"),
                           m.date.str(), m.target, before->target, before->date.str()),
                        kExitUsage);
        before = &m;
    }
}

void set_due(const Plan& plan, Task& t, const std::string& typed) {
    Date due = typed_date("--due", typed, plan.start.year);
    if (t.ongoing)
        throw Error(tr(N_("task {0} has no fixed due date (长期推进: ongoing); its due date stays "
                          "unset"),
                       t.id),
                    kExitUsage);
    if (due < plan.start)
        throw Error(
            tr(N_("--due {0} is before the plan starts ({1})"), due.str(), plan.start.str()),
            kExitUsage);
    t.due = due;
}

}  // namespace

Milestone read_milestone(std::string_view typed, int plan_year) {
    auto [first, first_len] = separator(typed, 0);
    if (first == std::string_view::npos)
        throw Error(tr(N_("--milestone takes DATE:TARGET:WHAT (2021-09-30:80:完成秋季读书节), "
                          "not '{0}'"),
                       std::string(typed)),
                    kExitUsage);
    auto [second, second_len] = separator(typed, first + first_len);
    Milestone m;
    m.date = typed_date("--milestone", typed.substr(0, first), plan_year);
    std::string_view target = typed.substr(first + first_len, second - first - first_len);
    Typed<int> percent = read_progress(target);
    if (!percent)
        throw Error("--milestone: " + tr(percent.problem, std::string(target)), kExitUsage);
    m.target = *percent.value;
    if (second != std::string_view::npos) {
        std::string what(typed.substr(second + second_len));
        if (!narrow_typed(what).empty()) m.what = typed_text("--milestone", what);
    }
    return m;
}

Task change_task(const Plan& plan, const Task& task, const TaskRequest& r) {
    Task t = task;
    const int year = plan.start.year;
    if (r.title) t.title = typed_text("--title", *r.title);
    if (r.office) t.office = typed_text("--office", *r.office);
    if (r.leaders) t.leaders = typed_names("--leader", *r.leaders);
    if (r.partners) t.partners = typed_names("--partner", *r.partners);
    check_names(plan, t, r);
    if (r.due) set_due(plan, t, *r.due);
    for (const auto& typed : r.remove_milestones) remove_milestone(t, typed, year);
    for (const auto& typed : r.milestones) add_milestone(t, read_milestone(typed, year));
    // A file whose time nodes already break a rule can still have its title changed.
    if (r.due || !r.milestones.empty() || !r.remove_milestones.empty()) check_milestones(plan, t);
    return t;
}

Task new_task(const Plan& plan, const TaskRequest& r, std::optional<int> id) {
    const std::pair<bool, const char*> required[] = {{r.category.has_value(), "--category"},
                                                     {r.title.has_value(), "--title"},
                                                     {r.office.has_value(), "--office"},
                                                     {r.leaders.has_value(), "--leader"}};
    for (const auto& [given, option] : required)
        if (!given) throw Error(tr(N_("a new task needs {0}"), option), kExitUsage);
    Task t;
    if (id) {
        if (*id < 1 || *id > 999999)
            throw Error(tr(N_("a task's number (序号) is from 1 to 999999, not {0}"), *id),
                        kExitUsage);
        if (plan.find(*id))
            throw Error(tr(N_("there is already a task {0}: '{1}'"), *id, plan.find(*id)->title),
                        kExitUsage);
        t.id = *id;
    } else {
        for (const Task& have : plan.tasks) t.id = std::max(t.id, have.id);
        t.id += 1;
    }
    t.category = typed_text("--category", *r.category);
    if (std::find(plan.categories.begin(), plan.categories.end(), t.category) ==
        plan.categories.end()) {
        std::string near = nearest(t.category, plan.categories);
        throw Error(near.empty() ? tr(N_("there is no category (类别) '{0}'"), t.category)
                                 : tr(N_("there is no category (类别) '{0}'; did you mean {1}?"),
                                      t.category, near),
                    kExitUsage);
    }
    TaskRequest rest = r;
    rest.category.reset();
    return change_task(plan, t, rest);
}

}  // namespace duban
