// Reading tasks.yaml: strict, precise, never silent. The only reader of the file format.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "model/plan.h"
#include "store/read_file.h"  // read_file: every reader of a tasks file uses it
#include "store/yaml_doc.h"

namespace duban {

// Loads a plan from the text of a tasks file. Accepts a UTF-8 BOM and CRLF line endings.
// Rejects, with an Error shaped "file:line:column: message" followed by the offending line, a
// caret under the column and a hint where one helps: bytes that are not UTF-8 (GBK from
// Windows, with the iconv command that converts it), YAML syntax errors (an unclosed quote is
// reported where it opens), a key typed with a full-width colon, duplicate keys, unknown keys,
// values of the wrong type, progress outside 0-100, unknown statuses and categories,
// duplicate task ids and invalid dates. Lines and columns are 1-based, columns in characters.
Plan load_plan(std::string_view text, const std::string& filename);

// From this size on, load_plan reads a file's tasks in two parts on two threads, when the file's
// shape lets it cut them cleanly (`tasks:` at column 0, then a block list), the second part as a
// list of its own: the plan and any error are exactly those of reading it as one piece, which is
// done instead at any error, for its message. Tests lower it; a process sets it before loading.
inline size_t two_core_load_bytes = 4 << 20;

// load_plan, also showing each task's YAML node to `each_task` as it is read (in file order,
// once each; the node is gone after the call). The file is still parsed once, and never held
// as one tree: this is how an edit finds where a task stands without a second parse.
Plan load_plan(std::string_view text, const std::string& filename,
               const std::function<void(const yaml::Node& task)>& each_task);

// load_plan with each_task, keeping the updates of only the tasks `keep_updates` is true for
// (all when it is empty): every other task's updates are read and checked as always, then
// dropped. An edit of a few tasks thus does not hold the whole file's updates, most of its bytes.
// With keep_updates given, each_task may be shown only, in file order, the tasks keep_updates is
// true for and the tasks up to the first with a block list of updates whose first dash stands on
// its item's line, `- date:` (a large file is read on two cores, see two_core_load_bytes), and the
// nodes of tasks it does not keep have their text values moved into the plan: only their ids,
// structure and positions are left to look at.
Plan load_plan(std::string_view text, const std::string& filename,
               const std::function<void(const yaml::Node& task)>& each_task,
               const std::function<bool(int task_id)>& keep_updates);

// load_plan on a file mapped with map_file, letting go of the pages it has read as it goes: the
// plan and any error are those load_plan gives for the file's text.
Plan load_plan(const MappedFile& file, const std::string& filename);

// Reads text that holds exactly one task written as a one-item block list (`- id: ...` and
// the lines under it, as cut from a tasks file), checking it as load_plan checks a task, with
// `plan`'s categories. Lines in errors count from the start of `text`. For checking an edit
// of one task without reading the whole file again.
Task load_task(std::string_view text, const std::string& filename, const Plan& plan);

}  // namespace duban
