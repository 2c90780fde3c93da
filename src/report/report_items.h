// The bulletin's numbered items under 存在问题 and 下步要求 as whole sentences, made once here so
// that every format (txt, md, html, docx, a user's template) says the same thing. Tasks that
// share their grounds make one item naming them all: mid-year, before anyone has reported, the
// 33 tasks of the shipped plan share one sentence, and a bulletin that repeats it 33 times runs
// to 19 pages. A task whose grounds are its own keeps an item of its own, and the attachment
// table keeps every task's detail.
#pragma once

#include "report/json.h"

namespace duban::report_detail {

// 三、存在问题（一）: one item per task row of `rows` (task_row() objects, in id order), except
// that tasks with no update at all that share light, reason, progress and pace are one item;
// as under 下步要求, tasks led by collective owners are not grouped with tasks a named office
// leads, and a group of them names no office.
// Each item: {text, head, light, light_label, tail, grouped, count, ids, ids_text, first, last,
// index}, where text is head + light_label + tail (so HTML can colour the light), ids the task
// numbers and ids_text them as 第1至3、5项. Items are in the order of their first task.
Json problem_items(const Json& rows);

// 四、下步要求: one item per task row some measure applies to, except that tasks with the same
// grounds and measures (grounds_text) are one item naming their offices and leaders; collective
// owners (相关股室, 局长办公会成员) are never named, and tasks they lead are not grouped with
// tasks a named office leads. Each item: {text, grouped, count, ids, ids_text, first, last,
// index}.
Json requirement_items(const Json& rows);

}  // namespace duban::report_detail
