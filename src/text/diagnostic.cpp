#include "text/diagnostic.h"

#include <algorithm>
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
        std::string_view text = lines.line(line);
        out = fmt::format("{}:{}:{}: {}\n    {}\n    {}^", file, line, column, message, text,
                          caret_padding(text, column));
    }
    if (!hint.empty()) out += fmt::format("\nhint: {}", hint);
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

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    int best_distance = std::max(1, count_chars(word) / 3) + 1;
    for (const auto& c : candidates) {
        int d = edit_distance(word, c);
        if (d < best_distance) best_distance = d, best = c;
    }
    return best;
}

}  // namespace duban
