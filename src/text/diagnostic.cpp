#include "text/diagnostic.h"
#include "text/i18n.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include <fmt/format.h>
#include <utf8proc.h>

namespace duban {

namespace {

std::vector<int32_t> code_points(std::string_view s) {
    std::vector<int32_t> out;
    auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) n = 1, cp = 0xFFFD;
        out.push_back(cp);
        p += n;
        left -= n;
    }
    return out;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && i + 1 < text.size()) starts_.push_back(i + 1);
}

std::string_view LineIndex::line(int line) const {
    if (line < 1 || line > lines()) return {};
    size_t begin = starts_[line - 1];
    size_t end = text_.find('\n', begin);
    if (end == std::string_view::npos) end = text_.size();
    if (end > begin && text_[end - 1] == '\r') --end;
    return text_.substr(begin, end - begin);
}

size_t LineIndex::offset(int line, int column) const {
    if (line < 1) return 0;
    if (line > lines()) return text_.size();
    // A character is a lead byte and the continuation bytes (10xxxxxx) after it; counting lead
    // bytes needs no decoding, and treats a stray byte as a character of its own.
    size_t at = starts_[line - 1];
    for (int c = 1; c < column && at < text_.size() && text_[at] != '\n'; ++c) {
        ++at;
        while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

void LineIndex::position(size_t offset, int* line, int* column) const {
    // The end of a text that ends in a newline is the start of a line the index does not hold.
    if (offset > 0 && offset == text_.size() && text_[offset - 1] == '\n') {
        *line = lines() + 1;
        *column = 1;
        return;
    }
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    int l = static_cast<int>(it - starts_.begin());
    *line = l;
    *column = 1 + count_chars(text_.substr(starts_[l - 1], offset - starts_[l - 1]));
}

namespace {

// The byte offset `chars` characters after (or, negative, before) byte `at`, within `text`.
size_t step_chars(std::string_view text, size_t at, int chars) {
    for (; chars > 0 && at < text.size(); --chars) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    for (; chars < 0 && at > 0; ++chars) {
        --at;
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    }
    return at;
}

}  // namespace

ShownLine shown_line(std::string_view line, int column) {
    // A line of at most kShownChars bytes has at most as many characters: no need to count.
    if (line.size() <= static_cast<size_t>(kShownChars) ||
        step_chars(line, 0, kShownChars) == line.size())
        return {std::string(line), column};
    const int half = kShownChars / 2;
    size_t at = step_chars(line, 0, column - 1);
    size_t from = step_chars(line, at, -half);
    size_t to = step_chars(line, at, half);
    ShownLine out;
    out.column = count_chars(line.substr(from, at - from)) + 1;
    if (from > 0) out.text = "…", ++out.column;
    out.text.append(line.substr(from, to - from));
    if (to < line.size()) out.text += "…";
    return out;
}

std::string caret_padding(std::string_view line, int column) {
    const int chars = column - 1;
    std::string pad;
    auto cps = code_points(line);
    for (int i = 0; i < chars && i < static_cast<int>(cps.size()); ++i) {
        if (cps[i] == '\t') {
            pad += '\t';
            continue;
        }
        int w = utf8proc_charwidth(cps[i]);
        pad.append(static_cast<size_t>(std::max(w, 0)), ' ');
    }
    return pad;
}

int count_chars(std::string_view utf8) {
    int n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string located_message(const std::string& file, const LineIndex& lines, int line, int column,
                            std::string_view message, std::string_view hint) {
    std::string out;
    if (line <= 0) {
        out = fmt::format("{}: {}", file, message);
    } else {
        ShownLine shown = shown_line(lines.line(line), column);
        out = fmt::format("{}:{}:{}: {}\n    {}\n    {}^", file, line, column, message, shown.text,
                          caret_padding(shown.text, shown.column));
    }
    if (!hint.empty()) out += tr(N_("\nhint: {0}"), hint);
    return out;
}

int edit_distance(std::string_view a, std::string_view b) {
    auto x = code_points(a), y = code_points(b);
    std::vector<int> prev(y.size() + 1), cur(y.size() + 1);
    for (size_t j = 0; j <= y.size(); ++j) prev[j] = static_cast<int>(j);
    for (size_t i = 1; i <= x.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (size_t j = 1; j <= y.size(); ++j) {
            int subst = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

std::vector<size_t> char_starts(std::string_view utf8) {
    std::vector<size_t> out;
    for (size_t i = 0; i < utf8.size(); ++i)
        if (i == 0 || (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) out.push_back(i);
    return out;
}

bool within_one_edit(std::string_view a, std::string_view b) {
    std::vector<size_t> sa = char_starts(a), sb = char_starts(b);
    if (sa.size() > sb.size()) std::swap(a, b), std::swap(sa, sb);
    if (sb.size() - sa.size() > 1) return false;
    auto ch = [](std::string_view s, const std::vector<size_t>& st, size_t i) {
        size_t end = i + 1 < st.size() ? st[i + 1] : s.size();
        return s.substr(st[i], end - st[i]);
    };
    size_t i = 0;
    while (i < sa.size() && ch(a, sa, i) == ch(b, sb, i)) ++i;
    if (i == sa.size()) return true;  // equal, or b has one more character at the end
    // Replace the i-th character (same length), or skip b's i-th (b one longer): the rest of a
    // must then equal the rest of b, byte for byte.
    size_t a_rest = sa.size() == sb.size() ? (i + 1 < sa.size() ? sa[i + 1] : a.size()) : sa[i];
    size_t b_rest = i + 1 < sb.size() ? sb[i + 1] : b.size();
    return a.substr(a_rest) == b.substr(b_rest);
}

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    const int length = count_chars(word);
    if (length > kMaxSuggestChars) return best;
    int best_distance = std::max(1, length / 3) + 1;
    for (const auto& c : candidates) {
        // The distance is at least the difference in length; this also keeps a long candidate
        // from costing a long comparison.
        if (std::abs(count_chars(c) - length) >= best_distance) continue;
        int d = edit_distance(word, c);
        if (d < best_distance) best_distance = d, best = c;
    }
    return best;
}

}  // namespace duban
