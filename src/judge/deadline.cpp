#include "judge/deadline.h"

#include <algorithm>

namespace duban {

namespace {

void sort_by_date(std::vector<Deadline>& out) {
    std::stable_sort(out.begin(), out.end(), [](const Deadline& a, const Deadline& b) {
        if (a.date != b.date) return a.date < b.date;
        return a.milestone && !b.milestone;
    });
}

}  // namespace

const Milestone* next_milestone(const Task& task, Date as_of) {
    const Milestone* next = nullptr;
    for (const Milestone& m : task.milestones)
        if (m.date >= as_of && (!next || m.date < next->date)) next = &m;
    return next;
}

std::vector<Deadline> milestones_between(const Task& task, Date from, Date to) {
    std::vector<Deadline> out;
    for (const Milestone& m : task.milestones)
        if (m.date >= from && m.date <= to) out.push_back({m.date, &m});
    sort_by_date(out);
    return out;
}

std::vector<Deadline> deadlines_between(const Plan& plan, const Task& task, Date from, Date to) {
    std::vector<Deadline> out = milestones_between(task, from, to);
    const Date due = plan.due_of(task);
    if (!task.ongoing && due >= from && due <= to) out.push_back({due, nullptr});
    sort_by_date(out);
    return out;
}

}  // namespace duban
