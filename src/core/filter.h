// Selecting tasks: by leader, office, category, status and text.
#pragma once

#include <string>
#include <vector>

#include "core/plan.h"

namespace duban {

// Which of a task's offices an --office filter looks at.
enum class Role { Lead, Partner, Any };

// Parses lead|partner|any; throws Error (usage) otherwise.
Role parse_role(std::string_view text);

// A conjunction of criteria: a task matches when it matches every kind given (AND), and
// within one kind any of the values (OR). An empty filter matches every task. Names match
// without regard to padding: "何 军", "何　军" and 何军 are one person.
struct Filter {
    std::vector<std::string> leaders;
    std::vector<std::string> offices;
    Role role = Role::Any;
    std::vector<std::string> categories;
    std::vector<Status> statuses;
    std::vector<std::string> texts;  // substrings of the task text

    bool matches(const Task& task) const;
};

// Parses every status a user typed (either spelling); throws Error (usage) naming the bad one.
std::vector<Status> parse_statuses(const std::vector<std::string>& typed);

// The tasks of `plan` that `filter` selects, in file order.
std::vector<const Task*> select(const Plan& plan, const Filter& filter);

}  // namespace duban
