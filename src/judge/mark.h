// The rules a progress report (一期进展) must follow before duban adds it to a task.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace duban {

// How a report's fields are named where a person typed them, for the messages that point at
// one: the options of `duban mark` (the default), or the columns of a progress form
// (form_field_names(), judge/form.h), whose clerks never see mark's options.
struct FieldNames {
    std::string progress = "--progress";
    std::string status = "--status";
    std::string date = "--date";
    std::string note = "--note";
    std::string problems = "--problems";
    std::string next = "--next";
    std::string by = "--by";
    std::string evidence = "--evidence";
    bool form = false;  // the fields are a form's columns: a rule is overridden by collect --force
};

// One report as the user typed it, before it is checked.
struct MarkRequest {
    std::string progress;               // whole percent, as typed
    std::string status;                 // either spelling; empty: from the progress
    std::string date;                   // as typed (model/typed_input.h); empty: today
    std::string note;                   // 本期进展
    std::string problems;               // 存在问题
    std::string next;                   // 下步计划
    std::string by;                     // who reported, or who signed a closing off
    std::vector<std::string> evidence;  // 佐证材料
    bool force = false;  // allow lower progress or an earlier date; the note says why
    FieldNames names;    // where each field was typed, for messages
};

// The update the request describes, checked on its own. Progress, status and date are read as
// people type them (60%, 进行中, 2021/6/25; 6月25日 is in `plan_year`, refused when that is 0).
// Throws Error (usage) with a message naming the option when: progress is not a whole number
// from 0 to 100 (150, -1, 五十, 3.5); the status is unknown; the date is not a real day
// (2021-13-01); done or closed
// comes with progress other than 100, or not-started with progress other than 0; closed lacks
// evidence or --by; --force comes without a note saying why; an evidence item is empty; any
// text is not UTF-8 or holds a control character (find_control: ESC and the like; line
// breaks and tabs are fine). The status defaults to not-started at 0, done at 100, in-progress
// between.
Update make_update(const MarkRequest& request, Date today, int plan_year = 0);

// Checks that `update` may follow the updates `task` already has: its progress is not lower
// than the latest update's, and its date not earlier than the latest date, unless `force`.
// Throws Error (usage) naming the task and the update it conflicts with.
// `names` say where the note is written, for the hint on how to override.
void check_against_task(const Task& task, const Update& update, bool force,
                        const FieldNames& names = {});

// Checks that the update's date is a day the report can have been made: not after `today` and
// not before the plan starts, unless `force`. Throws Error (usage) saying which bound it passes.
void check_date(const Plan& plan, const Update& update, Date today, bool force);

}  // namespace duban
