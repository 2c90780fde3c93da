// What changed between two versions of a plan, in task terms: the model comparison behind
// `duban diff` and `duban log`. Pure: no files, no git, no text layout.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace duban {

// One key whose value differs, with both values as shown to a reader: lists joined with 、,
// dates as YYYY-MM-DD, an absent value as the empty string.
struct FieldChange {
    std::string key;  // the file format's key: title, leaders, progress, ...
    std::string before;
    std::string after;
};

enum class ChangeKind { Added, Removed, Changed, Renumbered };

// An update that is new, gone, or edited. An edited update is one of the old file whose date
// reappears in the new file with other content.
struct UpdateChange {
    ChangeKind kind = ChangeKind::Added;
    Update before;              // Removed and Changed
    Update after;               // Added and Changed
    int previous_progress = 0;  // Added: the progress of the update before it, 0 for the first
    std::vector<FieldChange> fields;  // Changed: the keys that differ
};

// A task that is new, gone, renumbered or changed. Renumbered means a removed and an added
// task with the same title; its other differences are listed like a Changed task's.
struct TaskChange {
    ChangeKind kind = ChangeKind::Changed;
    Task before;  // Removed, Changed, Renumbered
    Task after;   // Added, Changed, Renumbered
    std::vector<FieldChange> fields;
    std::vector<UpdateChange> updates;

    // The task's id in the newer version, or in the older one when it was removed.
    int id() const { return kind == ChangeKind::Removed ? before.id : after.id; }
};

struct PlanDiff {
    std::vector<FieldChange> plan;  // the plan: block's keys; each key of plan.rules is its own
                                    // ("rules.deduct_late"), from rule_keys()
    std::vector<TaskChange> tasks;  // in the newer file's order, then the removed tasks

    bool empty() const { return plan.empty() && tasks.empty(); }
    // Whether the task numbered `id` in either version is among the changes.
    bool touches(int id) const;
};

// Compares two plans. Tasks match by id; an unmatched old task and an unmatched new task with
// the same title are a renumbering. Updates match by content; what is left pairs up by date
// as an edit, and the rest are added or removed.
PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan);

// The value of a task's key as diff shows it (see FieldChange).
std::string task_field(const Task& task, const std::string& key);
// The value of an update's key as diff shows it; status as its Chinese label.
std::string update_field(const Update& update, const std::string& key);

}  // namespace duban
