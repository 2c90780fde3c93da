// Three-way merge of tasks.yaml, task by task and field by field, as text: the result is
// OURS' text with THEIRS' changes (relative to BASE) applied as line edits, so the formatting
// and comments of everything not changed stay as they were.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duban {

struct MergeResult {
    std::string text;
    // One line per conflict, such as "第3项 office" or "第3项 2021-07-12 的进展 progress";
    // empty when the merge is clean.
    std::vector<std::string> conflicts;
};

// The file names are for error messages only.
struct MergeInputs {
    std::string_view base, ours, theirs;
    std::string base_name = "base", ours_name = "ours", theirs_name = "theirs";
};

// Merges THEIRS' changes into OURS. Tasks match by id and keys merge one by one: a key changed
// on one side only takes that change; changed alike on both is taken once. Updates match by
// content: those added on either side are all kept, in date order (one added identically on
// both sides appears once); an update of BASE edited on one side (the same date, other content)
// takes that edit field by field; one removed on one side and untouched on the other goes.
// A real conflict (the same key of the same task or update changed differently, or a task
// edited on one side and removed on the other) is written as git's markers around that key's
// lines alone ("<<<<<<< ours", "=======", ">>>>>>> theirs", at the start of their lines) and
// listed in `conflicts`; everything else is merged. Throws Error when an input does not load
// (naming it), and an internal Error when a clean result fails to load.
// An empty BASE (git gives one when both branches added the file) makes it a two-way merge:
// the base is taken to be what both sides hold alike, so tasks and updates either side has
// alone are all kept, and a key the two sides hold differently is a conflict.
MergeResult merge_texts(const MergeInputs& in);

// What the merge driver leaves when it cannot merge at all (an input does not load): the whole
// of OURS and THEIRS between conflict markers, the first naming `reason`, so that nobody can
// take it for a merged file and duban refuses to load it until a person resolves it.
std::string whole_file_conflict(std::string_view ours, std::string_view theirs,
                                std::string_view reason);

}  // namespace duban
