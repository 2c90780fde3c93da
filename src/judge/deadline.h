// Deadlines: the dates by which a task must reach something, its time nodes (时间节点) and its
// due date, and which of them fall in a window of days. The questions a supervisor asks:
// "what falls due this month?", "what is task 6's next time node?", "which time nodes fall in
// the next dispatch round?".
#pragma once

#include <vector>

#include "model/plan.h"

namespace duban {

// A date a task must meet: one of its time nodes, or (milestone == nullptr) its due date.
struct Deadline {
    Date date;
    const Milestone* milestone = nullptr;  // points into the task
};

// The time node of `task` with the earliest date on or after `as_of` (a node dated `as_of`
// is still to be met that day); nullptr when none remains. Nodes need not be in date order.
const Milestone* next_milestone(const Task& task, Date as_of);

// The task's time nodes and, unless it is ongoing (长期推进), its due date, that fall from
// `from` to `to`, both days included, in date order (a time node before the due date on the
// same day). Empty when `to` is before `from`.
std::vector<Deadline> deadlines_between(const Plan& plan, const Task& task, Date from, Date to);

// The time nodes alone, as deadlines_between orders them.
std::vector<Deadline> milestones_between(const Task& task, Date from, Date to);

// Days from `from` to `to`: 0 on the same day, negative when `to` is earlier.
inline long days_between(Date from, Date to) {
    return to.days() - from.days();
}

}  // namespace duban
