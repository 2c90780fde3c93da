#include "text/width.h"

#include <utf8proc.h>

#include <algorithm>
#include <limits>
#include <utility>

#include "text/strings.h"

namespace duban::text {

namespace {

// One decoded code point. An invalid byte decodes as itself with code point -1 and width 1,
// so that a stray Latin-1 byte still takes the column a terminal will most likely give it.
struct Glyph {
    size_t size = 1;
    int32_t code = -1;
    int width = 1;
};

Glyph decode(std::string_view s, size_t pos) {
    utf8proc_int32_t code = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                              static_cast<utf8proc_ssize_t>(s.size() - pos), &code);
    if (n <= 0) return {};
    // utf8proc gives control characters no width; a tab is counted as the space it usually
    // stands in for, so text with tabs is not measured as narrower than it shows.
    int width = code == '\t' ? 1 : utf8proc_charwidth(code);
    return {static_cast<size_t>(n), code, width};
}

// Bytes in the longest prefix of `s` no wider than `width`. Zero-width code points after the
// last character that fits are included, so a combining mark is never parted from its base.
size_t fitting_prefix(std::string_view s, int width) {
    int used = 0;
    size_t pos = 0;
    while (pos < s.size()) {
        Glyph g = decode(s, pos);
        if (used + g.width > width) break;
        used += g.width;
        pos += g.size;
    }
    return pos;
}

constexpr std::u32string_view kClosing = U"，。、；：？！）」』”’》〕】〉］｝．…";
constexpr std::u32string_view kOpening = U"（「『“‘《〔【〈［｛";

bool is_in(std::u32string_view set, int32_t code) {
    return code >= 0 && set.find(static_cast<char32_t>(code)) != std::u32string_view::npos;
}

// `end` moved back past the spaces and opening punctuation the first `end` bytes of `s` end in:
// a cut that ends in “ or （ opens something the reader never sees.
size_t without_dangling_opening(std::string_view s, size_t end) {
    size_t kept = 0;
    bool keeping = false;  // a zero-width mark goes with its base
    for (size_t pos = 0; pos < end;) {
        Glyph g = decode(s, pos);
        pos += g.size;
        if (g.width != 0) keeping = g.code != ' ' && !is_in(kOpening, g.code);
        if (keeping) kept = pos;
    }
    return kept;
}

enum class Kind { Word, Wide, Opening, Closing };

// What wrap never breaks unless it is wider than a line: a Latin word, one wide character, or
// either of them glued to the punctuation that may not be parted from it. `lead_begin` up to
// `begin` is the whitespace before it, where a line may break.
struct Atom {
    size_t lead_begin = 0;
    size_t begin = 0;
    size_t end = 0;
    int lead_width = 0;
    int width = 0;
    Kind kind = Kind::Word;
};

Kind kind_of(const Glyph& g) {
    if (is_in(kClosing, g.code)) return Kind::Closing;
    if (is_in(kOpening, g.code)) return Kind::Opening;
    return g.width == 2 ? Kind::Wide : Kind::Word;
}

// Whether `g`, after `last` and `lead` columns of whitespace, belongs to the same atom.
// Punctuation glues even across a space, so a space never lets "，" start a line.
bool joins(const Atom& last, const Glyph& g, Kind kind, int lead) {
    if (last.kind == Kind::Opening || kind == Kind::Closing) return true;
    if (lead > 0) return false;
    return g.width == 0 || (kind == Kind::Word && last.kind == Kind::Word);
}

// The kind of an atom after `g` joined it. Narrow closing marks inside a Latin word (the ’ in
// don’t) leave it a word, so the letters after them still belong to it.
Kind kind_after_join(const Atom& last, const Glyph& g, Kind kind, int lead) {
    if (g.width == 0) return last.kind;
    if (kind == Kind::Closing && last.kind == Kind::Word && g.width == 1 && lead == 0)
        return Kind::Word;
    return kind;
}

std::vector<Atom> split_atoms(std::string_view par) {
    std::vector<Atom> atoms;
    size_t lead_begin = std::string_view::npos;
    int lead = 0;
    for (size_t pos = 0; pos < par.size();) {
        Glyph g = decode(par, pos);
        if (g.code == ' ' || g.code == '\t') {
            if (lead_begin == std::string_view::npos) lead_begin = pos;
            lead += g.width;
        } else {
            Kind kind = kind_of(g);
            if (!atoms.empty() && joins(atoms.back(), g, kind, lead)) {
                Atom& last = atoms.back();
                last.kind = kind_after_join(last, g, kind, lead);
                last.end = pos + g.size;
                last.width += lead + g.width;
            } else {
                size_t start = lead_begin == std::string_view::npos ? pos : lead_begin;
                atoms.push_back({start, pos, pos + g.size, lead, g.width, kind});
            }
            lead_begin = std::string_view::npos;
            lead = 0;
        }
        pos += g.size;
    }
    return atoms;
}

// A paragraph's lines, built up one at a time; a finished line loses its trailing spaces.
struct LineBuilder {
    std::vector<std::string>& lines;
    std::string text;
    int width = 0;

    void add(std::string_view s, int w) {
        text += s;
        width += w;
    }
    void finish() {
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
        lines.push_back(std::move(text));
        text.clear();
        width = 0;
    }
};

// Only an atom wider than a whole line comes here: it fills what is left of the current line
// and goes on character by character.
void break_hard(std::string_view atom, int width, LineBuilder& line) {
    for (size_t pos = 0; pos < atom.size();) {
        Glyph g = decode(atom, pos);
        if (!line.text.empty() && line.width + g.width > width) line.finish();
        line.add(atom.substr(pos, g.size), g.width);
        pos += g.size;
    }
}

void wrap_paragraph(std::string_view par, int width, std::vector<std::string>& lines) {
    LineBuilder line{lines, {}, 0};
    bool first = true;
    for (const Atom& a : split_atoms(par)) {
        std::string_view lead = par.substr(a.lead_begin, a.begin - a.lead_begin);
        std::string_view text = par.substr(a.begin, a.end - a.begin);
        int lead_width = a.lead_width;
        // Whitespace at a break is dropped; a paragraph's indent is kept when it fits.
        if (line.text.empty() && !(first && lead_width + a.width <= width)) {
            lead = {};
            lead_width = 0;
        }
        first = false;
        if (line.width + lead_width + a.width <= width) {
            line.add(lead, lead_width);
            line.add(text, a.width);
        } else if (a.width <= width) {
            line.finish();
            line.add(text, a.width);
        } else {
            line.add(lead, lead_width);
            break_hard(text, width, line);
        }
    }
    line.finish();
}

}  // namespace

int display_width(std::string_view utf8) {
    int width = 0;
    for (size_t pos = 0; pos < utf8.size();) {
        Glyph g = decode(utf8, pos);
        width += g.width;
        pos += g.size;
    }
    return width;
}

std::string truncate(std::string_view s, int width, std::string_view ellipsis) {
    if (width <= 0) return {};
    if (display_width(s) <= width) return std::string(s);
    int ellipsis_width = display_width(ellipsis);
    if (ellipsis_width > width) return std::string(s.substr(0, fitting_prefix(s, width)));
    std::string out(
        s.substr(0, without_dangling_opening(s, fitting_prefix(s, width - ellipsis_width))));
    out += ellipsis;
    return out;
}

std::vector<std::string> wrap(std::string_view s, int width) {
    // Half the range keeps the sums in wrap_paragraph from overflowing.
    if (width <= 0) width = std::numeric_limits<int>::max() / 2;
    std::vector<std::string> lines;
    size_t start = 0;
    while (true) {
        size_t newline = s.find('\n', start);
        std::string_view par = s.substr(
            start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
        wrap_paragraph(without_cr(par), width, lines);
        if (newline == std::string_view::npos || newline + 1 == s.size()) break;
        start = newline + 1;
    }
    return lines;
}

std::string pad_right(std::string_view s, int width) {
    std::string out(s);
    out.append(static_cast<size_t>(std::max(0, width - display_width(s))), ' ');
    return out;
}

std::string pad_left(std::string_view s, int width) {
    std::string out(static_cast<size_t>(std::max(0, width - display_width(s))), ' ');
    out += s;
    return out;
}

}  // namespace duban::text
