#include "intake/numbering.h"

#include "intake/delimited.h"
#include "intake/units.h"
#include "model/plan.h"
#include "text/encoding.h"

namespace duban {

namespace {

bool is_chinese_numeral(char32_t cp) {
    static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十百零〇两";
    return kNumerals.find(cp) != std::u32string_view::npos;
}

// ASCII or full-width: Word tables often hold １．
bool is_digit(char32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= U'０' && cp <= U'９');
}

int digit_value(char32_t cp) {
    return cp >= U'０' ? static_cast<int>(cp - U'０') : static_cast<int>(cp - '0');
}

// Code points of `text`, with their byte offsets (one past the end at the back).
struct Chars {
    std::u32string cps;
    std::vector<size_t> at;
};

Chars chars_of(std::string_view text, size_t limit) {
    Chars c;
    size_t i = 0;
    while (i < text.size() && c.cps.size() < limit) {
        char32_t cp = 0;
        int n = decode_utf8(text, i, &cp);
        if (n == 0) n = 1, cp = 0xFFFD;
        c.cps.push_back(cp);
        c.at.push_back(i);
        i += n;
    }
    c.at.push_back(i);
    return c;
}

// Length of the run at `from` of characters satisfying `pred`.
template <typename Pred>
size_t run(const std::u32string& s, size_t from, Pred pred) {
    size_t n = 0;
    while (from + n < s.size() && pred(s[from + n])) ++n;
    return n;
}

Numbering make(Numbering::Kind kind, std::string_view text, size_t cut, std::optional<int> n) {
    Numbering out;
    out.kind = kind;
    out.number = n;
    out.rest = std::string(trim_cell(text.substr(cut)));
    return out;
}

// 一 … 九十九: the value of a run of Chinese numerals, or nullopt beyond what headings use.
std::optional<int> chinese_value(const std::u32string& s, size_t from, size_t len) {
    static constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
    int value = 0, digit = -1;
    for (size_t k = 0; k < len; ++k) {
        const char32_t cp = s[from + k];
        if (cp == U'十') {
            value += (digit < 0 ? 1 : digit) * 10;
            digit = -1;
        } else if (size_t d = kDigits.find(cp); d != std::u32string_view::npos) {
            digit = static_cast<int>(d);
        } else {
            return std::nullopt;
        }
    }
    return value + (digit < 0 ? 0 : digit);
}

std::optional<int> number_of(const std::u32string& s, size_t from, size_t len) {
    if (len == 0 || len > 6) return std::nullopt;
    int v = 0;
    for (size_t k = 0; k < len; ++k) v = v * 10 + digit_value(s[from + k]);
    return v;
}

}  // namespace

Numbering split_numbering(std::string_view raw) {
    const std::string_view text = trim_cell(raw);
    const Chars c = chars_of(text, 12);
    const auto& s = c.cps;
    if (s.empty()) return make(Numbering::None, text, 0, std::nullopt);
    // 一、 一. 一．
    if (size_t n = run(s, 0, is_chinese_numeral);
        n > 0 && n <= 4 && n < s.size() && (s[n] == U'、' || s[n] == U'．' || s[n] == '.'))
        return make(Numbering::Chapter, text, c.at[n + 1], chinese_value(s, 0, n));
    // （一） (一) （1） (1)
    if (s[0] == U'（' || s[0] == '(') {
        const size_t cn = run(s, 1, is_chinese_numeral), dn = run(s, 1, is_digit);
        const size_t n = cn ? cn : dn;
        if (n > 0 && n <= 4 && 1 + n < s.size() && (s[1 + n] == U'）' || s[1 + n] == ')')) {
            size_t cut = 2 + n;
            if (cut < s.size() && (s[cut] == U'、' || s[cut] == '.')) ++cut;
            return cn ? make(Numbering::Section, text, c.at[cut], chinese_value(s, 1, cn))
                      : make(Numbering::SubItem, text, c.at[cut], number_of(s, 1, dn));
        }
    }
    // ① … ⑳
    if (s[0] >= U'①' && s[0] <= U'⑳')
        return make(Numbering::SubItem, text, c.at[1], static_cast<int>(s[0] - U'①') + 1);
    // 1. 1、 1． — but not 2.0 or 2021年
    if (size_t n = run(s, 0, is_digit);
        n > 0 && n <= 4 && n < s.size() && (s[n] == U'、' || s[n] == U'．' || s[n] == '.')) {
        const bool decimal = n + 1 < s.size() && is_digit(s[n + 1]);
        if (!decimal) return make(Numbering::Item, text, c.at[n + 1], number_of(s, 0, n));
    }
    return make(Numbering::None, text, 0, std::nullopt);
}

std::string clean_heading(std::string_view text) {
    return drop_trailing_punctuation(strip_padding(split_numbering(text).rest));
}

}  // namespace duban
