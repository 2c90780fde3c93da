#include <memory>
#include <optional>

#include <fmt/format.h>
#include <zip.h>
#include <pugixml.hpp>

#include "intake/office_grids.h"
#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

// One member of a zip archive held in memory, or nullopt when the archive has no such member.
// Throws Error when the bytes are not a zip archive.
std::optional<std::string> zip_member(std::string_view bytes, const char* name,
                                      const std::string& filename) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* archive = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
    if (!archive) {
        if (src) zip_source_free(src);
        zip_error_fini(&error);
        throw Error(tr(N_("{0}: not a readable Office file (zip): the file is damaged or "
                          "is not what its name says"),
                       filename));
    }
    std::unique_ptr<zip_t, decltype(&zip_discard)> guard(archive, zip_discard);
    zip_stat_t st;
    if (zip_stat(archive, name, 0, &st) != 0) return std::nullopt;
    constexpr zip_uint64_t kLimit = 256u << 20;  // a document.xml past this is not a table
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kLimit)
        throw Error(tr(N_("{0}: {1} is too large to be a table"), filename, name));
    zip_file_t* file = zip_fopen(archive, name, 0);
    if (!file) throw Error(tr(N_("{0}: cannot read {1} inside the file"), filename, name));
    std::string out(st.size, '\0');
    const zip_int64_t got = zip_fread(file, out.data(), st.size);
    zip_fclose(file);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
        throw Error(tr(N_("{0}: cannot read {1} inside the file"), filename, name));
    return out;
}

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

void read_table(const pugi::xml_node& tbl, int number, Grid& sheet) {
    int grid = 0;
    for (pugi::xml_node c : tbl.child("w:tblGrid").children("w:gridCol")) (void)c, ++grid;
    int r = 0;
    for (pugi::xml_node tr : tbl.children("w:tr")) {
        ++r;
        GridRow row;
        row.where = fmt::format("表{} 第{}行", number, r);
        int col = 0, cells = 0;
        for (pugi::xml_node tc : tr.children("w:tc")) {
            ++cells;
            const int span = grid_span(tc);
            const bool merged = continues_vertical_merge(tc);
            row.cells.push_back({merged ? std::string() : cell_text(tc),
                                 fmt::format("表{} 第{}行第{}列", number, r, col + 1), merged});
            for (int k = 1; k < span; ++k)
                row.cells.push_back(
                    {"", fmt::format("表{} 第{}行第{}列", number, r, col + 1 + k), false});
            col += span;
        }
        row.spans = cells == 1 && grid > 1 && col >= grid;
        sheet.rows.push_back(std::move(row));
    }
}

}  // namespace

Grid docx_grid(std::string_view bytes, const std::string& filename) {
    std::optional<std::string> xml = zip_member(bytes, "word/document.xml", filename);
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
