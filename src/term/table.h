// A plain-text table whose columns line up by display width, so mixed Chinese and Latin text
// stays aligned in a terminal, and which fits a width by shrinking the columns allowed to shrink.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "term/colour.h"
#include "text/control.h"

namespace duban::term {

enum class Align { Left, Right };

// `flexible` columns (titles, notes) absorb the shrink when the table is too wide, down to
// `min_width`; the others (ids, dates, names) keep their natural width. A column with a
// `give_way` rank may be left out instead: when the table does not fit, the columns of the lowest
// rank go first, then the next rank, and so on. A column that may give way stays only while
// every flexible column that never gives way can keep `yields_below` columns (or its natural
// width, when that is less) beside it; so a wide "partners" column with yields_below 40 goes
// before the task text is squeezed below 40 columns.
//
// A column with a `list_separator` holds lists, one item a line of the cell's text (names of
// people or offices): shown joined by the separator ("、"), and, when the column is narrower,
// wrapped between items, so a name is broken only when it alone is wider than the column.
struct Column {
    std::string header;
    Align align = Align::Left;
    bool flexible = false;
    int min_width = 8;
    int give_way = 0;
    int yields_below = 0;
    std::string list_separator = {};
};

// One cell's text and how to paint it when colour is on. Converts implicitly from text so a
// row can be written as {"1", name, "推进中"}. Control characters in the text (an ESC from the
// file) are kept escaped (escape_controls), so a table never sends one to the terminal.
struct Cell {
    Cell(std::string text, Style style = Style::None) : text(escape_controls(text)), style(style) {}
    Cell(const char* text, Style style = Style::None) : text(escape_controls(text)), style(style) {}

    std::string text;
    Style style = Style::None;
};

struct TableOptions {
    int max_width = 0;  // columns the whole line may take; 0 means no limit
    bool wrap = false;  // wrap cells of shrunk columns onto more lines instead of cutting with …
    bool colour = false;
    std::string separator = "  ";
    bool header = true;  // the header row and the rule of '-' under it
};

class Table {
  public:
    // A table with these columns and no rows.
    explicit Table(std::vector<Column> columns);

    // Appends a row. A row with fewer cells than columns gets empty ones at the end; more
    // cells than columns is a programming error and throws std::invalid_argument.
    void add_row(std::vector<Cell> cells);

    // The table as text, every line ending in '\n' and none ending in a space (the last
    // visible cell of a line is not padded). Each column is as wide as its widest cell or
    // header. When `max_width` is set and the table is wider, columns give way in the order
    // Column describes, and flexible columns shrink, the widest first, but not below their
    // min_width; their cells are then cut with … or, with `wrap`, wrapped onto continuation lines
    // on which the row's other cells are blank. The table stays wider than `max_width` only when
    // every column that may give way is gone and the flexible ones are at their min_width. A
    // '\n' in a cell breaks the line when wrapping and becomes a space when cutting; tabs become
    // spaces. With `colour`, each cell's padded text is painted in its style and headers in
    // bold; widths are measured on the plain text, so escape codes never shift a column.
    // `left_out`, when given, receives the headers of the columns that gave way, in table order.
    std::string render(const TableOptions& options,
                       std::vector<std::string>* left_out = nullptr) const;

    // The number of rows added, not counting the header.
    size_t rows() const { return rows_.size(); }

  private:
    std::vector<Column> columns_;
    std::vector<std::vector<Cell>> rows_;
};

}  // namespace duban::term
