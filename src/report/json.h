// Tasks as JSON: the schema's keys, plus what is derived from them.
#pragma once

#include <nlohmann/json.hpp>

#include "judge/pace.h"
#include "model/plan.h"

namespace duban {

using Json = nlohmann::ordered_json;

// A task with the file format's keys (due is the effective due date), followed by the derived
// `status` (keyword) and `progress` of its latest update.
Json task_json(const Task& task, const Plan& plan);
Json update_json(const Update& update);

// task_json judged as of `as_of`: `status` and `progress` as they stood that day (later
// updates have not happened yet), then `expected` (序时进度, percent), `light` (done, green,
// yellow, red), `light_reason` (in words), `overdue_days`, `reported` (a report in the
// current dispatch round) and `escalation`: the notice's measures that apply, each
// {keyword, label, wording, reason}. `list --format json` streams the same (json_stream.h).
Json judged_task_json(const Task& task, const Plan& plan, Date as_of);

// What `show` prints as 下一节点, for its JSON: the first time node of `task` dated on or after
// `as_of` as {date, target, what, days_left} (0 on the day itself), or null when none remains.
Json next_milestone_json(const Task& task, Date as_of);

// The JSON text of `value`, indented by 2, Chinese kept as UTF-8, with a final newline.
std::string dump(const Json& value);

}  // namespace duban
