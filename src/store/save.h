// Writing tasks.yaml: the canonical text of a plan. We write the text ourselves instead of
// using a YAML emitter so that the layout is exactly ours and every change is a small diff.
#pragma once

#include <string>
#include <string_view>

#include "model/plan.h"

namespace duban {

// `text` (UTF-8) as a YAML scalar that every YAML 1.1 or 1.2 reader reads back as exactly that
// string. Plain when that is safe; otherwise double-quoted with \" \\ \n \t escapes, other
// control characters as \xNN and U+2028, U+2029, U+FEFF as \uXXXX. Quoted are: the empty
// string; words and forms a reader would take for null, a boolean, a number, a date or a time
// (yes, No, ~, 0x1F, 1e3, .5, 2021-12-31, 12:30); text with leading or trailing whitespace
// (U+3000 included); text that starts with an indicator character; text containing ": ", " #",
// a tab, a newline or a control character, or ending in ':'. With `in_flow` (an item of
// [a, b] or {k: v}) also text containing , [ ] { } or ?. Chinese text with full-width
// punctuation stays plain. Bytes that are not UTF-8 are written as \xNN, which reads back as
// the code point U+00NN, not as the byte: callers pass validated text.
std::string yaml_scalar(std::string_view text, bool in_flow = false);

// One update as an item of a block sequence whose dash stands at column `indent`: `- date:`,
// then progress, status, note, problems, next, by and evidence, one key a line in that order,
// the last five left out when empty. Multi-line note, problems and next are block literals
// (`|-`, `|` or `|+`, with an indentation indicator when the text starts with a space or a
// tab) that read back exactly. Ends with a newline.
std::string emit_update(const Update& u, int indent);

// A time node as one flow map: `{date: 2021-06-30, target: 50, what: 完成方案制定}`; `what`
// is left out when empty. No newline.
std::string emit_milestone(const Milestone& m);

// One task as an item of the `tasks:` list, the way emit_plan writes it: the dash at column 2,
// keys at 4, one key a line in the fixed order. Ends with a newline.
std::string emit_task_item(const Task& task);

// The whole tasks.yaml for `plan`: each line of `header_comment` as a `# ` comment (none when
// it is empty), a blank line, the `plan:` block (a `rules:` block only when the rules differ
// from the defaults), a blank line and the `tasks:` list, one blank line between tasks. Keys
// always come in the same order, so equal plans give equal bytes. LF line endings and a final
// newline.
std::string emit_plan(const Plan& plan, std::string_view header_comment);

}  // namespace duban
