// The .xlsx container and its parts: store/zip_package opens the zip, pugixml parses each part, and
// this file walks SpreadsheetML's elements. Element names are matched without their namespace
// prefix, because some writers (the OpenXML SDK) spell them x:row, x:c.
#include "intake/workbook.h"

#include "model/error.h"
#include "store/load.h"
#include "store/zip_package.h"
#include "text/i18n.h"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>

namespace duban {

std::string decode_ooxml_escapes(std::string_view text);  // workbook_text.cpp
std::string number_text(double number, bool percent);     // workbook_text.cpp

namespace {

constexpr size_t kMaxCells = 4'000'000;

// The .xlsx package.
using Package = ZipPackage;

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    const size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && local_name(c) == name) return c;
    return {};
}

template <typename F>
void each_child(const pugi::xml_node& node, std::string_view name, F&& f) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && local_name(c) == name) f(c);
}

// The attribute whose name, without prefix, is `name` (r:id, x:r).
pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_attribute a : node.attributes()) {
        std::string_view n = a.name();
        const size_t colon = n.find(':');
        if ((colon == std::string_view::npos ? n : n.substr(colon + 1)) == name) return a;
    }
    return {};
}

std::unique_ptr<pugi::xml_document> parse_part(const Package& package, const std::string& name,
                                               const std::string& bytes) {
    auto doc = std::make_unique<pugi::xml_document>();
    const auto result = doc->load_buffer(bytes.data(), bytes.size(),
                                         pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!result)
        package.fail(name, tr(N_("not well-formed XML at byte {0}: {1}"), result.offset + 1,
                              result.description()));
    return doc;
}

std::unique_ptr<pugi::xml_document> read_part(const Package& package, const std::string& name) {
    const auto bytes = package.part(name);
    if (!bytes) return nullptr;
    return parse_part(package, name, *bytes);
}

// The text of a string item (<si> or <is>): its <t>, or its rich-text runs' <t> joined. Phonetic
// guides (<rPh>) are not part of what the cell shows.
std::string string_item_text(const pugi::xml_node& item) {
    std::string text;
    for (pugi::xml_node c : item.children()) {
        if (c.type() != pugi::node_element) continue;
        if (local_name(c) == "t") text += c.text().get();
        if (local_name(c) == "r") text += child(c, "t").text().get();
    }
    return decode_ooxml_escapes(text);
}

// A relationship target as a part name: targets are relative to the folder of the part whose
// relationships they are, or absolute from the package root.
std::string resolve_target(const std::string& folder, std::string target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    std::string base = folder;
    while (target.rfind("../", 0) == 0) {
        target.erase(0, 3);
        const size_t slash = base.find_last_of('/', base.size() >= 2 ? base.size() - 2 : 0);
        base = slash == std::string::npos ? "" : base.substr(0, slash + 1);
    }
    return base + target;
}

struct NumberStyle {
    bool date = false;
    bool percent = false;
};

// Each cell style (index into cellXfs) reduced to what decides how its number reads.
std::vector<NumberStyle> read_styles(const Package& package, const std::string& name) {
    std::vector<NumberStyle> styles;
    const auto doc = read_part(package, name);
    if (!doc) return styles;
    const pugi::xml_node root = doc->document_element();
    std::map<int, std::string> codes;
    each_child(child(root, "numFmts"), "numFmt", [&](const pugi::xml_node& f) {
        codes[attribute(f, "numFmtId").as_int(-1)] = attribute(f, "formatCode").as_string();
    });
    each_child(child(root, "cellXfs"), "xf", [&](const pugi::xml_node& xf) {
        const int id = attribute(xf, "numFmtId").as_int(0);
        const auto code = codes.find(id);
        NumberStyle style;
        if (code != codes.end()) {
            style.date = is_date_format(code->second);
            style.percent = !style.date && is_percent_format(code->second);
        } else {
            style.date = is_builtin_date_format(id);
            style.percent = id == 9 || id == 10;
        }
        styles.push_back(style);
    });
    return styles;
}

std::vector<std::string> read_shared_strings(const Package& package, const std::string& name) {
    std::vector<std::string> strings;
    const auto doc = read_part(package, name);
    if (!doc) return strings;
    each_child(doc->document_element(), "si",
               [&](const pugi::xml_node& si) { strings.push_back(string_item_text(si)); });
    return strings;
}

struct SheetContext {
    const Package& package;
    const std::string& file;
    const std::vector<std::string>& strings;
    const std::vector<NumberStyle>& styles;
    bool date1904;
};

[[noreturn]] void cell_error(const SheetContext& context, const Sheet& sheet, int row, int column,
                             const std::string& why) {
    throw Error(fmt::format("{}: {}!{}: {}", context.file, sheet.name, cell_ref(row, column), why));
}

void fill_number(WorkbookCell& cell, const SheetContext& context, const Sheet& sheet,
                 std::string_view value, int style_index) {
    double number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc() || end != value.data() + value.size())
        cell_error(context, sheet, cell.row, cell.column,
                   tr(N_("the number \"{0}\" is not a number"), value));
    cell.number = number;
    const NumberStyle style = style_index >= 0 && size_t(style_index) < context.styles.size()
                                  ? context.styles[size_t(style_index)]
                                  : NumberStyle{};
    if (style.date) cell.date = excel_serial_date(number, context.date1904);
    cell.is_date = cell.date.has_value();
    cell.is_percent = style.percent;
    cell.text = cell.is_date ? cell.date->str() : number_text(number, style.percent);
}

// Fills `cell` from a <c> element; false when the cell holds nothing (a styled blank).
bool read_cell(const pugi::xml_node& c, WorkbookCell& cell, const SheetContext& context,
               const Sheet& sheet) {
    const std::string type = attribute(c, "t").as_string("n");
    const pugi::xml_node v = child(c, "v");
    const std::string value = v.text().get();
    if (type == "inlineStr") {
        cell.text = string_item_text(child(c, "is"));
    } else if (!v) {
        return false;
    } else if (type == "s") {
        size_t index = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
        if (ec != std::errc() || end != value.data() + value.size() ||
            index >= context.strings.size())
            cell_error(context, sheet, cell.row, cell.column,
                       tr(N_("shared string {0} does not exist"), value));
        cell.text = context.strings[index];
    } else if (type == "str" || type == "e") {
        cell.text = decode_ooxml_escapes(value);
    } else if (type == "b") {
        cell.text = value == "1" ? "TRUE" : "FALSE";
    } else if (type == "d") {
        cell.text = value.substr(0, 10);
        cell.date = parse_date(cell.text);
        cell.is_date = cell.date.has_value();
    } else {
        fill_number(cell, context, sheet, value, attribute(c, "s").as_int(0));
    }
    return !cell.text.empty() || cell.number.has_value();
}

void read_sheet_data(const pugi::xml_node& root, Sheet& sheet, const SheetContext& context) {
    int row_number = 0;
    each_child(child(root, "sheetData"), "row", [&](const pugi::xml_node& row) {
        row_number = attribute(row, "r").as_int(row_number + 1);
        int column_number = 0;
        each_child(row, "c", [&](const pugi::xml_node& c) {
            WorkbookCell cell;
            cell.row = row_number;
            cell.column = column_number + 1;
            if (const auto r = attribute(c, "r")) {
                const auto place = parse_cell_ref(r.as_string());
                if (!place)
                    context.package.fail(sheet.name,
                                         tr(N_("bad cell reference \"{0}\""), r.as_string()));
                cell.row = place->first;
                cell.column = place->second;
            }
            column_number = cell.column;
            if (sheet.cells.size() >= kMaxCells)
                context.package.fail(sheet.name, _("more cells than a table can need"));
            if (read_cell(c, cell, context, sheet)) sheet.cells.push_back(std::move(cell));
        });
    });
}

void read_merged(const pugi::xml_node& root, Sheet& sheet, const SheetContext& context) {
    each_child(child(root, "mergeCells"), "mergeCell", [&](const pugi::xml_node& m) {
        const std::string ref = attribute(m, "ref").as_string();
        const size_t colon = ref.find(':');
        const auto first = parse_cell_ref(std::string_view(ref).substr(0, colon));
        const auto last = colon == std::string::npos
                              ? first
                              : parse_cell_ref(std::string_view(ref).substr(colon + 1));
        if (!first || !last)
            context.package.fail(sheet.name, tr(N_("bad merged range \"{0}\""), ref));
        sheet.merged.push_back(
            {std::min(first->first, last->first), std::min(first->second, last->second),
             std::max(first->first, last->first), std::max(first->second, last->second)});
    });
}

void read_sheet(const Package& package, const std::string& part, Sheet& sheet,
                const SheetContext& context) {
    const auto doc = read_part(package, part);
    if (!doc) package.fail(part, tr(N_("missing, though sheet {0} names it"), sheet.name));
    const pugi::xml_node root = doc->document_element();
    read_sheet_data(root, sheet, context);
    read_merged(root, sheet, context);
    std::stable_sort(sheet.cells.begin(), sheet.cells.end(), [](const auto& a, const auto& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    for (const auto& cell : sheet.cells) {
        sheet.row_count = std::max(sheet.row_count, cell.row);
        sheet.column_count = std::max(sheet.column_count, cell.column);
    }
}

std::vector<std::pair<std::string, std::string>> read_custom_properties(const Package& package) {
    std::vector<std::pair<std::string, std::string>> properties;
    const auto doc = read_part(package, "docProps/custom.xml");
    if (!doc) return properties;
    each_child(doc->document_element(), "property", [&](const pugi::xml_node& p) {
        std::string value;
        for (pugi::xml_node v : p.children())
            if (v.type() == pugi::node_element) value = v.text().get();
        properties.emplace_back(attribute(p, "name").as_string(), value);
    });
    return properties;
}

}  // namespace

Workbook read_workbook_bytes(const std::string& bytes, const std::string& file) {
    const Package package(bytes, file,
                          N_("{0}: not an .xlsx: the file is not a zip archive ({1})"));
    const auto workbook_doc = read_part(package, "xl/workbook.xml");
    if (!workbook_doc) throw Error(tr(N_("{0}: not an .xlsx: no xl/workbook.xml"), file));
    const pugi::xml_node root = workbook_doc->document_element();
    Workbook book;
    book.file = file;
    const std::string pr = attribute(child(root, "workbookPr"), "date1904").as_string();
    book.date1904 = pr == "1" || pr == "true";

    std::map<std::string, std::string> targets;  // relationship id → part name
    std::string strings_part = "xl/sharedStrings.xml", styles_part = "xl/styles.xml";
    if (const auto rels = read_part(package, "xl/_rels/workbook.xml.rels")) {
        each_child(rels->document_element(), "Relationship", [&](const pugi::xml_node& r) {
            const std::string type = attribute(r, "Type").as_string();
            const std::string target = resolve_target("xl/", attribute(r, "Target").as_string());
            targets[attribute(r, "Id").as_string()] = target;
            if (type.size() > 14 && type.compare(type.size() - 14, 14, "/sharedStrings") == 0)
                strings_part = target;
            if (type.size() > 7 && type.compare(type.size() - 7, 7, "/styles") == 0)
                styles_part = target;
        });
    }
    const auto strings = read_shared_strings(package, strings_part);
    const auto styles = read_styles(package, styles_part);
    const SheetContext context{package, file, strings, styles, book.date1904};
    int position = 0;
    each_child(child(root, "sheets"), "sheet", [&](const pugi::xml_node& s) {
        Sheet sheet;
        sheet.name = attribute(s, "name").as_string();
        const std::string state = attribute(s, "state").as_string("visible");
        sheet.state = state == "hidden"       ? SheetState::hidden
                      : state == "veryHidden" ? SheetState::very_hidden
                                              : SheetState::visible;
        ++position;
        const auto target = targets.find(attribute(s, "id").as_string());
        const std::string part = target != targets.end()
                                     ? target->second
                                     : fmt::format("xl/worksheets/sheet{}.xml", position);
        read_sheet(package, part, sheet, context);
        book.sheets.push_back(std::move(sheet));
    });
    book.custom_properties = read_custom_properties(package);
    return book;
}

Workbook read_workbook(const std::string& path) {
    return read_workbook_bytes(read_file(path), path);
}

}  // namespace duban
