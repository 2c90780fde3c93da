// Writing a progress form (进展报送表, judge/form.h) for an office to fill in: as an .xlsx
// workbook for Excel and WPS, or as CSV for offices that only have a text editor.
#pragma once

#include <string>

#include "judge/form.h"

namespace duban {

// Writes `form` as a workbook at `path`, replacing it atomically. Sheet 报送表: the heading
// (title, round and deadline, instruction), a header row, the tasks the office leads, then a
// titled block of the tasks it supports (read only). The pre-filled cells are locked and the
// sheet protected without a password; the fill-in cells are not locked and carry data
// validation (本期进度 a whole number 0–100, 状态 a list, 填报日期 a date). A4 landscape, one
// page wide, the header row on every page. A hidden sheet 表单信息 holds form_stamp_rows(), and
// the custom properties duban.form, duban.document, duban.office and duban.round repeat the
// essentials. The same form gives the same bytes. Throws Error naming `path` on failure, and
// when this build lacks libxlsxwriter.
void write_form_xlsx(const Form& form, const std::string& path);

// The form as CSV (UTF-8 with a BOM so Excel reads it as such, CRLF line ends): the heading
// lines, the header row with one more column 校验码, the rows, then a blank line and the stamp
// rows.
std::string form_csv(const Form& form);

}  // namespace duban
