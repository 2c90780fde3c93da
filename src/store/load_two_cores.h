// Loading a large tasks file on two cores: the first try of load_plan. Internal to store/.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "model/plan.h"
#include "store/yaml_doc.h"

namespace duban {

// load_plan on two threads, for a large file: the first reads the plan and the tasks up to a cut
// near the middle (find_cut), the second the tasks after it, as a block list on its own with its
// positions placed in the whole file. Gives the plan the whole file gives; nullopt when the file
// is small or not shaped for it, or at any error, so that the caller reads it as one piece and
// reports the same first error as always. each_task is supported only with keep_updates, and is
// shown (PlanReader::shows) only once both parts are read, so that it sees no task twice.
// `passed`, when given, is told the offsets into `text` both parts have read past.
std::optional<Plan> load_on_two_cores(std::string_view text, const std::string& filename,
                                      const std::function<void(const yaml::Node&)>& each_task,
                                      const std::function<bool(int)>& keep_updates,
                                      const yaml::Passed& passed);

}  // namespace duban
