// Selecting tasks: by leader, office, category, status, text, and by how they are judged
// (light, overdue, unreported) as of a date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "judge/pace.h"
#include "model/plan.h"

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
    std::vector<Light> lights;
    bool overdue = false;     // only tasks past due and not finished (超期)
    bool unreported = false;  // only tasks with no report in the current round (未报送)
    // Deadlines (到期提醒): only tasks not finished as of `as_of` with a time node or their due
    // date from `as_of` to the window's end, both days included. The window ends on
    // `due_before`, or `due_within` days after `as_of`, or the earlier of the two when both are
    // given.
    std::optional<Date> due_before;
    std::optional<int> due_within;
    // The date statuses are taken at and judgements made at: updates dated after it have not
    // happened yet. Without it, statuses are the latest ones and judgements are made as of the
    // plan's due date.
    std::optional<Date> as_of;

    // The last day of the deadline window; nullopt when neither due_before nor due_within is
    // set. `from` is the window's first day.
    std::optional<Date> due_window_end(Date from) const;

    // Everything but lights, overdue, unreported and deadlines, which need the plan.
    bool matches(const Task& task) const;
    // Every criterion; `task` belongs to `plan`.
    bool matches(const Plan& plan, const Task& task) const;
};

// Throws Error (usage) for the first leader, office or category in `filter` that names no one
// in `plan` (padding ignored), with the nearest names there are: "no responsible leader is
// named '何君'; did you mean 何军?". An empty table would say the name has no tasks.
void check_filter_names(const Plan& plan, const Filter& filter);

// Parses every status a user typed (either spelling); throws Error (usage) naming the bad one.
std::vector<Status> parse_statuses(const std::vector<std::string>& typed);

// Parses every light a user typed: done, green, yellow, red or 已完成, 绿灯, 黄灯, 红灯. Throws
// Error (usage) naming the bad one.
std::vector<Light> parse_lights(const std::vector<std::string>& typed);

// Every criterion of `filter` in words, for the filter line of a report, one phrase per kind in
// a fixed order: 责任领导：…, 股室：…（牵头）, 类别：…, 状态：…, 灯色：…, 超期未完成, 本轮未报送,
// 2021年7月31日前到期（含时间节点）, 30天内到期（含时间节点，至2021年8月14日）, 含文字：“…”.
// Empty when the filter selects every task.
std::vector<std::string> describe_filter(const Filter& filter);

// The tasks of `plan` that `filter` selects, in file order.
std::vector<const Task*> select(const Plan& plan, const Filter& filter);

}  // namespace duban
