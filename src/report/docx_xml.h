// WordprocessingML building blocks for the .docx reports: paragraphs, runs, tables and section
// settings after GB/T 9704-2012, and the package (zip) around them. Written with pugixml and
// zipped with libzip; the same input always gives the same bytes.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace duban::docx {

// The faces of an official document. Each is named by its usual Windows name, with the
// alternative Word and WPS fall back to when it is missing (word/fontTable.xml altName).
enum class Face { FangSong, XiaoBiaoSong, HeiTi, KaiTi, SongTi };

// Sizes in half-points, the unit of w:sz.
constexpr int k2Hao = 44;   // 二号 22pt: the title
constexpr int k3Hao = 32;   // 三号 16pt: the body
constexpr int k4Hao = 28;   // 四号 14pt: page numbers, 版记
constexpr int k5Hao = 21;   // 五号 10.5pt
constexpr int kXiao5 = 18;  // 小五 9pt: table cells, so that a landscape table's 13 columns fit
constexpr int kMasthead = 72;  // 36pt: the red 督查通报

struct Run {
    Run(std::string text_, Face face_ = Face::FangSong, int size_ = k3Hao, bool bold_ = false,
        std::string color_ = {})
        : text(std::move(text_)), face(face_), size(size_), bold(bold_), color(std::move(color_)) {}
    std::string text;  // '\n' becomes a line break, '\t' a tab
    Face face = Face::FangSong;
    int size = k3Hao;
    bool bold = false;
    std::string color;  // RRGGBB; empty: automatic
};

enum class Align { Both, Left, Center, Right };

struct Para {
    Para(Align align_ = Align::Both, int first_line = 0, int right = 0)
        : align(align_), first_line_chars(first_line), right_chars(right) {}
    Align align = Align::Both;
    int first_line_chars = 0;  // first-line indent in hundredths of a character: 200 is 2 chars
    int right_chars = 0;       // right indent, hundredths of a character
    bool red_rule = false;     // a red line under the paragraph (the masthead's 红色分隔线)
    bool rules_above_below = false;  // thin lines above and below (版记)
    int right_tab = 0;               // a right-aligned tab stop at this many twips, 0 for none
    bool keep_next = false;
    const char* style = nullptr;  // w:pStyle, for outline levels: Title, Heading1, Heading2
    bool grid = true;             // snap to the document grid (off in tables)
};

// Where new elements go: appended to `parent`, or inserted before `before` when it is set (a
// user template's placeholder paragraph).
struct Sink {
    pugi::xml_node parent;
    pugi::xml_node before;
    pugi::xml_node add(const char* name) const;
};

pugi::xml_node paragraph(const Sink& at, const Para& p, const std::vector<Run>& runs);
// A paragraph of one run in the body face and size.
pugi::xml_node text_paragraph(const Sink& at, const Para& p, const std::string& text);

// A table with a header row that repeats on every page and rows that do not split. `widths`
// in twips, one per column; cells in 小五, the header in 黑体 and the rest in 仿宋, vertically
// centred, 1 mm of padding left and right; a column whose `centred` entry is true is centred
// (short values: 序号, 进度, 状态), the others are flush left.
void table(const Sink& at, const std::vector<int>& widths, const std::vector<std::string>& header,
           const std::vector<std::vector<std::string>>& rows,
           const std::vector<bool>& centred = {});

// A4 section settings: margins 37/35/28/26 mm, a grid of 22 lines × 28 characters in portrait,
// the footer with the page number. Landscape turns the page and keeps the margins to the same
// edges of the paper.
void section_properties(pugi::xml_node sect_pr, bool landscape, const std::string& footer_rid);
// Width in twips of the text area of a portrait or landscape A4 section.
int text_width(bool landscape);

// The parts of a new document besides word/document.xml: styles, fonts, settings, the footers
// with `— PAGE —`, relationships and content types. Keys are part names.
std::map<std::string, std::string> standard_parts();
// The footers' relationship ids in word/_rels/document.xml.rels of standard_parts().
inline const char* kFooterRid = "rIdFooter1";      // odd pages (and every page without even ones)
inline const char* kEvenFooterRid = "rIdFooter2";  // even pages

// An empty w:document with the WordprocessingML namespaces, and its w:body.
pugi::xml_node new_document(pugi::xml_document& doc);

// The document serialised without indentation, with an XML declaration.
std::string to_string(const pugi::xml_document& doc);

// A zip of `parts`, in the order given, every entry dated 2021-01-01 so that the same parts
// give the same bytes. Throws Error when libzip fails.
std::string package(const std::vector<std::pair<std::string, std::string>>& parts);
// Every entry of the zip in `bytes`, in stored order; Error naming `what` when it is not a zip.
std::vector<std::pair<std::string, std::string>> unpack(const std::string& bytes,
                                                        const std::string& what);

}  // namespace duban::docx
