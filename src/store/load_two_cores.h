// Loading a large tasks file on two cores: the first try of load_plan. Internal to store/.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "model/plan.h"
#include "store/yaml_doc.h"

namespace duban {

// load_plan on two threads, for a large file: the file's tasks are cut into parts between tasks,
// which the two threads take in turn, the first thread after reading the plan and the first
// part. Gives the plan the whole file gives; nullopt when the file is small or not shaped for
// it, or at any error, so that the caller reads it as one piece and reports the same first
// error as always. each_task is supported only with keep_updates, and is shown
// (PlanReader::shows) only once every part is read, so that it sees no task twice. `passed`,
// when given, is told the ranges of `text` the parts have read.
std::optional<Plan> load_on_two_cores(std::string_view text, const std::string& filename,
                                      const std::function<void(const yaml::Node&)>& each_task,
                                      const std::function<bool(int)>& keep_updates,
                                      const yaml::Passed& passed);

}  // namespace duban
