// `duban check`: what is wrong or suspicious in a plan that loads.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace duban {

enum class Severity { Error, Warning };

struct Finding {
    Severity severity = Severity::Error;
    Pos pos;
    std::string message;
};

// Checks that go beyond loading, in file order. Errors: updates out of date order, done or
// closed below 100, closed without evidence or without who signed it off. Warnings: names of
// leaders, offices or partners that look like misspellings of one another (never merged:
// the user decides), one name written with and without padding, progress that falls, time
// nodes out of order or outside the plan's period, updates dated after `today` or before the
// plan starts (the dates `mark` refuses without --force).
std::vector<Finding> check_plan(const Plan& plan, Date today = duban::today());

}  // namespace duban
