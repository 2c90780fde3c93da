#include "judge/check.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "text/diagnostic.h"

namespace duban {

namespace {

// Where each spelling of a name stands: the tasks and the first position.
struct Spelling {
    std::vector<int> tasks;
    Pos first;
};
using Spellings = std::map<std::string, Spelling>;

void note(Spellings& s, const std::string& name, const Task& t, const std::string& key) {
    Spelling& sp = s[name];
    if (sp.tasks.empty()) sp.first = t.where(key);
    if (sp.tasks.empty() || sp.tasks.back() != t.id) sp.tasks.push_back(t.id);
}

std::string task_list(const std::vector<int>& ids) {
    return fmt::format("{} {}", ids.size() == 1 ? "task" : "tasks", fmt::join(ids, ", "));
}

// Pairs of spellings one character apart, or equal but for padding. The rarer spelling is the
// likely typo, so the finding stands where it is written.
void near_duplicates(const Spellings& names, std::string_view kind, std::vector<Finding>& out) {
    for (auto a = names.begin(); a != names.end(); ++a) {
        for (auto b = std::next(a); b != names.end(); ++b) {
            bool padding = strip_padding(a->first) == strip_padding(b->first);
            bool typo = !padding && count_chars(a->first) >= 2 && count_chars(b->first) >= 2 &&
                        edit_distance(a->first, b->first) == 1;
            if (!padding && !typo) continue;
            auto [rare, common] = a->second.tasks.size() <= b->second.tasks.size()
                                      ? std::make_pair(a, b)
                                      : std::make_pair(b, a);
            std::string why = padding ? "is the same name written with different padding as"
                                      : "looks like a misspelling of";
            out.push_back({Severity::Warning, rare->second.first,
                           fmt::format("{} {} ({}) {} {} ({})", kind, rare->first,
                                       task_list(rare->second.tasks), why, common->first,
                                       task_list(common->second.tasks))});
        }
    }
}

void check_updates(const Task& t, std::vector<Finding>& out) {
    for (size_t i = 0; i < t.updates.size(); ++i) {
        const Update& u = t.updates[i];
        if (i > 0 && u.date < t.updates[i - 1].date)
            out.push_back({Severity::Error, u.pos,
                           fmt::format("task {}: update of {} comes after the one of {}; updates "
                                       "go oldest first",
                                       t.id, u.date.str(), t.updates[i - 1].date.str())});
        if (i > 0 && u.progress < t.updates[i - 1].progress)
            out.push_back({Severity::Warning, u.pos,
                           fmt::format("task {}: progress falls from {}% to {}% on {}", t.id,
                                       t.updates[i - 1].progress, u.progress, u.date.str())});
        if (is_finished(u.status) && u.progress != 100)
            out.push_back(
                {Severity::Error, u.pos,
                 fmt::format("task {}: status {} ({}) with progress {}%; done means 100", t.id,
                             status_keyword(u.status), status_label(u.status), u.progress)});
        if (u.status == Status::Closed && u.evidence.empty())
            out.push_back(
                {Severity::Error, u.pos,
                 fmt::format("task {}: closed (已销号) without evidence (佐证材料)", t.id)});
        if (u.status == Status::Closed && u.by.empty())
            out.push_back({Severity::Error, u.pos,
                           fmt::format("task {}: closed (已销号) without 'by:' naming who signed "
                                       "it off",
                                       t.id)});
    }
}

void check_milestones(const Plan& p, const Task& t, std::vector<Finding>& out) {
    for (size_t i = 0; i < t.milestones.size(); ++i) {
        const Milestone& m = t.milestones[i];
        if (i > 0 && m.date < t.milestones[i - 1].date)
            out.push_back({Severity::Warning, m.pos,
                           fmt::format("task {}: time node {} comes after {}; list them in date "
                                       "order",
                                       t.id, m.date.str(), t.milestones[i - 1].date.str())});
        if (m.date < p.start || m.date > p.due_of(t))
            out.push_back({Severity::Warning, m.pos,
                           fmt::format("task {}: time node {} lies outside {} to {}", t.id,
                                       m.date.str(), p.start.str(), p.due_of(t).str())});
    }
}

}  // namespace

std::vector<Finding> check_plan(const Plan& plan) {
    std::vector<Finding> out;
    Spellings leaders, offices;
    for (const Task& t : plan.tasks) {
        for (const auto& l : t.leaders) note(leaders, l, t, "leaders");
        note(offices, t.office, t, "office");
        for (const auto& o : t.partners) note(offices, o, t, "partners");
        check_updates(t, out);
        check_milestones(plan, t, out);
        if (t.due && (*t.due < plan.start))
            out.push_back({Severity::Warning, t.where("due"),
                           fmt::format("task {}: due {} is before the plan starts ({})", t.id,
                                       t.due->str(), plan.start.str())});
    }
    near_duplicates(leaders, "leader", out);
    near_duplicates(offices, "office", out);
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding& a, const Finding& b) { return a.pos.line < b.pos.line; });
    return out;
}

}  // namespace duban
