#include "intake/delimited.h"

#include <algorithm>

namespace duban {

namespace {

struct Cell {
    std::string text;
    size_t end = 0;  // offset of the separator, newline or end of text that closed the cell
};

bool ends_cell(std::string_view text, size_t pos, char separator) {
    return pos >= text.size() || text[pos] == separator || text[pos] == '\n';
}

// The quoted form, or false when the cell is not one (no closing quote, or text after it).
bool read_quoted_cell(std::string_view text, size_t pos, char separator, Cell* cell) {
    std::string value;
    for (size_t i = pos + 1; i < text.size();) {
        const size_t quote = text.find('"', i);
        if (quote == std::string_view::npos) return false;
        value.append(text.substr(i, quote - i));
        if (quote + 1 < text.size() && text[quote + 1] == '"') {
            value += '"';
            i = quote + 2;
        } else if (ends_cell(text, quote + 1, separator)) {
            *cell = {std::move(value), quote + 1};
            return true;
        } else {
            return false;
        }
    }
    return false;
}

Cell read_cell(std::string_view text, size_t pos, char separator) {
    Cell cell;
    if (pos < text.size() && text[pos] == '"' && read_quoted_cell(text, pos, separator, &cell))
        return cell;
    size_t end = pos;
    while (!ends_cell(text, end, separator)) ++end;
    return {std::string(text.substr(pos, end - pos)), end};
}

size_t space_length(std::string_view s, size_t pos) {
    static constexpr std::string_view kWide[] = {"\u3000", "\u00a0"};
    if (pos >= s.size()) return 0;
    if (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r') return 1;
    for (auto w : kWide)
        if (s.substr(pos, w.size()) == w) return w.size();
    return 0;
}

size_t trailing_space_length(std::string_view s) {
    static constexpr std::string_view kSpaces[] = {" ", "\t", "\n", "\r", "\u3000", "\u00a0"};
    for (auto w : kSpaces)
        if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) return w.size();
    return 0;
}

}  // namespace

std::string_view trim_cell(std::string_view cell) {
    while (size_t n = space_length(cell, 0)) cell.remove_prefix(n);
    while (size_t n = trailing_space_length(cell)) cell.remove_suffix(n);
    return cell;
}

DelimitedRow read_row(std::string_view text, size_t offset, int line, char separator) {
    DelimitedRow row;
    row.line = line;
    size_t pos = offset;
    for (;;) {
        Cell cell = read_cell(text, pos, separator);
        row.cells.push_back(std::move(cell.text));
        row.cell_offsets.push_back(pos);
        pos = cell.end;
        if (pos >= text.size() || text[pos] == '\n') break;
        ++pos;  // past the separator
    }
    row.end = std::min(pos + 1, text.size());
    row.next_line =
        line + static_cast<int>(std::count(text.begin() + offset, text.begin() + row.end, '\n'));
    return row;
}

}  // namespace duban
