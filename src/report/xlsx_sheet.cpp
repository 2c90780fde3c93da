#include "report/xlsx_sheet.h"

#if DUBAN_HAVE_XLSX

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "model/error.h"
#include "report/xlsx_kit.h"
#include "store/atomic_file.h"
#include "text/i18n.h"
#include "text/width.h"

namespace duban::xlsx {

namespace {

Cell make(Cell::Kind kind, std::string text = "", double number = 0) {
    Cell c;
    c.kind = kind;
    c.text = std::move(text);
    c.number = number;
    return c;
}
}  // namespace

Cell text(std::string s) {
    return make(Cell::Text, std::move(s));
}
Cell label(std::string_view s) {
    return make(Cell::Label, std::string(s));
}
Cell number(int n) {
    return make(Cell::Number, "", n);
}
Cell percent(int p) {
    return make(Cell::Percent, "", p / 100.0);
}
Cell day(Date d) {
    Cell c = make(Cell::Day);
    c.date = d;
    return c;
}
Cell lamp(Light l) {
    Cell c = make(Cell::Lamp, std::string(light_label(l)));
    c.light = l;
    return c;
}

std::string sheet_name(std::string_view wanted, std::vector<std::string>& taken) {
    std::string name = text::truncate(wanted, 31, "");
    for (char& c : name)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
    if (name.empty()) name = "Sheet";
    std::string unique = name;
    for (int n = 2; std::find(taken.begin(), taken.end(), unique) != taken.end(); ++n) {
        const std::string suffix = fmt::format("({})", n);
        unique = text::truncate(name, 31 - static_cast<int>(suffix.size()), "") + suffix;
    }
    taken.push_back(unique);
    return unique;
}

namespace {

// What the cell shows, for measuring its width.
std::string shown(const Cell& c) {
    switch (c.kind) {
        case Cell::Number:
            return fmt::format("{}", c.number);
        case Cell::Percent:
            return fmt::format("{}%", std::lround(c.number * 100));
        case Cell::Day:
            return c.date.str();
        default:
            return c.text;
    }
}

// The longest line in the column (header included) plus a margin, but no more than its cap.
double column_width(const Sheet& s, size_t col) {
    int widest = text::display_width(s.columns[col].header);
    for (const auto& row : s.rows) widest = std::max(widest, widest_line(shown(row[col])));
    return std::min(widest + 2, s.columns[col].cap);
}

// The rest of this file talks to libxlsxwriter.

// Excel's limit on the text of one cell. libxlsxwriter would refuse such a cell with a warning
// of its own on stderr; saying which task it is helps more.
void check_length(const Sheet& s, const std::vector<Cell>& row, const std::string& path) {
    constexpr size_t kMaxChars = 32767;
    for (size_t c = 0; c < row.size(); ++c) {
        const std::string& t = row[c].text;
        size_t chars = std::count_if(t.begin(), t.end(), [](char b) { return (b & 0xC0) != 0x80; });
        if (chars > kMaxChars)
            fail(path, tr(N_("{0} of task {1} on sheet {2} has {3} characters; Excel holds at "
                             "most {4}"),
                          s.columns[c].header, shown(row[0]), s.name, chars, kMaxChars));
    }
}

struct Formats {
    lxw_format* title;
    lxw_format* header;
    lxw_format* text;
    lxw_format* label;
    lxw_format* percent;
    lxw_format* day;
    lxw_format* lamp[4];  // indexed by Light: done, green, yellow, red
};

// Each light in Excel's standard colours, so that filtering by colour offers them by their
// usual names; white text where the fill is dark. The label in the cell carries the light when
// the sheet is printed in black and white.
lxw_format* lamp_format(lxw_workbook* wb, lxw_color_t fill, lxw_color_t font) {
    lxw_format* f = body_format(wb, LXW_ALIGN_CENTER);
    format_set_pattern(f, LXW_PATTERN_SOLID);
    format_set_bg_color(f, fill);
    format_set_font_color(f, font);
    format_set_bold(f);
    return f;
}

Formats add_formats(lxw_workbook* wb) {
    Formats f{};
    f.title = title_format(wb);
    f.header = header_format(wb);
    f.text = body_format(wb, LXW_ALIGN_LEFT);
    f.label = body_format(wb, LXW_ALIGN_CENTER);
    f.percent = body_format(wb, LXW_ALIGN_CENTER);
    format_set_num_format(f.percent, "0%");
    f.day = body_format(wb, LXW_ALIGN_CENTER);
    format_set_num_format(f.day, "yyyy-mm-dd");
    f.lamp[static_cast<int>(Light::Done)] = lamp_format(wb, 0xBFBFBF, LXW_COLOR_BLACK);
    f.lamp[static_cast<int>(Light::Green)] = lamp_format(wb, 0x00B050, LXW_COLOR_WHITE);
    f.lamp[static_cast<int>(Light::Yellow)] = lamp_format(wb, 0xFFFF00, LXW_COLOR_BLACK);
    f.lamp[static_cast<int>(Light::Red)] = lamp_format(wb, 0xFF0000, LXW_COLOR_WHITE);
    return f;
}

lxw_error write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const Cell& cell,
                     const Formats& f) {
    switch (cell.kind) {
        case Cell::Text:
            return worksheet_write_string(ws, r, c, cell.text.c_str(), f.text);
        case Cell::Label:
            return worksheet_write_string(ws, r, c, cell.text.c_str(), f.label);
        case Cell::Number:
            return worksheet_write_number(ws, r, c, cell.number, f.label);
        case Cell::Percent:
            return worksheet_write_number(ws, r, c, cell.number, f.percent);
        case Cell::Day: {
            lxw_datetime dt{cell.date.year, cell.date.month, cell.date.day, 0, 0, 0};
            return worksheet_write_datetime(ws, r, c, &dt, f.day);
        }
        case Cell::Lamp:
            return worksheet_write_string(ws, r, c, cell.text.c_str(),
                                          f.lamp[static_cast<int>(cell.light)]);
    }
    return LXW_NO_ERROR;
}

// Every row is given the height its wrapped text needs (row_height_for), estimated from display
// width: LibreOffice prints rows without a height one line high, the text running over the rows
// below.
void write_sheet(lxw_workbook* wb, const Formats& f, const Sheet& s, const std::string& path) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    if (!ws) fail(path, tr(N_("cannot add sheet {0}"), s.name));
    const auto last = static_cast<lxw_col_t>(s.columns.size() - 1);
    check(worksheet_merge_range(ws, 0, 0, 0, last, s.title.c_str(), f.title), path);
    check(worksheet_set_row(ws, 0, 30, nullptr), path);
    std::vector<double> widths;
    for (lxw_col_t c = 0; c <= last; ++c) {
        widths.push_back(column_width(s, c));
        check(worksheet_write_string(ws, 1, c, s.columns[c].header, f.header), path);
        check(worksheet_set_column(ws, c, c, widths.back(), nullptr), path);
    }
    int header_lines = 1;
    for (lxw_col_t c = 0; c <= last; ++c)
        header_lines = std::max(header_lines, wrapped_lines(s.columns[c].header, widths[c]));
    check(worksheet_set_row(ws, 1, row_height_for(header_lines), nullptr), path);
    for (size_t r = 0; r < s.rows.size(); ++r) {
        check_length(s, s.rows[r], path);
        const auto row = static_cast<lxw_row_t>(r + 2);
        int lines = 1;
        for (lxw_col_t c = 0; c <= last; ++c) {
            check(write_cell(ws, row, c, s.rows[r][c], f), path);
            lines = std::max(lines, wrapped_lines(shown(s.rows[r][c]), widths[c]));
        }
        check(worksheet_set_row(ws, row, row_height_for(lines), nullptr), path);
    }
    worksheet_freeze_panes(ws, 2, 0);
    check(worksheet_autofilter(ws, 1, 0, static_cast<lxw_row_t>(1 + s.rows.size()), last), path);
    set_print(ws, 0, 1, widths, static_cast<lxw_col_t>(s.keep_columns), path);
}

}  // namespace

void write_book(const std::vector<Sheet>& sheets, const std::string& company, Date as_of,
                const std::string& path) {
    if (sheets.empty()) fail(path, _("it has no sheet"));
    // libxlsxwriter opens the file by name; it writes into the temporary file, which is then
    // flushed and renamed into place.
    TempFile temp(path);
    WorkbookPtr wb(workbook_new(temp.name().c_str()));
    if (!wb) fail(path, _("out of memory"));
    set_properties(wb.get(), sheets.front().title, company, as_of, path);
    const Formats formats = add_formats(wb.get());
    for (const Sheet& s : sheets) write_sheet(wb.get(), formats, s, path);
    check(workbook_close(wb.release()), path);
    temp.commit();
}

}  // namespace duban::xlsx

#endif
