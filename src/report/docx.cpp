#include "report/docx.h"

#include <algorithm>

#include "model/error.h"
#include "report/docx_content.h"
#include "text/i18n.h"

namespace duban {

namespace {

using namespace docx;

std::string new_document_docx(const Json& view) {
    pugi::xml_document doc;
    pugi::xml_node body = new_document(doc);
    write_body(
        view, Sink{body, {}},
        [](pugi::xml_node sect, bool landscape) {
            section_properties(sect, landscape, kFooterRid);
        },
        true);
    section_properties(body.append_child("w:sectPr"), true, kFooterRid);
    std::map<std::string, std::string> parts = standard_parts();
    parts["word/document.xml"] = to_string(doc);
    std::vector<std::pair<std::string, std::string>> ordered;
    for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                             "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                             "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml"})
        ordered.emplace_back(name, parts[name]);
    return package(ordered);
}

// The text of a paragraph's runs, and the w:t nodes that hold it.
std::string paragraph_text(pugi::xml_node p, std::vector<pugi::xml_node>& texts) {
    std::string out;
    for (pugi::xpath_node t : p.select_nodes(".//w:t")) {
        texts.push_back(t.node());
        out += t.node().text().get();
    }
    return out;
}

// Replaces every {{path}} in `text` with the view's value there; Error for an unknown one.
std::string fill(const std::string& text, const Json& view, const std::string& name) {
    std::string out;
    size_t at = 0;
    while (true) {
        size_t open = text.find("{{", at);
        if (open == std::string::npos) break;
        size_t close = text.find("}}", open);
        if (close == std::string::npos) break;
        std::string path = text.substr(open + 2, close - open - 2);
        path.erase(std::remove(path.begin(), path.end(), ' '), path.end());
        std::string value;
        if (!lookup(view, path, value))
            throw Error(tr(N_("{0}: the placeholder {{{{{1}}}}} names no field of the report "
                              "(docs/templates.md lists them)"),
                           name, path),
                        kExitData);
        out += text.substr(at, open - at) + value;
        at = close + 2;
    }
    return out + text.substr(at);
}

// Fills the placeholders of every paragraph under `root`; returns the paragraph holding only
// {{body}}, if any. A placeholder may span runs (Word splits them): the filled text goes into
// the paragraph's first text node, so it takes that run's formatting.
pugi::xml_node fill_placeholders(pugi::xml_node root, const Json& view, const std::string& name) {
    pugi::xml_node body_mark;
    for (pugi::xpath_node x : root.select_nodes(".//w:p")) {
        std::vector<pugi::xml_node> texts;
        std::string text = paragraph_text(x.node(), texts);
        if (text.find("{{") == std::string::npos) continue;
        std::string bare = text;
        bare.erase(std::remove(bare.begin(), bare.end(), ' '), bare.end());
        if (bare == "{{body}}") {
            body_mark = x.node();
            continue;
        }
        std::string filled = fill(text, view, name);
        for (size_t i = 0; i < texts.size(); ++i) texts[i].text().set(i == 0 ? filled.c_str() : "");
        texts[0].remove_attribute("xml:space");
        texts[0].append_attribute("xml:space") = "preserve";
    }
    return body_mark;
}

// The template's section turned a quarter: width and height swapped, margins carried round.
void make_landscape(pugi::xml_node sect) {
    pugi::xml_node size = sect.child("w:pgSz");
    if (!size) size = sect.append_child("w:pgSz");
    std::string w = size.attribute("w:w").as_string("11906");
    std::string h = size.attribute("w:h").as_string("16838");
    if (std::stoi(w) < std::stoi(h)) {
        size.remove_attribute("w:w");
        size.remove_attribute("w:h");
        size.append_attribute("w:w") = h.c_str();
        size.append_attribute("w:h") = w.c_str();
    }
    size.remove_attribute("w:orient");
    size.append_attribute("w:orient") = "landscape";
    if (pugi::xml_node mar = sect.child("w:pgMar")) {
        std::string top = mar.attribute("w:top").value(), right = mar.attribute("w:right").value(),
                    bottom = mar.attribute("w:bottom").value(),
                    left = mar.attribute("w:left").value();
        mar.attribute("w:top").set_value(right.c_str());
        mar.attribute("w:right").set_value(bottom.c_str());
        mar.attribute("w:bottom").set_value(left.c_str());
        mar.attribute("w:left").set_value(top.c_str());
    }
    if (pugi::xml_node grid = sect.child("w:docGrid")) {
        grid.remove_attribute("w:charSpace");
        grid.attribute("w:type").set_value("lines");
    }
}

std::string template_docx(const Json& view, const std::string& bytes, const std::string& name) {
    std::vector<std::pair<std::string, std::string>> parts = unpack(bytes, name);
    auto doc_part = std::find_if(parts.begin(), parts.end(),
                                 [](const auto& p) { return p.first == "word/document.xml"; });
    if (doc_part == parts.end())
        throw Error(tr(N_("{0}: not a Word document (no word/document.xml)"), name), kExitData);
    for (auto& [part, data] : parts) {
        bool header_footer = part.rfind("word/header", 0) == 0 || part.rfind("word/footer", 0) == 0;
        if (part != "word/document.xml" && !header_footer) continue;
        pugi::xml_document doc;
        if (!doc.load_buffer(data.data(), data.size(), pugi::parse_default | pugi::parse_ws_pcdata))
            throw Error(tr(N_("{0}: {1} is not well-formed XML"), name, part), kExitData);
        pugi::xml_node mark = fill_placeholders(doc.document_element(), view, name);
        if (part == "word/document.xml") {
            pugi::xml_node body = doc.document_element().child("w:body");
            pugi::xml_node last = body.child("w:sectPr");
            if (!last) {
                last = body.append_child("w:sectPr");
                section_properties(last, false, "");
            }
            pugi::xml_document portrait;
            portrait.append_copy(last);
            Sink at{body, mark ? mark : last};
            write_body(
                view, at,
                [&](pugi::xml_node sect, bool) {
                    for (pugi::xml_node c : portrait.first_child().children()) sect.append_copy(c);
                },
                false);
            if (mark) body.remove_child(mark);
            make_landscape(last);
        }
        data = to_string(doc);
    }
    return package(parts);
}

}  // namespace

std::string report_docx(const Json& view, const std::string& template_bytes,
                        const std::string& template_name) {
    if (template_bytes.empty()) return new_document_docx(view);
    return template_docx(view, template_bytes, template_name);
}

}  // namespace duban
