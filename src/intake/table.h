// Reading a breakdown table's rows as tasks, whatever its columns and however it was copied.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "intake/columns.h"
#include "intake/grid.h"
#include "model/plan.h"

namespace duban {

// What became of the table's rows, for the summary import prints.
struct TableSummary {
    std::vector<std::pair<std::string, std::string>> columns;  // header cell → field keyword
    std::vector<std::string> extra;                            // columns kept under `extra:`
    int header_rows = 0;         // the header, and its repeats after page breaks
    int section_rows = 0;        // rows that set the category (一、…); empty sections included
    int task_rows = 0;           // rows that became tasks, sub-tasks included
    int sub_tasks = 0;           // rows with an empty 序号 under a numbered row
    int continuation_lines = 0;  // lines that continued a cell of several lines
    int lines_after = 0;         // lines after the last task (落款, 抄送)
};

struct TableRead {
    std::vector<Task> tasks;  // due_text holds the deadline cell; due is set once the year is known
    std::vector<std::string> categories;
    std::vector<std::string> prose;  // the notice's text before the table, one entry a line
    TableSummary summary;
};

// Finds the header row (the first whose cells name the task text and the lead unit, see
// map_columns) and reads every row under it; nullopt when there is no header row.
//
// Every non-blank row is accounted for: a header (repeated after a page break), a section row
// (one cell: 一、… or （一）…, or a cell merged across the row) that sets the category of the
// tasks under it, a task, or, for text copied from Word, the continuation of a cell of several
// lines. An empty cell takes the value above it in the category, task text, leaders and lead
// columns (Word and Excel leave merged cells empty), and in every column when the sheet knows
// the cell is merged. A row whose 序号 is empty under a numbered row is a sub-task: its own
// task, numbered 100 × its parent's number + its place (3 → 301, 302), so that nothing is
// lost and the parent stays visible in the number. Without a 序号 column, numbers at the start
// of the task text are the ids; with none, tasks are numbered in order.
//
// Throws Error "file:where: ..." (where as the sheet names cells) at an id that is not a
// number or repeats, a task with no text or no lead unit, a cell beyond the header, a row with
// too few cells, or a sub-task with no numbered row above it.
std::optional<TableRead> read_table(const Grid& sheet,
                                    const std::vector<ColumnOverride>& overrides);

// Whether some row of `sheet` is a task header: which worksheet of a workbook to read.
bool read_table_header(const Grid& sheet, const std::vector<ColumnOverride>& overrides);

}  // namespace duban
