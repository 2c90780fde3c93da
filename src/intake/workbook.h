// Reading .xlsx workbooks as Excel and WPS save them: sheets as grids of cells with the text a
// person sees, numbers, dates, merged ranges and the workbook's custom properties.
//
// The container is opened with libzip and each part is parsed with pugixml; this file only knows
// which parts SpreadsheetML has and what their elements mean (ECMA-376 part 1, §18).
#pragma once

#include "model/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace duban {

struct WorkbookCell {
    int row = 0;     // 1-based
    int column = 0;  // 1-based (A = 1)
    // What a person reads in the cell: shared or inline strings with rich-text runs joined;
    // numbers in the shortest form that reads back exactly ("60", "0.25"), "60%" for a number
    // shown as a percentage, YYYY-MM-DD for a date, TRUE/FALSE, or the error text (#N/A).
    std::string text;
    std::optional<double> number;  // set when the cell holds a number (dates and percents too)
    bool is_date = false;          // the number is a date by the cell's number format
    bool is_percent = false;       // the cell's number format shows the number as a percentage
    std::optional<Date> date;      // the calendar day of a date cell (time of day dropped)

    // The cell's A1 reference, e.g. "F7".
    std::string ref() const;
};

// A rectangle of cells merged into one, 1-based and inclusive.
struct CellRange {
    int first_row = 0;
    int first_column = 0;
    int last_row = 0;
    int last_column = 0;
    bool contains(int row, int column) const {
        return row >= first_row && row <= last_row && column >= first_column &&
               column <= last_column;
    }
};

enum class SheetState { visible, hidden, very_hidden };

struct Sheet {
    std::string name;
    SheetState state = SheetState::visible;
    std::vector<WorkbookCell> cells;  // cells with content, ordered by row then column
    std::vector<CellRange> merged;
    int row_count = 0;     // the last row holding a cell with content; 0 for an empty sheet
    int column_count = 0;  // the last column holding a cell with content

    // The cell at (row, column), or nullptr when it is empty.
    const WorkbookCell* at(int row, int column) const;
    // The text at (row, column); inside a merged range, the text of the range's first cell.
    std::string text(int row, int column) const;
    // Every row from 1 to row_count as texts, columns 1 to column_count (merged cells not
    // spread). Throws Error when the grid would be unreasonably large for a table.
    std::vector<std::vector<std::string>> text_grid() const;
};

struct Workbook {
    std::string file;           // the name messages use
    std::vector<Sheet> sheets;  // in the order the workbook lists them
    bool date1904 = false;
    // docProps/custom.xml, name → value as text, in document order.
    std::vector<std::pair<std::string, std::string>> custom_properties;

    const Sheet* sheet(std::string_view name) const;
    // The value of custom property `name`, or nullopt.
    std::optional<std::string> custom_property(std::string_view name) const;
};

// Reads the .xlsx at `path`. Throws Error naming the file (and the part, or sheet!cell) when it
// is not a readable .xlsx: not a zip, no xl/workbook.xml, a part that is not well-formed XML, a
// part too large to be a table, a cell reference out of range.
Workbook read_workbook(const std::string& path);

// The same, from the file's bytes; `file` is the name messages use.
Workbook read_workbook_bytes(const std::string& bytes, const std::string& file);

// "F7" for (7, 6). Columns past Z are AA…XFD.
std::string cell_ref(int row, int column);

// Parses an A1 reference ("F7", "$F$7"); nullopt when it is not one or is outside Excel's grid
// (1048576 rows, 16384 columns).
std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref);

// Whether number format `code` (a custom format code such as "yyyy/m/d" or "[$-804]yyyy\"年\"m
// \"月\"d\"日\"") shows a date: it has y, m or d outside quotes, brackets and escapes.
bool is_date_format(std::string_view code);
// Whether number format `code` shows the number as a percentage (a % outside quotes).
bool is_percent_format(std::string_view code);
// Whether built-in number format `id` is a date (14–22, 27–36, 45–47, 50–58).
bool is_builtin_date_format(int id);

// The day Excel's serial number `serial` stands for in the 1900 (with its fictitious 1900-02-29)
// or 1904 date system; nullopt outside 1900–9999.
std::optional<Date> excel_serial_date(double serial, bool date1904);

}  // namespace duban
