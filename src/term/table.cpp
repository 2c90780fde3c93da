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

// A list cell's items (its lines) joined by `separator` on one line.
std::string joined(const std::string& text, const std::string& separator) {
    std::string out;
    for (const auto& item : wrap(normalise(text, true), 0)) {
        if (item.empty()) continue;
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

// The items of a list cell packed into lines `width` wide, each item but the last carrying the
// separator, so a line ends in "、" and never starts with it; an item too wide alone is wrapped.
std::vector<std::string> packed(const std::string& text, const std::string& separator, int width) {
    std::vector<std::string> items = wrap(normalise(text, true), 0);
    items.erase(std::remove(items.begin(), items.end(), std::string()), items.end());
    std::vector<std::string> lines;
    std::string line;
    for (size_t i = 0; i < items.size(); ++i) {
        std::string unit = items[i] + (i + 1 < items.size() ? separator : "");
        if (!line.empty() && display_width(line + unit) > width) {
            lines.push_back(line);
            line.clear();
        }
        if (line.empty() && display_width(unit) > width) {
            std::vector<std::string> pieces = wrap(unit, width);
            lines.insert(lines.end(), pieces.begin(), pieces.end() - 1);
            line = pieces.back();
            continue;
        }
        line += unit;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    for (auto& l : lines)
        while (!l.empty() && l.back() == ' ') l.pop_back();
    return lines;
}

int natural_width(const std::string& text, const Column& column, bool wrapping) {
    if (!column.list_separator.empty()) return display_width(joined(text, column.list_separator));
    if (!wrapping) return display_width(normalise(text, false));
    int width = 0;
    for (const auto& line : wrap(normalise(text, true), 0))
        width = std::max(width, display_width(line));
    return width;
}

// The lines a cell takes in a column `width` wide. Cells of columns at their natural width fit
// as they are, so only shrunk columns are ever cut or wrapped.
std::vector<std::string> cell_lines(const std::string& text, const Column& column, int width,
                                    bool wrapping) {
    if (!column.list_separator.empty()) {
        std::string line = joined(text, column.list_separator);
        if (display_width(line) <= width) return {line};
        if (wrapping) return packed(text, column.list_separator, width);
        return {truncate(line, width)};
    }
    if (wrapping) return wrap(normalise(text, true), width);
    return {truncate(normalise(text, false), width)};
}

// Which columns a fitted table shows, in table order, and how wide each one is.
struct Layout {
    std::vector<size_t> shown;
    std::vector<int> widths;  // indexed like the table's columns; hidden ones are unused
};

int line_width(const Layout& layout, const TableOptions& options) {
    if (layout.shown.empty()) return 0;
    int total = display_width(options.separator) * static_cast<int>(layout.shown.size() - 1);
    for (size_t c : layout.shown) total += layout.widths[c];
    return total;
}

// The narrowest each shown column may become in `layout`: flexible columns their min_width,
// raised, for those that never give way, to the room the shown columns that may give way ask
// for (Column::yields_below); never more than the natural width.
std::vector<int> floors(const Layout& layout, const std::vector<Column>& columns,
                        const std::vector<int>& natural) {
    int room = 0;
    for (size_t c : layout.shown)
        if (columns[c].give_way > 0) room = std::max(room, columns[c].yields_below);
    std::vector<int> out(natural);
    for (size_t c : layout.shown) {
        if (!columns[c].flexible) continue;
        int floor = columns[c].min_width;
        if (columns[c].give_way == 0) floor = std::max(floor, room);
        out[c] = std::min(natural[c], floor);
    }
    return out;
}

// Takes one column at a time off the widest shrinkable column until the layout fits or every
// flexible column is at its floor. Ties go to the leftmost, so output is stable.
void shrink(Layout& layout, const std::vector<int>& floor, const TableOptions& options) {
    int total = line_width(layout, options);
    while (total > options.max_width) {
        int widest = -1;
        for (size_t c : layout.shown) {
            if (layout.widths[c] <= floor[c]) continue;
            if (widest < 0 || layout.widths[c] > layout.widths[widest])
                widest = static_cast<int>(c);
        }
        if (widest < 0) return;
        --layout.widths[widest];
        --total;
    }
}

// The first layout that fits: all columns, then without the columns of the lowest give_way
// rank, then the next; the last one tried is kept, overflowing, when none fits.
Layout fit(const std::vector<Column>& columns, const std::vector<int>& natural,
           const TableOptions& options) {
    Layout layout;
    for (size_t c = 0; c < columns.size(); ++c) layout.shown.push_back(c);
    layout.widths = natural;
    if (options.max_width <= 0 || line_width(layout, options) <= options.max_width) return layout;
    std::vector<int> ranks;
    for (const auto& column : columns)
        if (column.give_way > 0) ranks.push_back(column.give_way);
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    for (size_t step = 0;; ++step) {
        std::vector<int> floor = floors(layout, columns, natural);
        Layout narrowest{layout.shown, floor};
        if (step == ranks.size() || line_width(narrowest, options) <= options.max_width) {
            shrink(layout, floor, options);
            return layout;
        }
        auto gone = [&](size_t c) { return columns[c].give_way == ranks[step]; };
        layout.shown.erase(std::remove_if(layout.shown.begin(), layout.shown.end(), gone),
                           layout.shown.end());
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

// The shown columns of a fitted table, each with its width, in table order.
struct Shown {
    std::vector<size_t> index;
    std::vector<Column> columns;
    std::vector<int> widths;
};

Shown project(const Layout& layout, const std::vector<Column>& columns) {
    Shown out;
    out.index = layout.shown;
    for (size_t c : layout.shown) {
        out.columns.push_back(columns[c]);
        out.widths.push_back(layout.widths[c]);
    }
    return out;
}

std::string render_row(const Row& row, const Shown& shown, const TableOptions& options) {
    std::vector<std::vector<std::string>> lines;
    std::vector<Style> styles;
    size_t height = 1;
    for (size_t i = 0; i < shown.index.size(); ++i) {
        const Cell& cell = row[shown.index[i]];
        lines.push_back(cell_lines(cell.text, shown.columns[i], shown.widths[i], options.wrap));
        styles.push_back(cell.style);
        height = std::max(height, lines.back().size());
    }
    std::string out;
    for (size_t i = 0; i < height; ++i) {
        std::vector<std::string> pieces;
        for (const auto& cell : lines) pieces.push_back(i < cell.size() ? cell[i] : "");
        out += join_line(pieces, styles, shown.columns, shown.widths, options);
    }
    return out;
}

std::string render_rule(const Shown& shown, const TableOptions& options) {
    std::vector<std::string> pieces;
    for (int w : shown.widths) pieces.emplace_back(static_cast<size_t>(w), '-');
    return join_line(pieces, std::vector<Style>(pieces.size(), Style::None), shown.columns,
                     shown.widths, options);
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

std::string Table::render(const TableOptions& options, std::vector<std::string>* left_out) const {
    Row header;
    for (const auto& column : columns_) header.emplace_back(column.header, Style::Bold);

    std::vector<int> widths(columns_.size(), 0);
    auto measure = [&](const Row& row) {
        for (size_t c = 0; c < columns_.size(); ++c)
            widths[c] = std::max(widths[c], natural_width(row[c].text, columns_[c], options.wrap));
    };
    if (options.header) measure(header);
    for (const auto& row : rows_) measure(row);
    const Shown shown = project(fit(columns_, widths, options), columns_);
    if (left_out) {
        left_out->clear();
        for (size_t c = 0; c < columns_.size(); ++c)
            if (std::find(shown.index.begin(), shown.index.end(), c) == shown.index.end())
                left_out->push_back(columns_[c].header);
    }

    std::string out;
    if (options.header) {
        out += render_row(header, shown, options);
        out += render_rule(shown, options);
    }
    for (const auto& row : rows_) out += render_row(row, shown, options);
    return out;
}

}  // namespace duban::term
