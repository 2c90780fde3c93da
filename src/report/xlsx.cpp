#include "report/xlsx.h"

#include "model/error.h"
#include "report/ledger.h"

#if DUBAN_HAVE_XLSX

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "judge/form.h"
#include "judge/pace.h"
#include "report/xlsx_kit.h"
#include "store/atomic_file.h"
#include "text/width.h"

namespace duban {

namespace {

using namespace xlsx;

// A cell's value and how it shows: the kind picks its number format and alignment.
struct Cell {
    enum Kind { Text, Label, Number, Percent, Day, Lamp } kind = Text;
    std::string text;   // Text and Label; a Lamp's label
    double number = 0;  // Number; a Percent as a fraction, 0.55 for 55%
    Date date;          // Day
    Light light = Light::Green;
};

Cell make(Cell::Kind kind, std::string text = "", double number = 0) {
    Cell c;
    c.kind = kind;
    c.text = std::move(text);
    c.number = number;
    return c;
}
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

using Column = LedgerColumn;

struct Sheet {
    std::string name;
    std::string title;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
};

const std::vector<Column> kUpdateColumns = {
    {"序号", 6},      {"重点工作任务", 40}, {"日期", 12},     {"进度", 8},    {"状态", 8},
    {"本期进展", 40}, {"存在问题", 40},     {"下步计划", 40}, {"报送人", 14}, {"佐证材料", 30}};

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    return fmt::format("{}", fmt::join(items, sep));
}

// The title row: 〈plan title〉台账（截至2021年7月15日）.
std::string sheet_title(const Plan& plan, std::string_view what, Date as_of) {
    return fmt::format("{}{}（截至{}年{}月{}日）", plan.title.empty() ? "重点工作任务" : plan.title,
                       what, as_of.year, as_of.month, as_of.day);
}

std::vector<Cell> ledger_row(const Plan& plan, const Task& t, Date as_of) {
    const Judgement j = judge(plan, t, as_of);
    const Update* u = j.state.latest;
    return {number(t.id),
            label(t.category),
            text(t.title),
            text(join(t.leaders, "、")),
            text(t.office),
            text(join(t.partners, "、")),
            text(time_nodes_text(plan, t)),
            text(u ? u->note : ""),
            text(u ? u->problems : ""),
            text(u ? u->next : ""),
            percent(j.state.progress),
            percent(j.expected),
            label(status_label(j.state.status)),
            lamp(j.light),
            text(j.reason)};
}

Sheet ledger_sheet(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of) {
    Sheet s{"重点工作任务台账", sheet_title(plan, "台账", as_of), ledger_columns(), {}};
    for (const Task* t : tasks) s.rows.push_back(ledger_row(plan, *t, as_of));
    return s;
}

// Updates dated after `as_of` are left out, as they are on the ledger sheet: both sheets show
// the plan as it stood on that day.
Sheet updates_sheet(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of) {
    Sheet s{"进展记录", sheet_title(plan, "进展记录", as_of), kUpdateColumns, {}};
    for (const Task* t : tasks) {
        std::vector<const Update*> updates;
        for (const Update& u : t->updates)
            if (u.date <= as_of) updates.push_back(&u);
        std::stable_sort(updates.begin(), updates.end(),
                         [](const Update* a, const Update* b) { return a->date < b->date; });
        for (const Update* u : updates)
            s.rows.push_back({number(t->id), text(t->title), day(u->date), percent(u->progress),
                              label(status_label(u->status)), text(u->note), text(u->problems),
                              text(u->next), text(u->by), text(join(u->evidence, "\n"))});
    }
    return s;
}

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
            fail(path, "cannot write the workbook",
                 fmt::format("{} of task {} on sheet {} has {} characters; Excel holds at most {}",
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
    f.header = body_format(wb, LXW_ALIGN_CENTER);
    format_set_bold(f.header);
    format_set_pattern(f.header, LXW_PATTERN_SOLID);
    format_set_bg_color(f.header, 0xD9E1F2);
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

// Data rows are given no height: Excel sizes a row without one to its wrapped text when it
// opens the file (libxlsxwriter's documentation of format_set_text_wrap), by the fonts it has,
// which an estimate from display width cannot know.
void write_sheet(lxw_workbook* wb, const Formats& f, const Sheet& s, const std::string& path) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    if (!ws) fail(path, "cannot write the workbook", "cannot add sheet " + s.name);
    const auto last = static_cast<lxw_col_t>(s.columns.size() - 1);
    check(worksheet_merge_range(ws, 0, 0, 0, last, s.title.c_str(), f.title), path);
    check(worksheet_set_row(ws, 0, 30, nullptr), path);
    for (lxw_col_t c = 0; c <= last; ++c) {
        check(worksheet_write_string(ws, 1, c, s.columns[c].header, f.header), path);
        check(worksheet_set_column(ws, c, c, column_width(s, c), nullptr), path);
    }
    for (size_t r = 0; r < s.rows.size(); ++r) {
        check_length(s, s.rows[r], path);
        for (lxw_col_t c = 0; c <= last; ++c)
            check(write_cell(ws, static_cast<lxw_row_t>(r + 2), c, s.rows[r][c], f), path);
    }
    worksheet_freeze_panes(ws, 2, 0);
    check(worksheet_autofilter(ws, 1, 0, static_cast<lxw_row_t>(1 + s.rows.size()), last), path);
    set_print(ws, 0, 1, path);
}

}  // namespace

bool xlsx_available() {
    return true;
}

void write_ledger_xlsx(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of,
                       const std::string& path) {
    const Sheet ledger = ledger_sheet(plan, tasks, as_of);
    const Sheet updates = updates_sheet(plan, tasks, as_of);
    // libxlsxwriter opens the file by name; it writes into the temporary file, which is then
    // flushed and renamed into place.
    TempFile temp(path);
    WorkbookPtr wb(workbook_new(temp.name().c_str()), workbook_close);
    if (!wb) fail(path, "cannot write the workbook", "out of memory");
    set_properties(wb.get(), ledger.title, plan.issuer, as_of, path);
    const Formats formats = add_formats(wb.get());
    write_sheet(wb.get(), formats, ledger, path);
    write_sheet(wb.get(), formats, updates, path);
    check(workbook_close(wb.release()), path);
    temp.commit();
}

}  // namespace duban

#else  // built without libxlsxwriter

namespace duban {

bool xlsx_available() {
    return false;
}

void write_ledger_xlsx(const Plan&, const std::vector<const Task*>&, Date,
                       const std::string& path) {
    throw Error(path +
                ": cannot write xlsx: this duban was built without libxlsxwriter "
                "(install libxlsxwriter-dev and rebuild)");
}

}  // namespace duban

#endif
