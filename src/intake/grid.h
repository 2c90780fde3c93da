// A table as a source file holds it, before any of it is read as tasks: the same shape for
// text copied out of Word, CSV, .docx, .xlsx and .xls.
#pragma once

#include <string>
#include <vector>

namespace duban {

// One cell and where it stands, for messages: "12:5" (line:column) in a text file,
// "Sheet1!C7" in a workbook, "表1 第3行第2列" in a .docx.
struct GridCell {
    std::string text;
    std::string where;
    bool merged = false;  // covered by a merge from above (vMerge, a merged range): no text
};

struct GridRow {
    std::vector<GridCell> cells;
    std::string where;   // the row's position: "12" (line), "Sheet1!7", "表1 第3行"
    bool spans = false;  // one cell merged across the whole row (a section heading)
};

struct Grid {
    std::string file;                // for messages: "file:where"
    std::vector<std::string> prose;  // paragraphs of the notice outside any table, in order
    std::vector<GridRow> rows;       // every table row; for text files every line
    // Rows are lines of text copied from Word: a cell of several paragraphs spans several
    // lines, so a row is complete only when it has all its cells.
    bool lines = false;
    char separator = '\t';  // for text files: how cells were separated, for messages
};

// Reads text (UTF-8, LF) as tab- or comma-separated lines: comma when the file is *.csv or the
// first line with a separator has commas and no tabs. Quoted cells as Excel writes them.
Grid text_grid(const std::string& text, const std::string& filename);

}  // namespace duban
