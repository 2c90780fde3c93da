// Tables from Office files: .docx (Word), .xlsx and .xls (Excel, WPS), as sheets of cells.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "intake/columns.h"
#include "intake/grid.h"

namespace duban {

// The tables of a .docx (word/document.xml, read with libzip and pugixml), one after another,
// and the paragraphs before the first table as the notice's prose. A cell's paragraphs are
// joined by line breaks; a cell spanning grid columns (w:gridSpan) is followed by empty cells;
// a cell continuing a vertical merge (w:vMerge) is empty and marked merged. Cells are named
// "表1 第3行第2列". Throws Error "file: ..." when the file is not a readable .docx.
Grid docx_grid(std::string_view bytes, const std::string& filename);

// The first worksheet of a .xls (BIFF, read with libfreexl) whose rows hold a task header, or
// the first worksheet when none does. Cells are named Sheet!C7. libfreexl does not report
// merged ranges, so the cells under a merge are plain empty cells. Numbers are written as
// whole numbers where they are. Throws Error "file: ..." when the file is not a readable .xls.
Grid xls_grid(std::string_view bytes, const std::string& filename,
              const std::vector<ColumnOverride>& overrides);

// The first worksheet of a .xlsx whose rows hold a task header, or the first visible one.
// Cells under a merged range are empty and marked merged; a merge across a whole row makes a
// section row. Cells are named Sheet!C7.
Grid xlsx_grid(std::string_view bytes, const std::string& filename,
               const std::vector<ColumnOverride>& overrides);

// The Excel name of a 0-based column: 0 → A, 27 → AB.
std::string column_letters(int column);

}  // namespace duban
