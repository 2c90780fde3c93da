#include "report/form_writer.h"

#include "model/error.h"
#include "text/i18n.h"

#if DUBAN_HAVE_XLSX

#include <fmt/format.h>

#include <algorithm>

#include "report/xlsx_kit.h"
#include "store/atomic_file.h"
#include "text/width.h"

namespace duban {

namespace {

using namespace xlsx;

constexpr lxw_row_t kHeaderRow = 3;  // 0-based: title, subtitle, instruction, then the header
constexpr lxw_col_t kLastColumn = kFormColumns - 1;
constexpr lxw_color_t kPrefilled = 0xF2F2F2;  // light grey: not for filling in

struct Formats {
    lxw_format* title;
    lxw_format* subtitle;
    lxw_format* instruction;
    lxw_format* header;
    lxw_format* fixed_text;    // pre-filled, locked
    lxw_format* fixed_centre;  // pre-filled, locked, centred
    lxw_format* fill_text;     // to fill in, unlocked
    lxw_format* fill_centre;
    lxw_format* fill_number;
    lxw_format* fill_date;
    lxw_format* block;  // the title of the supported-tasks block
};

lxw_format* fixed(lxw_workbook* wb, uint8_t align) {
    lxw_format* f = body_format(wb, align);
    format_set_pattern(f, LXW_PATTERN_SOLID);
    format_set_bg_color(f, kPrefilled);
    return f;
}

lxw_format* fill(lxw_workbook* wb, uint8_t align, const char* number_format) {
    lxw_format* f = body_format(wb, align);
    format_set_unlocked(f);
    if (number_format) format_set_num_format(f, number_format);
    return f;
}

Formats add_formats(lxw_workbook* wb) {
    Formats f{};
    f.title = title_format(wb);
    f.subtitle = workbook_add_format(wb);
    format_set_align(f.subtitle, LXW_ALIGN_CENTER);
    format_set_align(f.subtitle, LXW_ALIGN_VERTICAL_CENTER);
    f.instruction = workbook_add_format(wb);
    format_set_text_wrap(f.instruction);
    format_set_align(f.instruction, LXW_ALIGN_VERTICAL_CENTER);
    format_set_font_size(f.instruction, 10);
    f.header = header_format(wb);
    f.fixed_text = fixed(wb, LXW_ALIGN_LEFT);
    f.fixed_centre = fixed(wb, LXW_ALIGN_CENTER);
    f.fill_text = fill(wb, LXW_ALIGN_LEFT, nullptr);
    f.fill_centre = fill(wb, LXW_ALIGN_CENTER, nullptr);
    f.fill_number = fill(wb, LXW_ALIGN_CENTER, "0");
    f.fill_date = fill(wb, LXW_ALIGN_CENTER, "yyyy/m/d");
    f.block = fixed(wb, LXW_ALIGN_LEFT);
    format_set_bold(f.block);
    return f;
}

// Pre-filled columns are as wide as their widest line (capped, longer text wraps); fill-in
// columns get their full cap, room for what the office writes, even on paper.
double column_width(const Form& form, size_t column) {
    const FormColumnSpec& spec = form_columns()[column];
    if (spec.fill) return spec.cap;
    int widest = 4;
    for (const FormRow& row : form.rows) widest = std::max(widest, widest_line(row.shown[column]));
    return std::min(widest + 2, spec.cap);
}

// Rows get a height from their wrapped text, at least two lines so there is room to write by
// hand on a printed form: spreadsheet programs size rows without one differently (LibreOffice
// not at all when it prints a file it has not laid out), and the print should not depend on it.
double row_height(const Form& form, const FormRow& row) {
    int lines = 2;
    for (size_t c = 0; c < row.shown.size(); ++c)
        lines = std::max(lines, wrapped_lines(row.shown[c], column_width(form, c)));
    return row_height_for(lines);
}

lxw_format* cell_format(const Formats& f, FormColumn c, bool open) {
    if (!open)
        return c == FormColumn::Id || c == FormColumn::LastProgress ? f.fixed_centre : f.fixed_text;
    switch (c) {
        case FormColumn::Progress:
            return f.fill_number;
        case FormColumn::Status:
        case FormColumn::By:
            return f.fill_centre;
        case FormColumn::Date:
            return f.fill_date;
        default:
            return f.fill_text;
    }
}

// One task's row: the pre-filled cells, then the fill-in cells, empty. Rows of supported tasks
// are locked throughout: the lead office reports them.
void write_row(lxw_worksheet* ws, lxw_row_t r, const FormRow& row, const Formats& f,
               const std::string& path) {
    for (lxw_col_t c = 0; c <= kLastColumn; ++c) {
        const auto column = form_columns()[c].column;
        const bool open = form_columns()[c].fill && row.lead;
        lxw_format* format = cell_format(f, column, open);
        if (column == FormColumn::Id)
            check(worksheet_write_number(ws, r, c, row.task_id, format), path);
        else if (c < row.shown.size())
            check(worksheet_write_string(ws, r, c, row.shown[c].c_str(), format), path);
        else
            check(worksheet_write_blank(ws, r, c, format), path);
    }
}

lxw_col_t column_of(FormColumn c) {
    return static_cast<lxw_col_t>(c);
}

// Excel's own checks on the fill-in cells of rows first..last, with messages in Chinese.
void add_validation(lxw_worksheet* ws, lxw_row_t first, lxw_row_t last, const std::string& path) {
    lxw_data_validation progress{};
    progress.validate = LXW_VALIDATION_TYPE_INTEGER;
    progress.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    progress.minimum_number = 0;
    progress.maximum_number = 100;
    progress.error_title = const_cast<char*>("本期进度");
    progress.error_message = const_cast<char*>("请填0到100的整数，如60（表示60%）。");
    const lxw_col_t p = column_of(FormColumn::Progress);
    check(worksheet_data_validation_range(ws, first, p, last, p, &progress), path);

    // libxlsxwriter copies the list; its struct merely lacks the const.
    char* words[] = {const_cast<char*>("未启动"), const_cast<char*>("推进中"),
                     const_cast<char*>("已完成"), const_cast<char*>("已销号"), nullptr};
    lxw_data_validation status{};
    status.validate = LXW_VALIDATION_TYPE_LIST;
    status.value_list = words;
    status.error_title = const_cast<char*>("状态");
    status.error_message =
        const_cast<char*>("请从下拉列表中选择：未启动、推进中、已完成、已销号。");
    const lxw_col_t s = column_of(FormColumn::Status);
    check(worksheet_data_validation_range(ws, first, s, last, s, &status), path);

    lxw_data_validation date{};
    date.validate = LXW_VALIDATION_TYPE_DATE;
    date.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    date.minimum_datetime = {2000, 1, 1, 0, 0, 0};
    date.maximum_datetime = {2099, 12, 31, 0, 0, 0};
    date.error_title = const_cast<char*>("填报日期");
    date.error_message = const_cast<char*>("请填日期，如2021/6/25。");
    const lxw_col_t d = column_of(FormColumn::Date);
    check(worksheet_data_validation_range(ws, first, d, last, d, &date), path);
}

void write_heading(lxw_worksheet* ws, const Form& form, const Formats& f, const std::string& path) {
    check(worksheet_merge_range(ws, 0, 0, 0, kLastColumn, form.title.c_str(), f.title), path);
    check(worksheet_set_row(ws, 0, 30, nullptr), path);
    check(worksheet_merge_range(ws, 1, 0, 1, kLastColumn, form.subtitle.c_str(), f.subtitle), path);
    check(worksheet_set_row(ws, 1, 20, nullptr), path);
    check(worksheet_merge_range(ws, 2, 0, 2, kLastColumn, form.instruction.c_str(), f.instruction),
          path);
    check(worksheet_set_row(ws, 2, 28, nullptr), path);
    check(worksheet_set_row(ws, kHeaderRow, 30, nullptr), path);
    for (lxw_col_t c = 0; c <= kLastColumn; ++c) {
        check(worksheet_write_string(ws, kHeaderRow, c, form_columns()[c].heading, f.header), path);
        check(worksheet_set_column(ws, c, c, column_width(form, c), nullptr), path);
    }
}

void write_form_sheet(lxw_workbook* wb, const Form& form, const Formats& f,
                      const std::string& path) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "报送表");
    if (!ws) fail(path, tr(N_("cannot add sheet {0}"), "报送表"));
    write_heading(ws, form, f, path);
    lxw_row_t r = kHeaderRow + 1;
    lxw_row_t last_lead = kHeaderRow;
    for (const FormRow& row : form.rows) {
        if (!row.lead && r == last_lead + 1) {
            check(worksheet_merge_range(ws, r, 0, r, kLastColumn,
                                        "协办任务（由牵头股室报送，本表仅供了解，请勿填写）",
                                        f.block),
                  path);
            ++r;
        }
        write_row(ws, r, row, f, path);
        check(worksheet_set_row(ws, r, row_height(form, row), nullptr), path);
        if (row.lead) last_lead = r;
        ++r;
    }
    if (last_lead > kHeaderRow) add_validation(ws, kHeaderRow + 1, last_lead, path);
    worksheet_freeze_panes(ws, kHeaderRow + 1, 2);
    lxw_protection protection{};
    protection.format_columns = 1;
    protection.format_rows = 1;
    protection.sort = 1;
    protection.autofilter = 1;
    protection.delete_rows = 1;
    worksheet_protect(ws, nullptr, &protection);
    std::vector<double> widths;
    for (size_t c = 0; c <= kLastColumn; ++c) widths.push_back(column_width(form, c));
    set_print(ws, kHeaderRow, kHeaderRow, widths, 2, path);
}

void write_stamp_sheet(lxw_workbook* wb, const Form& form, const std::string& path) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "表单信息");
    if (!ws) fail(path, tr(N_("cannot add sheet {0}"), "表单信息"));
    const auto rows = form_stamp_rows(form);
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c)
            check(worksheet_write_string(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                                         rows[r][c].c_str(), nullptr),
                  path);
    check(worksheet_set_column(ws, 0, 2, 20, nullptr), path);
    worksheet_protect(ws, nullptr, nullptr);
    worksheet_hide(ws);
}

void set_custom_properties(lxw_workbook* wb, const Form& form, const std::string& path) {
    check(workbook_set_custom_property_string(wb, "duban.form", kFormMagic), path);
    check(workbook_set_custom_property_string(wb, "duban.document", form.document.c_str()), path);
    check(workbook_set_custom_property_string(wb, "duban.office", form.office.c_str()), path);
    check(workbook_set_custom_property_integer(wb, "duban.round", form.round.number), path);
}

}  // namespace

void write_form_xlsx(const Form& form, const std::string& path) {
    TempFile temp(path);
    WorkbookPtr wb(workbook_new(temp.name().c_str()));
    if (!wb) fail(path, _("out of memory"));
    set_properties(wb.get(), form.title, form.office, form.as_of, path);
    set_custom_properties(wb.get(), form, path);
    const Formats formats = add_formats(wb.get());
    write_form_sheet(wb.get(), form, formats, path);
    write_stamp_sheet(wb.get(), form, path);
    check(workbook_close(wb.release()), path);
    temp.commit();
}

}  // namespace duban

#else  // built without libxlsxwriter

namespace duban {

void write_form_xlsx(const Form&, const std::string& path) {
    throw Error(tr(N_("{0}: cannot write xlsx: this duban was built without libxlsxwriter "
                      "(install libxlsxwriter-dev and rebuild), use --format csv"),
                   path));
}

}  // namespace duban

#endif
