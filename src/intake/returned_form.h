// A progress form (judge/form.h) as it comes back from an office: its stamp and the rows the
// office filled in, each value read the way people type it (model/typed_input.h).
#pragma once

#include <string>
#include <vector>

#include "judge/form.h"
#include "judge/mark.h"

namespace duban {

struct ReturnedRow {
    int task_id = 0;
    std::string place;  // where the row is, for messages: 报送表!第7行
    // The row's values in mark's terms: progress a whole number, status a keyword or empty,
    // date YYYY-MM-DD or empty (then the day of collecting).
    MarkRequest request;
};

struct ReturnedForm {
    std::string file;
    FormStamp stamp;
    std::vector<ReturnedRow> rows;  // rows with something filled in, in the order of the sheet
    std::vector<int> blank;         // tasks whose row is there but left empty, in sheet order
};

// Reads the returned form at `path`: an .xlsx (sheet 报送表 and the hidden 表单信息) or, for any
// other name, the CSV `duban forms --format csv` writes, in UTF-8, GBK or UTF-16. Dates without
// a year fall in `year`. Throws Error (data) naming the file and the cell, in words, for a value
// that cannot be read (`报送表!G7: 本期进度应为0到100的整数，不是“六成”`), a missing header or
// stamp, or a row whose 序号 is not a task number or appears twice.
ReturnedForm read_returned_form(const std::string& path, int year);

}  // namespace duban
