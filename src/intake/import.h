// The official table (重点工作任务分解表) into a Plan, from whatever file a bureau sends: the
// notice's text copied out of Word or WPS (tab-separated), CSV, .docx, .xlsx or .xls, or a
// breakdown written as lines of text with the units after each task.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "intake/columns.h"
#include "intake/table.h"
#include "model/plan.h"

namespace duban {

// What the user says about the source; each non-empty field overrides what the notice says.
struct ImportOptions {
    std::string title;     // the plan's title, e.g. “富美教育”2021年度重点工作任务
    std::string issuer;    // e.g. 华容县教育体育局
    std::string document;  // the notice's number, e.g. 华教体发〔2021〕2号
    std::optional<int> year;              // the plan runs from 1 January to 31 December of it
    std::string encoding;                 // an iconv name; "" detects (see to_utf8)
    std::vector<ColumnOverride> columns;  // --map: how to read a column, over the guess
};

struct Imported {
    Plan plan;
    TableSummary summary;
    std::string form;  // what was read: "table", "breakdown" (lines with units in brackets)
};

// Reads `bytes` as the file `filename` names it: .docx (the tables of word/document.xml),
// .xlsx and .xls (the first sheet with a task header), else text in any encoding to_utf8
// detects or `opts.encoding` names. A .doc, .wps or .et file is refused with a hint to save
// it as .docx or .xlsx. The table is read by read_table; a text with no table is read as a
// breakdown (read_breakdown). The plan's title, issuer, document and year come from the
// notice around the table unless `opts` gives them; deadline cells become due, milestones and
// ongoing in that year (read_deadline).
//
// Throws Error naming the file and the place (file:line:column, sheet!cell, 表1 第3行第2列)
// of anything it cannot account for; "file: ..." when there is no table or no year (the
// message asks for --year).
Imported import_file(std::string_view bytes, const std::string& filename,
                     const ImportOptions& opts);

// import_file's plan alone.
Plan import_table(std::string_view bytes, const std::string& filename, const ImportOptions& opts);

// The comment that heads a tasks.yaml made by import: where its data comes from and how to keep
// it. Depends only on the plan's issuer, document and title, so running import again gives the
// same text.
std::string import_header_comment(const Plan& plan);

// The summary import prints on standard error: the column mapping (列 → 字段), what the rows
// became, and the columns kept as extra fields.
std::string import_summary(const Imported& imported);

}  // namespace duban
