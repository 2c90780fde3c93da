// What every workbook duban writes with libxlsxwriter shares: errors that name the file, the
// bordered cell formats, print setup, column widths from display width and fixed document
// properties, so that the ledger and the progress forms look and behave alike.
#pragma once

#if DUBAN_HAVE_XLSX

#include <xlsxwriter.h>

#include <memory>
#include <string>
#include <string_view>

#include "model/date.h"

namespace duban::xlsx {

// Throws Error "<path>: <what>: <why>; the file is unchanged".
[[noreturn]] void fail(const std::string& path, std::string_view what, std::string_view why);
// Throws through fail() when libxlsxwriter reports an error.
void check(lxw_error e, const std::string& path);

// Closes the workbook, which also frees it, if an error leaves it open half-way; what it writes
// then goes into the temporary file, which is removed.
using WorkbookPtr = std::unique_ptr<lxw_workbook, lxw_error (*)(lxw_workbook*)>;

// A thin-bordered, vertically centred, wrapping format aligned `align`.
lxw_format* body_format(lxw_workbook* wb, uint8_t align);
// Bold, 16 points, centred: a sheet's title.
lxw_format* title_format(lxw_workbook* wb);

// A4 landscape, one page wide, `first_row` to `last_row` repeated on every page, page numbers in
// the footer.
void set_print(lxw_worksheet* ws, lxw_row_t first_row, lxw_row_t last_row, const std::string& path);

// The display width of the widest line of `text` (a Chinese character counts two, as Excel's
// column units roughly do).
int widest_line(std::string_view text);

// Title and company, and the creation time from `as_of` rather than the clock: libxlsxwriter
// dates the zip entries 1980-01-01, so with this the same input gives the same bytes.
void set_properties(lxw_workbook* wb, const std::string& title, const std::string& company,
                    Date as_of, const std::string& path);

}  // namespace duban::xlsx

#endif
