// Tasks as delimited text and Markdown, for scripts, spreadsheets and pull requests.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace duban {

// A cell a spreadsheet will not run as a formula (CSV injection, as OWASP advises): text that
// starts with = + - @, a tab or a carriage return gets a ' in front, which Excel, WPS and
// LibreOffice show as text. A plain number ("-3", "-2.5") is left alone and stays a number.
std::string spreadsheet_safe(std::string_view text);

// One field as RFC 4180 CSV, made spreadsheet_safe: quoted when it holds a comma, quote, CR or
// LF.
std::string csv_field(std::string_view text);
// One field as Markdown table cell text: < > & as HTML entities (Markdown passes HTML through,
// so a <script> in a note must not reach a browser as a tag), pipes escaped, line breaks as
// <br>.
std::string md_cell(std::string_view text);

// A header line (the schema's key names) and one line per task: id, category, title, leaders,
// office, partners, due, status, progress, expected, light; status and progress as they stood
// on `as_of`, expected progress and the light judged then. Lists are joined with 、. `tsv`
// writes tabs and replaces tabs and line breaks inside fields with spaces; otherwise CSV. CRLF
// line endings for CSV, as RFC 4180 and Excel expect.
std::string tasks_delimited(const Plan& plan, const std::vector<const Task*>& tasks, bool tsv,
                            Date as_of);

// A Markdown table with Chinese headers, one row per task, judged as of `as_of` like
// tasks_delimited, with 序时进度 and 预警 columns.
std::string tasks_markdown(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of);

// Names joined the way Chinese documents list them: 何军、戴方栋.
std::string join_names(const std::vector<std::string>& names);

}  // namespace duban
