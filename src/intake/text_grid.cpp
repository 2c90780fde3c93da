#include "intake/grid.h"

#include <fmt/format.h>

#include "intake/delimited.h"
#include "text/diagnostic.h"

namespace duban {

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

char separator_for(std::string_view text, const std::string& filename) {
    std::string lower = filename;
    for (char& ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    if (ends_with(lower, ".csv")) return ',';
    // Text copied from Word or WPS has tabs between cells; a file with none is CSV.
    if (text.find('\t') != std::string_view::npos) return '\t';
    return text.find(',') != std::string_view::npos ? ',' : '\t';
}

}  // namespace

Grid text_grid(const std::string& text, const std::string& filename) {
    Grid sheet;
    sheet.file = filename;
    sheet.lines = true;
    sheet.separator = separator_for(text, filename);
    const LineIndex index(text);
    int line = 1;
    for (size_t offset = 0; offset < text.size();) {
        DelimitedRow row = read_row(text, offset, line, sheet.separator);
        GridRow out;
        out.where = std::to_string(row.line);
        for (size_t i = 0; i < row.cells.size(); ++i) {
            int l = 0, c = 0;
            index.position(row.cell_offsets[i], &l, &c);
            out.cells.push_back({std::move(row.cells[i]), fmt::format("{}:{}", l, c), false});
        }
        sheet.rows.push_back(std::move(out));
        offset = row.end;
        line = row.next_line;
    }
    return sheet;
}

}  // namespace duban
