#include <fmt/format.h>

#include "intake/office_grids.h"
#include "intake/table.h"
#include "intake/workbook.h"
#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

// Where a merged range leaves this cell: the range itself, or nullptr.
const CellRange* merge_at(const Sheet& sheet, int row, int column) {
    for (const CellRange& m : sheet.merged)
        if (m.contains(row, column)) return &m;
    return nullptr;
}

// A worksheet as a grid: a cell under the first row of a merged range is empty and marked
// merged (it takes the value above); one cell merged across the whole used width is a section
// or caption row.
Grid grid_of_sheet(const Sheet& sheet, const std::string& filename) {
    Grid grid;
    grid.file = filename;
    const auto texts = sheet.text_grid();
    for (int r = 1; r <= sheet.row_count; ++r) {
        GridRow row;
        row.where = fmt::format("{}!{}", sheet.name, r);
        for (int c = 1; c <= sheet.column_count; ++c) {
            const CellRange* m = merge_at(sheet, r, c);
            const bool under = m && r > m->first_row;
            std::string text =
                under || (m && c > m->first_column) ? std::string() : texts[r - 1][c - 1];
            row.cells.push_back({std::move(text), sheet.name + "!" + cell_ref(r, c), under});
        }
        const CellRange* first = merge_at(sheet, r, 1);
        row.spans = sheet.column_count > 1 && first && first->first_row == r &&
                    first->last_row == r && first->last_column >= sheet.column_count;
        grid.rows.push_back(std::move(row));
    }
    return grid;
}

}  // namespace

Grid xlsx_grid(std::string_view bytes, const std::string& filename,
               const std::vector<ColumnOverride>& overrides) {
    const Workbook wb = read_workbook_bytes(std::string(bytes), filename);
    std::optional<Grid> first;
    for (const Sheet& sheet : wb.sheets) {
        if (sheet.state != SheetState::visible) continue;
        Grid g = grid_of_sheet(sheet, filename);
        if (read_table_header(g, overrides)) return g;
        if (!first) first = std::move(g);
    }
    if (!first) throw Error(tr(N_("{0}: the workbook has no visible worksheet"), filename));
    return std::move(*first);
}

}  // namespace duban
