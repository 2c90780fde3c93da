// A breakdown written as text, not a table: one task a line or paragraph with its units in
// brackets after it, or one field a line under it.
#pragma once

#include <optional>

#include "intake/grid.h"
#include "intake/table.h"

namespace duban {

// Reads the lines of `sheet` (a text file) as tasks in either form:
//   （一）地区生产总值增长11%。（责任领导：某某；牵头单位：市发改局；责任单位：市统计局）
// or the task on one line and its fields on the lines under it:
//   1.积极推进某某工作。
//   牵头负责领导：某某
//   牵头责任单位：市发改局
//   协同责任单位：市财政局、市住建局
// Field labels: …领导 and 责任人 (leaders); 牵头单位, 牵头责任单位, 主要责任单位, 责任单位
// (the lead, unless a 牵头 label is also given: then 责任单位 are partners); 配合, 协同, 协办,
// 参与 (partners); 完成时限, 时限, 完成时间 (the deadline); any other label is kept as an extra
// field. A line with a heading number (一、 （一）) and no fields sets the category. Lines before
// the first task are the notice. Tasks take the numbers at the start of their text when those
// are all different, else they are numbered in order.
//
// nullopt when no line carries fields; Error "file:line: ..." at a line after the first task
// that is none of these (never a silently dropped line).
std::optional<TableRead> read_breakdown(const Grid& sheet);

}  // namespace duban
