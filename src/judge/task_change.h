// The rules a change of the plan (调整任务) obeys before duban writes it: `duban edit` changes a
// task's title, office, leaders, partners, due date and time nodes; `duban add` makes a task.
// Everything is read as people type it (model/typed_input.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"

namespace duban {

// A change as the user typed it; an unset field stays as it is.
struct TaskRequest {
    std::optional<std::string> title;
    std::optional<std::string> category;  // add only
    std::optional<std::string> office;
    // A list given as one empty name clears it.
    std::optional<std::vector<std::string>> leaders;
    std::optional<std::vector<std::string>> partners;
    std::optional<std::string> due;              // a date as typed
    std::vector<std::string> milestones;         // DATE:TARGET:WHAT (WHAT optional), as typed
    std::vector<std::string> remove_milestones;  // dates as typed
    bool new_names = false;                      // accept a leader or office that no task names yet
};

// A time node from "DATE:TARGET:WHAT" (full-width ： too): 2021-09-30:80:完成秋季读书节,
// 2021年9月30日：80%. Dates without a year are in `plan_year`. Throws Error (usage) naming the
// part that is wrong.
Milestone read_milestone(std::string_view typed, int plan_year);

// `task` (of `plan`) with the request applied: time nodes removed first, then added, kept in date
// order. Throws Error (usage), changing nothing, when: a date is not a real day; a time node to
// remove is not there, or one to add has a date the task already has one on; a time node falls
// before the plan starts or after the task's due date (as changed); a later time node has a lower
// target than an earlier one; the due date is before the plan starts, or is given to a task with
// no fixed due date (长期推进); the title or office is empty or holds a control character; a
// leader, office or partner is named by no task of the plan, unless `new_names` (the message
// names the nearest name, as list's filters do).
Task change_task(const Plan& plan, const Task& task, const TaskRequest& request);

// A new task of `plan`: number `id` or, without it, one more than the highest, with the
// request's category (one of plan.categories), title, office and leaders, all required, and its
// partners, due date (default: the plan's) and time nodes. Throws Error (usage) as change_task
// does, when a required field is missing, when the category is unknown (with the nearest one)
// and when the plan already has a task `id`.
Task new_task(const Plan& plan, const TaskRequest& request, std::optional<int> id);

}  // namespace duban
