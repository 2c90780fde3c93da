// What a cell shows, and looking cells up in a sheet.
#include "intake/workbook.h"

#include "model/error.h"
#include "text/i18n.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace duban {

// OOXML strings write characters XML cannot carry as _xHHHH_ (_x000D_ for a carriage return,
// _x005F_ for an underscore that would otherwise start such an escape).
std::string decode_ooxml_escapes(std::string_view text) {
    if (text.find("_x") == std::string_view::npos) return std::string(text);
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned code = 0;
        bool escape =
            i + 7 <= text.size() && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_';
        for (size_t k = 2; escape && k < 6; ++k) {
            const char h = text[i + k];
            const int digit = h >= '0' && h <= '9'   ? h - '0'
                              : h >= 'a' && h <= 'f' ? h - 'a' + 10
                              : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                     : -1;
            escape = digit >= 0;
            code = code * 16 + unsigned(digit);
        }
        if (!escape) {
            out += text[i];
            continue;
        }
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
        i += 6;
    }
    return out;
}

// Excel keeps 15 significant digits, so a stored 0.30000000000000004 shows as 0.3; a percent
// shows the number times 100 with a % after it.
std::string number_text(double number, bool percent) {
    if (percent) return fmt::format("{:.13g}%", number * 100);
    return fmt::format("{:.15g}", number);
}

const WorkbookCell* Sheet::at(int row, int column) const {
    const auto it =
        std::lower_bound(cells.begin(), cells.end(), std::make_pair(row, column),
                         [](const WorkbookCell& c, const std::pair<int, int>& p) {
                             return c.row != p.first ? c.row < p.first : c.column < p.second;
                         });
    if (it == cells.end() || it->row != row || it->column != column) return nullptr;
    return &*it;
}

std::string Sheet::text(int row, int column) const {
    for (const auto& range : merged)
        if (range.contains(row, column)) {
            row = range.first_row;
            column = range.first_column;
            break;
        }
    const WorkbookCell* cell = at(row, column);
    return cell ? cell->text : std::string();
}

std::vector<std::vector<std::string>> Sheet::text_grid() const {
    constexpr long kMaxGridCells = 20'000'000;
    if (long(row_count) * column_count > kMaxGridCells)
        throw Error(tr(N_("sheet {0}: {1} rows by {2} columns is too large for a table"), name,
                       row_count, column_count));
    const std::vector<std::string> empty_row(static_cast<size_t>(column_count));
    std::vector<std::vector<std::string>> grid(static_cast<size_t>(row_count), empty_row);
    for (const auto& cell : cells) grid[size_t(cell.row - 1)][size_t(cell.column - 1)] = cell.text;
    return grid;
}

const Sheet* Workbook::sheet(std::string_view name) const {
    for (const auto& s : sheets)
        if (s.name == name) return &s;
    return nullptr;
}

std::optional<std::string> Workbook::custom_property(std::string_view name) const {
    for (const auto& [key, value] : custom_properties)
        if (key == name) return value;
    return std::nullopt;
}

}  // namespace duban
