#include "report/xlsx_kit.h"

#if DUBAN_HAVE_XLSX

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <ctime>

#include "model/error.h"
#include "text/i18n.h"
#include "text/width.h"

namespace duban {

SharedLibrary& xlsxwriter_library() {
    static SharedLibrary library(DUBAN_XLSXWRITER_SONAME, N_("write Excel workbooks (.xlsx)"),
                                 DUBAN_XLSXWRITER_PACKAGE);
    return library;
}

}  // namespace duban

namespace duban::xlsx {

void fail(const std::string& path, std::string_view why) {
    throw Error(tr(N_("{0}: cannot write the workbook: {1}; the file is unchanged"), path, why));
}

void check(lxw_error e, const std::string& path) {
    if (e != LXW_NO_ERROR) fail(path, lxw_strerror(e));
}

lxw_format* body_format(lxw_workbook* wb, uint8_t align) {
    lxw_format* f = workbook_add_format(wb);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    return f;
}

lxw_format* title_format(lxw_workbook* wb) {
    lxw_format* f = workbook_add_format(wb);
    format_set_bold(f);
    format_set_font_size(f, 16);
    format_set_align(f, LXW_ALIGN_CENTER);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

lxw_format* header_format(lxw_workbook* wb) {
    lxw_format* f = body_format(wb, LXW_ALIGN_CENTER);
    format_set_bold(f);
    format_set_pattern(f, LXW_PATTERN_SOLID);
    format_set_bg_color(f, 0xD9E1F2);
    return f;
}

namespace {

constexpr double kPaperWidthInches = 297 / 25.4;  // A4 landscape
constexpr double kSideMarginInches = 0.4;
constexpr double kPixelsPerInch = 96;

}  // namespace

int fit_width_scale(const std::vector<double>& widths) {
    double pixels = 0;
    for (double w : widths) pixels += std::round(w * 7) + 5;
    const double printable = (kPaperWidthInches - 2 * kSideMarginInches) * kPixelsPerInch;
    if (pixels <= printable) return 100;
    return static_cast<int>(std::floor(printable * 100 / pixels));
}

void set_print(lxw_worksheet* ws, lxw_row_t first_row, lxw_row_t last_row,
               const std::vector<double>& widths, lxw_col_t keep_columns, const std::string& path) {
    worksheet_set_paper(ws, 9);  // A4
    worksheet_set_landscape(ws);
    worksheet_set_margins(ws, kSideMarginInches, kSideMarginInches, 0.6, 0.6);
    if (fit_width_scale(widths) >= kMinPrintScale) {
        worksheet_fit_to_pages(ws, 1, 0);
    } else {
        worksheet_set_print_scale(ws, kMinPrintScale);
        if (keep_columns > 0) check(worksheet_repeat_columns(ws, 0, keep_columns - 1), path);
    }
    worksheet_center_horizontally(ws);
    check(worksheet_repeat_rows(ws, first_row, last_row), path);
    check(worksheet_set_footer(ws, "&C第 &P 页，共 &N 页"), path);
}

int widest_line(std::string_view s) {
    int widest = 0;
    for (size_t start = 0; start <= s.size();) {
        size_t end = std::min(s.find('\n', start), s.size());
        widest = std::max(widest, text::display_width(s.substr(start, end - start)));
        start = end + 1;
    }
    return widest;
}

int wrapped_lines(std::string_view text, double width) {
    const int per_line = std::max(1, static_cast<int>(width) - 1);
    int lines = 0;
    for (size_t start = 0; start <= text.size();) {
        const size_t end = std::min(text.find('\n', start), text.size());
        const int w = text::display_width(text.substr(start, end - start));
        lines += std::max(1, (w + per_line - 1) / per_line);
        start = end + 1;
    }
    return lines;
}

double row_height_for(int lines) {
    return lines * 14.25 + 3;
}

void set_properties(lxw_workbook* wb, const std::string& title, const std::string& company,
                    Date as_of, const std::string& path) {
    // libxlsxwriter copies the strings; its struct merely lacks the const.
    std::string title_copy = title, company_copy = company;
    lxw_doc_properties props{};
    props.title = title_copy.data();
    props.company = company_copy.data();
    props.created = static_cast<time_t>(as_of.days()) * 86400;
    check(workbook_set_properties(wb, &props), path);
}

}  // namespace duban::xlsx

#endif
