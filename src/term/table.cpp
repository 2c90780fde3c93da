#include "term/table.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "text/width.h"

namespace duban::term {

using text::display_width;
using text::pad_left;
using text::pad_right;
using text::truncate;
using text::wrap;

namespace {

// Narrower than this, a title or a note stops being readable; past it the table overflows.
constexpr int kMinFlexibleWidth = 8;

using Row = std::vector<Cell>;

// Cell text as the table shows it: tabs as spaces (display_width counts a tab as one column,
// which only a space makes true), "\r\n" as '\n', newlines as spaces unless wrapping, and no
// trailing whitespace, which would only widen the column.
std::string normalise(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        if (c == '\t' || (c == '\n' && !keep_newlines)) c = ' ';
        out += c;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    return out;
}

int natural_width(const std::string& text, bool wrapping) {
    if (!wrapping) return display_width(normalise(text, false));
    int width = 0;
    for (const auto& line : wrap(normalise(text, true), 0))
        width = std::max(width, display_width(line));
    return width;
}

// The lines a cell takes in a column `width` wide. Cells of columns at their natural width fit
// as they are, so only shrunk columns are ever cut or wrapped.
std::vector<std::string> cell_lines(const std::string& text, int width, bool wrapping) {
    if (wrapping) return wrap(normalise(text, true), width);
    return {truncate(normalise(text, false), width)};
}

// Takes one column at a time off the widest flexible column until the table fits or every
// flexible column is down to kMinFlexibleWidth. Ties go to the leftmost, so output is stable.
void shrink(std::vector<int>& widths, const std::vector<Column>& columns,
            const TableOptions& options) {
    if (options.max_width <= 0 || widths.empty()) return;
    int total = display_width(options.separator) * static_cast<int>(widths.size() - 1);
    for (int w : widths) total += w;
    while (total > options.max_width) {
        int widest = -1;
        for (size_t c = 0; c < widths.size(); ++c) {
            if (!columns[c].flexible || widths[c] <= kMinFlexibleWidth) continue;
            if (widest < 0 || widths[c] > widths[widest]) widest = static_cast<int>(c);
        }
        if (widest < 0) return;
        --widths[widest];
        --total;
    }
}

// One output line from one piece of text per column. Cells after the last non-empty one are
// left out, and that one is not padded unless right-aligned, so no line ends in a space.
std::string join_line(const std::vector<std::string>& pieces, const std::vector<Style>& styles,
                      const std::vector<Column>& columns, const std::vector<int>& widths,
                      const TableOptions& options) {
    size_t visible = 0;
    for (size_t c = 0; c < pieces.size(); ++c)
        if (!pieces[c].empty()) visible = c + 1;
    std::string line;
    for (size_t c = 0; c < visible; ++c) {
        if (c > 0) line += options.separator;
        const std::string& piece = pieces[c];
        std::string text;
        if (columns[c].align == Align::Right)
            text = pad_left(piece, widths[c]);
        else
            text = c + 1 == visible ? piece : pad_right(piece, widths[c]);
        line += piece.empty() ? text : paint(text, styles[c], options.colour);
    }
    line += '\n';
    return line;
}

std::string render_row(const Row& row, const std::vector<Column>& columns,
                       const std::vector<int>& widths, const TableOptions& options) {
    std::vector<std::vector<std::string>> lines;
    std::vector<Style> styles;
    size_t height = 1;
    for (size_t c = 0; c < columns.size(); ++c) {
        lines.push_back(cell_lines(row[c].text, widths[c], options.wrap));
        styles.push_back(row[c].style);
        height = std::max(height, lines.back().size());
    }
    std::string out;
    for (size_t i = 0; i < height; ++i) {
        std::vector<std::string> pieces;
        for (const auto& cell : lines) pieces.push_back(i < cell.size() ? cell[i] : "");
        out += join_line(pieces, styles, columns, widths, options);
    }
    return out;
}

std::string render_rule(const std::vector<Column>& columns, const std::vector<int>& widths,
                        const TableOptions& options) {
    std::vector<std::string> pieces;
    for (int w : widths) pieces.emplace_back(static_cast<size_t>(w), '-');
    return join_line(pieces, std::vector<Style>(widths.size(), Style::None), columns, widths,
                     options);
}

}  // namespace

Table::Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

void Table::add_row(std::vector<Cell> cells) {
    if (cells.size() > columns_.size())
        throw std::invalid_argument("Table::add_row: " + std::to_string(cells.size()) +
                                    " cells for " + std::to_string(columns_.size()) + " columns");
    cells.resize(columns_.size(), Cell(""));
    rows_.push_back(std::move(cells));
}

std::string Table::render(const TableOptions& options) const {
    Row header;
    for (const auto& column : columns_) header.emplace_back(column.header, Style::Bold);

    std::vector<int> widths(columns_.size(), 0);
    auto measure = [&](const Row& row) {
        for (size_t c = 0; c < columns_.size(); ++c)
            widths[c] = std::max(widths[c], natural_width(row[c].text, options.wrap));
    };
    if (options.header) measure(header);
    for (const auto& row : rows_) measure(row);
    shrink(widths, columns_, options);

    std::string out;
    if (options.header) {
        out += render_row(header, columns_, widths, options);
        out += render_rule(columns_, widths, options);
    }
    for (const auto& row : rows_) out += render_row(row, columns_, widths, options);
    return out;
}

}  // namespace duban::term
