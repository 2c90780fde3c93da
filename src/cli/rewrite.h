// The one way commands change the tasks file: under the write lock, from the text as it is on
// disk, in one atomic write. mark and collect both go through it, so a fix here holds for both.
#pragma once

#include <functional>
#include <string>

#include "cli/context.h"
#include "store/text_edit.h"

namespace duban::cli {

struct Rewrite {
    std::string path;    // the tasks file, as resolved
    std::string before;  // its text when it was read under the lock
    std::string after;   // what edit made of it: on a dry run only
    bool written = false;
};

// Takes the write lock on the context's tasks file, reads it, and passes its text and path to
// `edit`, which returns the changes to make (store/text_edit.h) or throws. Unless `dry_run`,
// writes the new text atomically when it differs (a symlinked file stays a symlink), from the
// old bytes and the changed pieces: a large file's new version is never held whole in memory.
// Nothing is written when edit throws. `edit` may be called again if the file has to be read
// again, so it must not print.
Rewrite rewrite_tasks_file_in_pieces(
    const Context& ctx, bool dry_run,
    const std::function<TextEdit(const std::string& text, const std::string& path)>& edit);

// rewrite_tasks_file_in_pieces for an `edit` that returns the whole new text.
Rewrite rewrite_tasks_file(
    const Context& ctx, bool dry_run,
    const std::function<std::string(const std::string& text, const std::string& path)>& edit);

}  // namespace duban::cli
