// Tasks as JSON: the schema's keys, plus what is derived from them.
#pragma once

#include <nlohmann/json.hpp>

#include "core/plan.h"

namespace duban {

using Json = nlohmann::ordered_json;

// A task with the file format's keys (due is the effective due date), followed by the derived
// `status` (keyword) and `progress` of its latest update.
Json task_json(const Task& task, const Plan& plan);
Json update_json(const Update& update);

// The JSON text of `value`, indented by 2, Chinese kept as UTF-8, with a final newline.
std::string dump(const Json& value);

}  // namespace duban
