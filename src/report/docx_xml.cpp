#include "report/docx_xml.h"

#include <sstream>

#include "model/error.h"
#include "store/zip_library.h"
#include "store/zip_package.h"
#include "text/i18n.h"

namespace duban::docx {

namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A4 in twips, and the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
constexpr int kA4Short = 11906, kA4Long = 16838;
constexpr int kTop = 2098, kBottom = 1984, kLeft = 1587, kRight = 1474;
// 22 lines in the 225 mm of text height (a line grid of 579 twips); the 28 characters a line
// come from the runs' spacing (run_properties).
constexpr int kLinePitch = 579;

struct FaceName {
    const char* name;  // as Word names it in w:rFonts
    const char* alt;   // fontTable altName: the Chinese name Word and WPS also look for
};

const FaceName& face_name(Face f) {
    static const FaceName names[] = {{"FangSong_GB2312", "仿宋"},
                                     {"FZXiaoBiaoSong-B05S", "方正小标宋简体"},
                                     {"SimHei", "黑体"},
                                     {"KaiTi_GB2312", "楷体"},
                                     {"SimSun", "宋体"}};
    return names[static_cast<int>(f)];
}

void set(pugi::xml_node n, const char* attr, const std::string& value) {
    n.append_attribute(attr) = value.c_str();
}

pugi::xml_node child_val(pugi::xml_node parent, const char* name, const std::string& value) {
    pugi::xml_node n = parent.append_child(name);
    set(n, "w:val", value);
    return n;
}

void run_properties(pugi::xml_node r, const Run& run) {
    pugi::xml_node pr = r.append_child("w:rPr");
    pugi::xml_node fonts = pr.append_child("w:rFonts");
    const char* name = face_name(run.face).name;
    for (const char* a : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) set(fonts, a, name);
    if (run.bold) pr.append_child("w:b");
    if (!run.color.empty()) child_val(pr, "w:color", run.color);
    // 28 characters of 3号 to a line: 156 mm holds 442 pt, 28 × 16 pt is 448; closing each
    // character up by 0.25 pt fits them in Word, WPS and LibreOffice alike, where a character
    // grid (docGrid linesAndChars) is laid out differently by each.
    if (run.size == k3Hao) child_val(pr, "w:spacing", "-5");
    child_val(pr, "w:sz", std::to_string(run.size));
    child_val(pr, "w:szCs", std::to_string(run.size));
}

void border(pugi::xml_node bdr, const char* side, const char* size, const char* color) {
    pugi::xml_node b = bdr.append_child(side);
    set(b, "w:val", "single");
    set(b, "w:sz", size);
    set(b, "w:space", "1");
    set(b, "w:color", color);
}

void paragraph_properties(pugi::xml_node p, const Para& para) {
    pugi::xml_node pr = p.append_child("w:pPr");
    if (para.style) child_val(pr, "w:pStyle", para.style);
    if (para.keep_next) pr.append_child("w:keepNext");
    if (para.red_rule || para.rules_above_below) {
        pugi::xml_node bdr = pr.append_child("w:pBdr");
        if (para.rules_above_below) border(bdr, "w:top", "4", "000000");
        border(bdr, "w:bottom", para.red_rule ? "12" : "4", para.red_rule ? "FF0000" : "000000");
    }
    if (para.right_tab) {
        pugi::xml_node tab = pr.append_child("w:tabs").append_child("w:tab");
        set(tab, "w:val", "right");
        set(tab, "w:pos", std::to_string(para.right_tab));
    }
    if (!para.grid) {
        child_val(pr, "w:snapToGrid", "0");
        pugi::xml_node sp = pr.append_child("w:spacing");
        set(sp, "w:line", "240");
        set(sp, "w:lineRule", "auto");
    }
    if (para.first_line_chars || para.right_chars) {
        pugi::xml_node ind = pr.append_child("w:ind");
        // In characters for Word and WPS, and in twips (a 3号 character is 320) for readers
        // that ignore the character forms, such as LibreOffice.
        if (para.right_chars) {
            set(ind, "w:right", std::to_string(para.right_chars * 320 / 100));
            set(ind, "w:rightChars", std::to_string(para.right_chars));
        }
        if (para.first_line_chars) {
            set(ind, "w:firstLine", std::to_string(para.first_line_chars * 320 / 100));
            set(ind, "w:firstLineChars", std::to_string(para.first_line_chars));
        }
    }
    static const char* const jc[] = {"both", "left", "center", "right"};
    child_val(pr, "w:jc", jc[static_cast<int>(para.align)]);
}

void run_text(pugi::xml_node r, const std::string& text) {
    std::string piece;
    auto flush = [&] {
        if (piece.empty()) return;
        pugi::xml_node t = r.append_child("w:t");
        set(t, "xml:space", "preserve");
        t.append_child(pugi::node_pcdata).set_value(piece.c_str());
        piece.clear();
    };
    for (char c : text) {
        if (c == '\n' || c == '\t') {
            flush();
            r.append_child(c == '\n' ? "w:br" : "w:tab");
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            // XML 1.0 cannot hold other control characters, and Word refuses a file that
            // does: shown as U+FFFD so the reader sees something was there.
            piece += "\xEF\xBF\xBD";
        } else {
            piece += c;
        }
    }
    flush();
}

std::string page_settings_xml() {
    return R"(<w:settings xmlns:w=")" + std::string(kW) +
           R"("><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>)";
}

std::string styles_xml() {
    auto rfonts = [](Face f) {
        std::string n = face_name(f).name;
        return R"(<w:rFonts w:ascii=")" + n + R"(" w:hAnsi=")" + n + R"(" w:eastAsia=")" + n +
               R"(" w:cs=")" + n + R"("/>)";
    };
    auto style = [&](const char* id, const char* name, Face f, int size, int outline,
                     const char* jc) {
        std::string s = R"(<w:style w:type="paragraph" w:styleId=")" + std::string(id) +
                        R"("><w:name w:val=")" + name + R"("/><w:basedOn w:val="Normal"/>)" +
                        R"(<w:next w:val="Normal"/><w:qFormat/><w:pPr>)";
        if (jc) s += R"(<w:jc w:val=")" + std::string(jc) + R"("/>)";
        s += R"(<w:outlineLvl w:val=")" + std::to_string(outline) + R"("/></w:pPr><w:rPr>)" +
             rfonts(f) + R"(<w:sz w:val=")" + std::to_string(size) + R"("/><w:szCs w:val=")" +
             std::to_string(size) + R"("/></w:rPr></w:style>)";
        return s;
    };
    return R"(<w:styles xmlns:w=")" + std::string(kW) +
           R"("><w:docDefaults><w:rPrDefault><w:rPr>)" + rfonts(Face::FangSong) +
           R"(<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>)"
           R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>)" +
           style("Title", "Title", Face::XiaoBiaoSong, k2Hao, 0, "center") +
           style("Heading1", "heading 1", Face::HeiTi, k3Hao, 1, nullptr) +
           style("Heading2", "heading 2", Face::KaiTi, k3Hao, 2, nullptr) + "</w:styles>";
}

std::string font_table_xml() {
    std::string s = R"(<w:fonts xmlns:w=")" + std::string(kW) + R"(">)";
    for (Face f : {Face::FangSong, Face::XiaoBiaoSong, Face::HeiTi, Face::KaiTi, Face::SongTi}) {
        const FaceName& n = face_name(f);
        s += R"(<w:font w:name=")" + std::string(n.name) + R"("><w:altName w:val=")" + n.alt +
             R"("/><w:charset w:val="86"/><w:family w:val=")" +
             (f == Face::HeiTi ? "modern" : "roman") + R"("/><w:pitch w:val="fixed"/></w:font>)";
    }
    // The fallback of FangSong_GB2312 on systems that have only FangSong (Windows 8 and later).
    s +=
        R"(<w:font w:name="FangSong"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>)";
    return s + "</w:fonts>";
}

// The page number, 4号 宋体, as — 1 —: a PAGE field between two em dashes. GB/T 9704-2012 7.5
// puts an odd page's number on the right and an even page's on the left, each one character
// (4号, 280 twips) in from the text's edge; settings.xml turns on separate even-page footers.
std::string footer_xml(bool odd) {
    const std::string run_pr =
        R"(<w:rPr><w:rFonts w:ascii="SimSun" w:hAnsi="SimSun" w:eastAsia="SimSun"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>)";
    auto run = [&](const std::string& inner) { return "<w:r>" + run_pr + inner + "</w:r>"; };
    const std::string place = odd ? R"(<w:ind w:right="280"/><w:jc w:val="right"/>)"
                                  : R"(<w:ind w:left="280"/><w:jc w:val="left"/>)";
    return R"(<w:ftr xmlns:w=")" + std::string(kW) + R"("><w:p><w:pPr>)" + place + "</w:pPr>" +
           run(R"(<w:t xml:space="preserve">— </w:t>)") +
           run(R"(<w:fldChar w:fldCharType="begin"/>)") +
           run(R"(<w:instrText xml:space="preserve"> PAGE </w:instrText>)") +
           run(R"(<w:fldChar w:fldCharType="separate"/>)") + run("<w:t>1</w:t>") +
           run(R"(<w:fldChar w:fldCharType="end"/>)") +
           run(R"(<w:t xml:space="preserve"> —</w:t>)") + "</w:p></w:ftr>";
}

[[noreturn]] void zip_failed(const std::string& what, zip_error_t* error) {
    std::string message = what + ": " + zip_error_strerror(error);
    zip_error_fini(error);
    throw Error(message, kExitData);
}

}  // namespace

pugi::xml_node Sink::add(const char* name) const {
    pugi::xml_node into = parent;
    return before ? into.insert_child_before(name, before) : into.append_child(name);
}

pugi::xml_node paragraph(const Sink& at, const Para& p, const std::vector<Run>& runs) {
    pugi::xml_node node = at.add("w:p");
    paragraph_properties(node, p);
    for (const Run& run : runs) {
        pugi::xml_node r = node.append_child("w:r");
        run_properties(r, run);
        run_text(r, run.text);
    }
    return node;
}

pugi::xml_node text_paragraph(const Sink& at, const Para& p, const std::string& text) {
    return paragraph(at, p, {Run{text}});
}

void table(const Sink& at, const std::vector<int>& widths, const std::vector<std::string>& header,
           const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& centred) {
    pugi::xml_node tbl = at.add("w:tbl");
    pugi::xml_node pr = tbl.append_child("w:tblPr");
    pugi::xml_node w = pr.append_child("w:tblW");
    int total = 0;
    for (int x : widths) total += x;
    set(w, "w:w", std::to_string(total));
    set(w, "w:type", "dxa");
    child_val(pr, "w:jc", "center");
    pugi::xml_node borders = pr.append_child("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        border(borders, side, "4", "000000");
    set(pr.append_child("w:tblLayout"), "w:type", "fixed");
    pugi::xml_node margins = pr.append_child("w:tblCellMar");
    for (const char* side : {"w:left", "w:right"}) {
        pugi::xml_node m = margins.append_child(side);
        set(m, "w:w", "57");  // 1 mm
        set(m, "w:type", "dxa");
    }
    pugi::xml_node grid = tbl.append_child("w:tblGrid");
    for (int x : widths) set(grid.append_child("w:gridCol"), "w:w", std::to_string(x));
    Para cell_para;
    cell_para.grid = false;
    cell_para.align = Align::Left;
    auto row = [&](const std::vector<std::string>& cells, bool head) {
        pugi::xml_node tr = tbl.append_child("w:tr");
        pugi::xml_node trpr = tr.append_child("w:trPr");
        trpr.append_child("w:cantSplit");
        if (head) trpr.append_child("w:tblHeader");
        for (size_t i = 0; i < widths.size(); ++i) {
            pugi::xml_node tc = tr.append_child("w:tc");
            pugi::xml_node tcpr = tc.append_child("w:tcPr");
            pugi::xml_node tcw = tcpr.append_child("w:tcW");
            set(tcw, "w:w", std::to_string(widths[i]));
            set(tcw, "w:type", "dxa");
            child_val(tcpr, "w:vAlign", "center");
            Para p = cell_para;
            if (head || (i < centred.size() && centred[i])) p.align = Align::Center;
            Run run{i < cells.size() ? cells[i] : std::string(),
                    head ? Face::HeiTi : Face::FangSong, kXiao5};
            paragraph(Sink{tc, {}}, p, {run});
        }
    };
    row(header, true);
    for (const auto& r : rows) row(r, false);
}

int text_width(bool landscape) {
    return landscape ? kA4Long - kTop - kBottom : kA4Short - kLeft - kRight;
}

void section_properties(pugi::xml_node sect, bool landscape, const std::string& footer_rid) {
    if (!footer_rid.empty()) {
        pugi::xml_node f = sect.append_child("w:footerReference");
        set(f, "w:type", "default");
        set(f, "r:id", footer_rid);
        pugi::xml_node even = sect.append_child("w:footerReference");
        set(even, "w:type", "even");
        set(even, "r:id", kEvenFooterRid);
    }
    pugi::xml_node size = sect.append_child("w:pgSz");
    set(size, "w:w", std::to_string(landscape ? kA4Long : kA4Short));
    set(size, "w:h", std::to_string(landscape ? kA4Short : kA4Long));
    if (landscape) set(size, "w:orient", "landscape");
    // Turned a quarter to the left, the page keeps each margin at the same edge of the paper.
    pugi::xml_node mar = sect.append_child("w:pgMar");
    set(mar, "w:top", std::to_string(landscape ? kRight : kTop));
    set(mar, "w:right", std::to_string(landscape ? kBottom : kRight));
    set(mar, "w:bottom", std::to_string(landscape ? kLeft : kBottom));
    set(mar, "w:left", std::to_string(landscape ? kTop : kLeft));
    set(mar, "w:header", "851");
    set(mar, "w:footer", "1304");
    set(mar, "w:gutter", "0");
    pugi::xml_node grid = sect.append_child("w:docGrid");
    set(grid, "w:type", "lines");
    set(grid, "w:linePitch", landscape ? "312" : std::to_string(kLinePitch));
}

std::map<std::string, std::string> standard_parts() {
    const std::string decl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
    std::map<std::string, std::string> parts;
    parts["[Content_Types].xml"] =
        decl +
        R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>)";
    parts["_rels/.rels"] =
        decl +
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";
    parts["word/_rels/document.xml.rels"] =
        decl +
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdFooter2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>)";
    parts["word/styles.xml"] = decl + styles_xml();
    parts["word/settings.xml"] = decl + page_settings_xml();
    parts["word/fontTable.xml"] = decl + font_table_xml();
    parts["word/footer1.xml"] = decl + footer_xml(true);
    parts["word/footer2.xml"] = decl + footer_xml(false);
    return parts;
}

pugi::xml_node new_document(pugi::xml_document& doc) {
    pugi::xml_node d = doc.append_child("w:document");
    set(d, "xmlns:w", kW);
    set(d, "xmlns:r", kR);
    return d.append_child("w:body");
}

std::string to_string(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" + out.str();
}

std::string package(const std::vector<std::pair<std::string, std::string>>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) zip_failed("docx", &error);
    zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!zip) {
        zip_source_free(buffer);
        zip_failed("docx", &error);
    }
    zip_source_keep(buffer);
    // 2021-01-01 12:00 UTC: a valid DOS date in every time zone.
    constexpr time_t kFixedTime = 1609502400;
    for (const auto& [name, data] : parts) {
        zip_source_t* s = zip_source_buffer(zip, data.data(), data.size(), 0);
        zip_int64_t i = s ? zip_file_add(zip, name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (i < 0) {
            if (s) zip_source_free(s);
            zip_discard(zip);
            zip_source_free(buffer);
            throw Error(tr(N_("docx: cannot add {0}"), name), kExitData);
        }
        zip_file_set_mtime(zip, static_cast<zip_uint64_t>(i), kFixedTime, 0);
    }
    if (zip_close(zip) != 0) {
        std::string message = zip_strerror(zip);
        zip_discard(zip);
        zip_source_free(buffer);
        throw Error(tr(N_("docx: cannot write the package: {0}"), message), kExitData);
    }
    std::string bytes;
    zip_stat_t st;
    if (zip_source_stat(buffer, &st) == 0 && zip_source_open(buffer) == 0) {
        bytes.resize(st.size);
        zip_int64_t n = zip_source_read(buffer, bytes.data(), st.size);
        zip_source_close(buffer);
        if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) bytes.clear();
    }
    zip_source_free(buffer);
    if (bytes.empty()) throw Error(_("docx: cannot read the package back"), kExitData);
    return bytes;
}

std::vector<std::pair<std::string, std::string>> unpack(const std::string& bytes,
                                                        const std::string& what) {
    const ZipPackage package(bytes, what, N_("{0}: not a .docx (not a zip file)"));
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& name : package.names())
        if (std::optional<std::string> data = package.part(name))
            out.emplace_back(name, std::move(*data));
    return out;
}

}  // namespace duban::docx
