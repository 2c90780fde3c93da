// The plan: a bureau's yearly key-task breakdown (重点工作任务分解表) as plain data.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"

namespace duban {

// Where something stood in its source file: 1-based line and column, the column counted in
// characters. Zero means "not from a file" (built in memory).
struct Pos {
    int line = 0;
    int column = 0;
};

enum class Status { NotStarted, InProgress, Done, Closed };

// The stored keyword: not-started, in-progress, done, closed.
std::string_view status_keyword(Status s);
// The Chinese label shown to users: 未启动, 推进中, 已完成, 已销号.
std::string_view status_label(Status s);
// Either spelling, as a user may type it; nullopt when neither.
std::optional<Status> parse_status(std::string_view text);
// done or closed.
inline bool is_finished(Status s) {
    return s == Status::Done || s == Status::Closed;
}

// A time node (时间节点): by `date` the task should stand at `target` percent.
struct Milestone {
    Date date;
    int target = 0;
    std::string what;
    Pos pos;
};

// A time node as one line of text: "2021-06-30 60% 完成上半年共读活动" (no "what": "2021-06-30
// 60%").
std::string milestone_text(const Milestone& m);

// One progress report, as an office hands it in at a dispatch round.
struct Update {
    Date date;
    int progress = 0;
    Status status = Status::InProgress;
    std::string note;                   // 本期进展
    std::string problems;               // 存在问题
    std::string next;                   // 下步计划
    std::string by;                     // who reported, or who signed a closing off
    std::vector<std::string> evidence;  // 佐证材料
    Pos pos;
};

// A column of the source table that duban has no field for (备注, 工作目标, 具体措施): kept
// as the table wrote it, under the column's name.
struct ExtraField {
    std::string name;
    std::string text;
};

// The keys a task may have in tasks.yaml, in the order the file format lists them.
inline constexpr std::array<std::string_view, 13> kTaskKeyOrder = {
    "id",  "category", "title",   "leaders",    "office", "co_leads", "partners",
    "due", "due_text", "ongoing", "milestones", "extra",  "updates"};

struct Task {
    int id = 0;
    std::string category;
    std::string title;
    std::vector<std::string> leaders;   // 责任领导; may be empty (most tables name none)
    std::string office;                 // 责任股室, the lead office: the first unit listed
    std::vector<std::string> co_leads;  // units that lead together with `office` (共同牵头)
    std::vector<std::string> partners;  // 协办股室（单位）: units that assist, not lead
    std::optional<Date> due;            // overrides the plan's due date
    std::string due_text;               // the deadline in the table's words: 12月底前
    bool ongoing = false;               // 长期推进: no fixed due date; judged by reporting
    std::vector<Milestone> milestones;  // oldest first
    std::vector<ExtraField> extra;      // columns duban has no field for, in table order
    std::vector<Update> updates;        // oldest first
    Pos pos;                            // the task's `- id:` line
    // Where each key of kTaskKeyOrder stood (line 0: absent). A fixed array, not a map: a plan of
    // 10,000 tasks would otherwise allocate 100,000 map nodes for it.
    std::array<Pos, kTaskKeyOrder.size()> key_pos{};

    // The latest update, or nullptr when the task has none.
    const Update* latest() const { return updates.empty() ? nullptr : &updates.back(); }
    // Status and progress of the latest update; not-started and 0 without one.
    Status status() const { return updates.empty() ? Status::NotStarted : updates.back().status; }
    int progress() const { return updates.empty() ? 0 : updates.back().progress; }
    // Where a key stood, or the task's own line when the key was absent.
    Pos where(const std::string& key) const;
};

// Tunable judgement rules, from the optional `plan.rules` block.
struct Rules {
    int yellow_behind = 10;  // points behind pace that turn a task yellow
    int red_behind = 30;     // points behind pace that turn a task red
    // The year-end scorecard (年终考核): each lead office starts at score_base and loses points
    // per task unfinished past its due date, per task finished late, per round a task of its
    // spent red, and per round a task of its went unreported.
    int score_base = 100;
    int deduct_unfinished = 10;
    int deduct_late = 5;
    int deduct_red_round = 2;
    int deduct_unreported_round = 1;
    // How a missed round is counted: `office` (one deduction per office per round, however many
    // of its tasks went unreported) or `task` (one per task per round).
    std::string unreported_per = "office";
    // Whether the bulletin and the dispatch table carry the bar chart: `no`, `yes`, or `auto`
    // (the dispatch table has one, the bulletin, a 公文, has none).
    std::string chart = "auto";
    // The measures of the notice (通报批评, 约谈, 书面检查, 问责): when each applies (a list of
    // triggers, docs/pace.md) and how the bulletin words it.
    std::string criticism_when = "red";
    std::string criticism_wording = "予以通报批评";
    std::string talk_when = "red";
    std::string talk_wording = "对相关负责人实行约谈";
    std::string self_examination_when = "overdue";
    std::string self_examination_wording = "相关负责人要作出书面检查，说明原因";
    std::string accountability_when = "red-twice, unreported-twice";
    std::string accountability_wording = "对相关负责人实行问责";
};

// One key of `plan.rules`: its name, the field it sets, and the values it accepts. The loader
// reads and the writer writes exactly these, in this order. A number key sets `field` within
// min..max; a text key sets `text`, and when `choices` is given (words separated by spaces) its
// value is one of them, or with `list` a comma-separated list of them.
struct RuleKey {
    const char* name;
    int Rules::*field = nullptr;
    int min = 0;
    int max = 0;
    std::string Rules::*text = nullptr;
    const char* choices = nullptr;
    bool list = false;
};
const std::vector<RuleKey>& rule_keys();

struct Plan {
    std::string title;
    std::string issuer;
    std::string document;
    Date start;
    Date due;
    int dispatch_months = 2;
    std::vector<std::string> categories;
    // Owners that are not one person or office (局长办公会成员, 相关股室), beyond the built-in
    // ones: never named for a measure aimed at a person, never listed as failing to report.
    std::vector<std::string> collective;
    Rules rules;
    std::vector<Task> tasks;

    const Task* find(int id) const;
    Task* find(int id);
    // The task's own due date, or the plan's.
    Date due_of(const Task& t) const { return t.due ? *t.due : due; }
    // Whether `name` (padding ignored) is a collective owner: 局长办公会成员, 相关股室, 各科室,
    // 各有关单位, or one that plan.collective lists.
    bool is_collective(std::string_view name) const;
};

// The comma-separated items of a text rule (criticism_when: red, unreported), trimmed.
std::vector<std::string> rule_list(std::string_view value);

// A person's or office's name as written in a table, with its padding removed: "何 军" and
// "何　军" (U+3000) both give 何军. All half- and full-width spaces go.
std::string strip_padding(std::string_view name);

// Whether `a` and `b` are one name once their padding is removed (strip_padding), without
// building either: a filter compares the names of every task with it.
bool same_name(std::string_view a, std::string_view b);

}  // namespace duban
