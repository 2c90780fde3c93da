// Changing tasks.yaml in place: an update goes in as added lines at the spot the parser
// reports, and every other byte of the file (comments, blank lines, quoting, key order, BOM,
// CRLF line endings) stays as it was. Rewriting the whole document would lose the comments.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.h"
#include "store/text_edit.h"
#include "store/yaml_doc.h"

namespace duban {

// Returns `text` with `update` appended as the last item of task `task_id`'s `updates:` list.
// The added lines are emit_update's, with the dash at the column of the task's existing updates
// (else as far in from the keys as the file's first task with updates sets them, else two
// columns), in the file's line ending (CRLF when its first line ends so). They go right after
// the task's last content line, before any blank lines or comments that precede the next task.
// A task without `updates:` gets the key as its last key. The result is `text` with lines
// inserted and nothing else changed, except where the key held an empty flow list or a null
// token (`updates: []`, `updates: ~`): that token alone is removed. Parses `text` (errors name
// `file`), inserts, then loads the result and makes sure it is the plan of `text` with exactly
// `update` added to task `task_id`; a task whose updates are written in flow style ([{...}])
// is refused (Error). Throws Error when `text` does not load, and an internal Error when the check
// fails, so that a wrong edit never reaches the disk. A file whose lines end with CR alone (old
// Mac files) keeps its CRs; one that mixes lone CRs with LF line endings is refused (Error).
std::string append_update(std::string_view text, const std::string& file, int task_id,
                          const Update& update);

// append_update for several tasks at once, with one parse of `text`: `check`, when given, is
// called with each task before anything is inserted (to refuse an update that breaks the
// rules). The result is checked without a second parse where it can be: only lines inside the
// changed tasks change, and each changed task, read on its own, must be the task with `update`
// added; where that cannot be done, the whole result is loaded and compared.
// Throws as append_update does; "no task N" (usage) for an id the plan lacks. `reloaded`, when
// given, is set to whether the whole result had to be loaded again.
std::string append_updates(std::string_view text, const std::string& file,
                           const std::vector<int>& task_ids, const Update& update,
                           const std::function<void(const Plan&, const Task&)>& check = {},
                           bool* reloaded = nullptr);

// append_updates as the pieces of `text` it changes (store/text_edit.h), for a writer that
// builds the new file from the old bytes and these pieces: the same checks, the same errors,
// and edit.apply(text) is what append_updates returns.
TextEdit updates_edit(std::string_view text, const std::string& file,
                      const std::vector<int>& task_ids, const Update& update,
                      const std::function<void(const Plan&, const Task&)>& check = {},
                      bool* reloaded = nullptr);

// Whether two plans hold the same data, ignoring where things stood in their files.
bool same_plan(const Plan& a, const Plan& b);

// The offset where lines go that should follow node `n` of `text`: the start of the line after
// its last content line (a block scalar's kept trailing newlines count as content). The edits
// of store/task_edit.h place and cut lines with it, as append_update does.
size_t after_node_content(std::string_view text, const yaml::Node& n);

}  // namespace duban
