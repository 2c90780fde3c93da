// Changing a task's own fields, or adding a task, in tasks.yaml in place: only the lines of
// what changed change; comments, blank lines, quoting, key order, BOM and CRLF line endings stay
// as they were. `duban edit` and `duban add` write through these, as `mark` writes through
// store/edit.h.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "model/plan.h"

namespace duban {

// Returns `text` with task `task_id` changed into the task `change` returns. `change` gets the
// plan of `text` and the task as it is, and returns the task as it should be, or throws to
// refuse (its Error passes through and nothing is returned). The task may differ in its title,
// office, leaders, partners, due date and time nodes; anything else differing is an internal
// Error. A changed scalar is replaced where it stands; a list of names is written as one flow
// list ([何军, 戴方栋]) on its key's line, and its key removed when the list becomes empty; a key
// the task lacked is put where the file format's key order places it. Time nodes are removed
// and added as lines of their block list (`- {date: ..., target: ..., what: ...}`), in date
// order, the others left as they are. The result is loaded again and must be the plan of `text`
// with just that change, or an internal Error is thrown. Throws Error (data) when `text` does not
// load, Error (usage) "no task N" when the plan lacks the task, and Error (data) for a file whose
// lines end with CR alone.
std::string edit_task(std::string_view text, const std::string& file, int task_id,
                      const std::function<Task(const Plan&, const Task&)>& change);

// Returns `text` with the task `make` returns added to the `tasks:` list. `make` gets the plan of
// `text` and returns the new task, or throws to refuse. The task goes after the last task whose id
// is lower (before every task when none is), separated from its neighbours by a blank line, with
// its dash at the column of the other tasks' dashes; its keys are written as emit_task_item
// writes them. A task whose id the plan already has is refused (Error, usage). The result is
// checked as edit_task's is.
std::string add_task(std::string_view text, const std::string& file,
                     const std::function<Task(const Plan&)>& make);

}  // namespace duban
