// One table of a report workbook, and the writer that puts tables into a workbook: a title row
// merged across the table, a bordered header row, one row of cells per record, laid out for
// screen (frozen header, autofilter) and for A4 (xlsx_kit.h's set_print). The ledger, the
// leader and office sheets and the scorecard are all such tables (report/xlsx.h).
#pragma once

#if DUBAN_HAVE_XLSX

#include <string>
#include <string_view>
#include <vector>

#include "judge/pace.h"
#include "model/date.h"
#include "report/ledger.h"

namespace duban::xlsx {

// A cell's value and how it shows: the kind picks its number format and alignment.
struct Cell {
    enum Kind { Text, Label, Number, Percent, Day, Lamp } kind = Text;
    std::string text;   // Text and Label; a Lamp's label
    double number = 0;  // Number; a Percent as a fraction, 0.55 for 55%
    Date date;          // Day
    Light light = Light::Green;
};

Cell text(std::string s);        // left-aligned, wrapping text
Cell label(std::string_view s);  // a short centred word (类别, 状态)
Cell number(int n);
Cell percent(int p);  // 55 is shown 55% and stored 0.55
Cell day(Date d);     // an Excel date shown yyyy-mm-dd
Cell lamp(Light l);   // the light's label on a cell filled with its colour

struct Sheet {
    std::string name;   // the tab: at most 31 characters, unique (sheet_name)
    std::string title;  // row 1, merged across the table
    std::vector<LedgerColumn> columns;
    std::vector<std::vector<Cell>> rows;  // each as many cells as columns
    int keep_columns = 1;  // repeated on every page when the columns do not fit one page wide
};

// `wanted` as a sheet name Excel accepts: cut to 31 characters, []:*?/\ replaced by _, and
// made unique among `taken` with (2), (3)…; the name is added to `taken`.
std::string sheet_name(std::string_view wanted, std::vector<std::string>& taken);

// Writes `sheets`, in order, as the workbook `path`: the document's title is the first sheet's
// title, its company `company` and its creation time `as_of`, so the same sheets give the same
// bytes. Written under a temporary name and renamed over `path`; on failure `path` is untouched
// and Error names it. Throws when there are no sheets.
void write_book(const std::vector<Sheet>& sheets, const std::string& company, Date as_of,
                const std::string& path);

}  // namespace duban::xlsx

#endif
