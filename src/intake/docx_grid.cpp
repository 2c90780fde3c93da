#include <memory>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "intake/office_grids.h"
#include "model/error.h"
#include "store/zip_package.h"
#include "text/i18n.h"

namespace duban {

namespace {

// A paragraph's text: runs, tabs and line breaks, in document order.
struct TextWalker : pugi::xml_tree_walker {
    std::string out;
    bool for_each(pugi::xml_node& n) override {
        const std::string_view name = n.name();
        if (name == "w:t")
            out += n.text().get();
        else if (name == "w:tab")
            out += '\t';
        else if (name == "w:br" || name == "w:cr")
            out += '\n';
        return true;
    }
};

std::string paragraph_text(pugi::xml_node p) {
    TextWalker walker;
    p.traverse(walker);
    return walker.out;
}

std::string cell_text(const pugi::xml_node& tc) {
    std::string out;
    bool first = true;
    for (pugi::xml_node p : tc.children("w:p")) {
        if (!first) out += '\n';
        out += paragraph_text(p);
        first = false;
    }
    return out;
}

int grid_span(const pugi::xml_node& tc) {
    const int span = tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1);
    return span < 1 ? 1 : span > 64 ? 64 : span;
}

bool continues_vertical_merge(const pugi::xml_node& tc) {
    pugi::xml_node v = tc.child("w:tcPr").child("w:vMerge");
    if (!v) return false;
    const std::string_view val = v.attribute("w:val").value();
    return val.empty() || val == "continue";
}

// Grid columns a row leaves out before its first cell or after its last (w:gridBefore,
// w:gridAfter): Word writes them for a row that starts late or ends early.
int grid_skip(const pugi::xml_node& tr, const char* name) {
    const int n = tr.child("w:trPr").child(name).attribute("w:val").as_int(0);
    return n < 0 ? 0 : n > 64 ? 64 : n;
}

// The row's cells, including those inside a content control (w:sdt) around a cell.
std::vector<pugi::xml_node> row_cells(const pugi::xml_node& tr) {
    std::vector<pugi::xml_node> cells;
    for (pugi::xml_node c : tr.children()) {
        const std::string_view name = c.name();
        if (name == "w:tc") cells.push_back(c);
        if (name == "w:sdt")
            for (pugi::xml_node tc : c.child("w:sdtContent").children("w:tc")) cells.push_back(tc);
    }
    return cells;
}

void read_table(const pugi::xml_node& tbl, int number, Grid& sheet) {
    int grid = 0;
    for (pugi::xml_node c : tbl.child("w:tblGrid").children("w:gridCol")) (void)c, ++grid;
    int r = 0;
    for (pugi::xml_node tr : tbl.children("w:tr")) {
        ++r;
        GridRow row;
        row.where = fmt::format("表{} 第{}行", number, r);
        auto empty_cell = [&](int col) {
            row.cells.push_back({"", fmt::format("表{} 第{}行第{}列", number, r, col + 1), false});
        };
        int col = 0, cells = 0;
        for (const int before = grid_skip(tr, "w:gridBefore"); col < before; ++col) empty_cell(col);
        for (const pugi::xml_node& tc : row_cells(tr)) {
            ++cells;
            const int span = grid_span(tc);
            const bool merged = continues_vertical_merge(tc);
            row.cells.push_back({merged ? std::string() : cell_text(tc),
                                 fmt::format("表{} 第{}行第{}列", number, r, col + 1), merged});
            for (int k = 1; k < span; ++k) empty_cell(col + k);
            col += span;
        }
        row.spans = cells == 1 && grid > 1 && col >= grid;
        const int after = grid_skip(tr, "w:gridAfter");
        for (int k = 0; k < after && col < grid; ++k, ++col) empty_cell(col);
        sheet.rows.push_back(std::move(row));
    }
}

}  // namespace

Grid docx_grid(std::string_view bytes, const std::string& filename) {
    const ZipPackage package(bytes, filename,
                             N_("{0}: not a readable Office file (zip): the file is damaged or "
                                "is not what its name says"));
    std::optional<std::string> xml = package.part("word/document.xml");
    if (!xml)
        throw Error(tr(N_("{0}: not a Word document: it has no word/document.xml"), filename));
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(xml->data(), xml->size());
    if (!parsed)
        throw Error(
            tr(N_("{0}: word/document.xml does not parse: {1}"), filename, parsed.description()));
    Grid sheet;
    sheet.file = filename;
    int tables = 0;
    for (pugi::xml_node n : doc.child("w:document").child("w:body").children()) {
        const std::string_view name = n.name();
        if (name == "w:p" && tables == 0) sheet.prose.push_back(paragraph_text(n));
        if (name == "w:tbl") read_table(n, ++tables, sheet);
    }
    if (tables == 0)
        throw Error(tr(N_("{0}: the document has no table\nhint: duban reads the task table "
                          "(重点工作任务分解表) of the attachment"),
                       filename));
    return sheet;
}

}  // namespace duban
