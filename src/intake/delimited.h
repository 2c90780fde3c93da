// Rows of tab- or comma-separated text, as Word, WPS and Excel put a table on the clipboard or
// into a .txt/.csv file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace duban {

struct DelimitedRow {
    std::vector<std::string> cells;
    std::vector<size_t> cell_offsets;  // byte offset in the text where each cell starts
    int line = 0;                      // 1-based line the row starts on
    int next_line = 0;                 // line the following row starts on
    size_t end = 0;                    // byte offset just past the row's newline
};

// Reads the row that starts at byte `offset` of `text` (LF line endings), which is on line
// `line`. Cells are split on `separator`. A cell that starts with '"' is read the way Excel
// writes it ("" stands for one quote, and the cell may span lines) when it is well formed,
// i.e. its closing quote is followed by the separator or the end of a line; otherwise the cell
// is taken literally, so text copied from Word that merely starts with a quote keeps it.
DelimitedRow read_row(std::string_view text, size_t offset, int line, char separator);

// `cell` without the whitespace around it: ASCII blanks and newlines, no-break spaces and the
// full-width space U+3000 that Chinese documents pad with.
std::string_view trim_cell(std::string_view cell);

}  // namespace duban
