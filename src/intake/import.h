// The official table (重点工作任务分解表) into a Plan: the notice's text as copied out of Word or
// WPS with the table in it as tab-separated rows, or the table saved as CSV.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "intake/names.h"
#include "model/plan.h"

namespace duban {

// What the user says about the source; each non-empty field overrides what the notice says.
struct ImportOptions {
    std::string title;     // the plan's title, e.g. “富美教育”2021年度重点工作任务
    std::string issuer;    // e.g. 华容县教育体育局
    std::string document;  // the notice's number, e.g. 华教体发〔2021〕2号
    std::optional<int> year;  // the plan runs from 1 January to 31 December of it
    std::string encoding;     // an iconv name; "" detects (see to_utf8)
};

// Reads the table in `bytes` (any encoding to_utf8 detects or `opts.encoding` names) and
// returns its tasks in table order, with the plan's title, issuer, document and year taken
// from the notice around it.
//
// The header row is the first with separate cells holding 序号, 任务 and 领导 (padding
// ignored); columns are found by their header (类别, 序号, 重点工作任务, 责任领导, 责任股室,
// 协办股室（单位）), so their order may differ and 类别 and 协办 may be absent. Rows are
// tab-separated, or comma-separated when the file is *.csv or the header line has commas and no
// tabs; quoted cells are read as Excel writes them. Blank rows are skipped; a line with no
// separator ends the table. An empty 类别 cell carries the category above it down (padding
// inside a category is removed); task text is kept as written but for the whitespace around it.
// Leaders and partners go through split_names; so does the lead office, whose names are joined
// by 、 when a cell names more than one, so that nothing is merged or dropped unseen.
//
// Throws Error "file:line:column: ..." at a 序号 that is empty, not a number or repeated, an
// empty task text, or a cell beyond the header's columns; "file:line: ..." for a row with too
// few cells or a header with no rows under it; "file: ..." when there is no header row or no
// year can be found (the message asks for --year); and to_utf8's errors for undecodable text.
Plan import_table(std::string_view bytes, const std::string& filename, const ImportOptions& opts);

// The comment that heads a tasks.yaml made by import: where its data comes from and how to keep
// it. Depends only on the plan's issuer, document and title, so running import again gives the
// same text.
std::string import_header_comment(const Plan& plan);

}  // namespace duban
