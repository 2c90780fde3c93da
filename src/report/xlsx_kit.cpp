#include "report/xlsx_kit.h"

#if DUBAN_HAVE_XLSX

#include <fmt/format.h>

#include <algorithm>
#include <ctime>

#include "model/error.h"
#include "text/width.h"

namespace duban::xlsx {

void fail(const std::string& path, std::string_view what, std::string_view why) {
    throw Error(fmt::format("{}: {}: {}; the file is unchanged", path, what, why));
}

void check(lxw_error e, const std::string& path) {
    if (e != LXW_NO_ERROR) fail(path, "cannot write the workbook", lxw_strerror(e));
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

void set_print(lxw_worksheet* ws, lxw_row_t first_row, lxw_row_t last_row,
               const std::string& path) {
    worksheet_set_paper(ws, 9);  // A4
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
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
