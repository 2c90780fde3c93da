// The head of a small plan the store's tests put tasks under: title, dates, two categories, and
// the `tasks:` key the tasks follow.
#pragma once

#include <string>

namespace duban::test {

inline const std::string kPlanHead =
    "plan:\n"
    "  title: 测试计划\n"
    "  start: 2021-01-01\n"
    "  due: 2021-12-31\n"
    "  categories: [抓常规, 强队伍]\n"
    "tasks:\n";

}  // namespace duban::test
