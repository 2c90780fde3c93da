// What every workbook duban writes with libxlsxwriter shares: errors that name the file, the
// bordered cell formats, print setup, column widths from display width and fixed document
// properties, so that the ledger and the progress forms look and behave alike.
#pragma once

#if DUBAN_HAVE_XLSX

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "report/xlsxwriter_library.h"

namespace duban::xlsx {

// Throws Error "<path>: cannot write the workbook: <why>; the file is unchanged", in the
// reader's language (`why` comes translated, or from libxlsxwriter).
[[noreturn]] void fail(const std::string& path, std::string_view why);
// Throws through fail() when libxlsxwriter reports an error.
void check(lxw_error e, const std::string& path);

// Closes the workbook, which also frees it, if an error leaves it open half-way; what it writes
// then goes into the temporary file, which is removed.
struct CloseWorkbook {
    void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, CloseWorkbook>;

// A thin-bordered, vertically centred, wrapping format aligned `align`.
lxw_format* body_format(lxw_workbook* wb, uint8_t align);
// Bold, 16 points, centred: a sheet's title.
lxw_format* title_format(lxw_workbook* wb);
// A table's header row: a body_format, centred and bold on light blue, the same in every
// workbook duban writes.
lxw_format* header_format(lxw_workbook* wb);

// The smallest print scale, in percent, at which a sheet is still read comfortably on paper.
constexpr int kMinPrintScale = 70;

// The scale, in percent (at most 100), at which columns `widths` wide (in Excel's character
// units, as worksheet_set_column takes them) fill the printable width of an A4 landscape page
// with set_print's margins: what Excel and LibreOffice pick when the sheet is fitted to one page
// wide. A column of width w takes round(7w) + 5 pixels at 96 dpi (Calibri 11, the default font).
int fit_width_scale(const std::vector<double>& widths);

// A4 landscape, margins 1 cm left and right and 1.5 cm top and bottom, centred, `first_row` to
// `last_row` repeated on every page, page numbers in the footer. When the columns `widths` fit
// one page wide at kMinPrintScale or more (fit_width_scale), the sheet is fitted to one page
// wide (as many pages tall as needed); otherwise it prints at kMinPrintScale, its columns split
// across pages, with the first `keep_columns` columns repeated on each so every page says which
// task a row is.
void set_print(lxw_worksheet* ws, lxw_row_t first_row, lxw_row_t last_row,
               const std::vector<double>& widths, lxw_col_t keep_columns, const std::string& path);

// The display width of the widest line of `text` (a Chinese character counts two, as Excel's
// column units roughly do).
int widest_line(std::string_view text);

// Lines `text` takes in a column `width` units wide, wrapped: each of its lines, at least one.
int wrapped_lines(std::string_view text, double width);
// The height in points of a row of `lines` lines of the default font, with a little air.
// Rows are given their height: spreadsheet programs size rows without one differently
// (LibreOffice not at all when it prints a file it has not laid out), and a print whose wrapped
// text overlaps the next row is no use.
double row_height_for(int lines);

// Title and company, and the creation time from `as_of` rather than the clock: libxlsxwriter
// dates the zip entries 1980-01-01, so with this the same input gives the same bytes.
void set_properties(lxw_workbook* wb, const std::string& title, const std::string& company,
                    Date as_of, const std::string& path);

}  // namespace duban::xlsx

#endif
