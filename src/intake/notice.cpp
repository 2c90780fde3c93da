#include "intake/notice.h"

#include "intake/delimited.h"
#include "text/encoding.h"
#include "text/strings.h"

namespace duban {

namespace {

constexpr std::string_view kHeadingSuffix = "分解表";

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Length of the first of `options` that `s` starts with at `pos`; 0 when none does.
size_t match_any(std::string_view s, size_t pos, std::initializer_list<std::string_view> options) {
    for (auto o : options)
        if (starts_with(s.substr(std::min(pos, s.size())), o)) return o.size();
    return 0;
}

size_t digits_at(std::string_view s, size_t pos) {
    size_t n = 0;
    while (pos + n < s.size() && is_digit(s[pos + n])) ++n;
    return n;
}

// The issuing office's short name before the bracket: letters or CJK characters only.
bool is_agency_prefix(std::string_view prefix) {
    if (prefix.empty()) return false;
    int chars = 0;
    for (size_t i = 0; i < prefix.size(); ++chars) {
        char32_t cp = 0;
        const int n = decode_utf8(prefix, i, &cp);
        const bool letter = (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
        if (n == 0 || !(letter || (cp >= 0x4E00 && cp <= 0x9FFF))) return false;
        i += n;
    }
    return chars <= 12;
}

// The document number that stands at the start of `line`, followed by nothing or by space (a
// 签发人 may follow), as in 华教体发〔2021〕2号; "" when there is none.
std::string leading_document_number(std::string_view line) {
    for (size_t p = 0; p < line.size(); ++p) {
        const size_t open = match_any(line, p, {"〔", "[", "［", "【"});
        if (open == 0) continue;
        if (!is_agency_prefix(line.substr(0, p))) return "";
        size_t i = p + open;
        if (digits_at(line, i) != 4) return "";
        i += 4;
        const size_t close = match_any(line, i, {"〕", "]", "］", "】"});
        if (close == 0) return "";
        i += close;
        const size_t number = digits_at(line, i);
        if (number == 0 || !starts_with(line.substr(i + number), "号")) return "";
        const size_t end = i + number + std::string_view("号").size();
        // A number quoted in a sentence (根据华发〔2021〕1号文件精神) is another notice's.
        const std::string_view rest = line.substr(end);
        if (!rest.empty() && match_any(rest, 0, {" ", "\t", "\u3000"}) == 0) return "";
        return std::string(line.substr(0, end));
    }
    return "";
}

// “富美教育”2021年度重点工作任务分解表, or 附件1：… with its label, gives the plan's title.
std::string title_from_heading(std::string_view heading) {
    std::string_view t = heading.substr(0, heading.size() - kHeadingSuffix.size());
    if (starts_with(t, "附件")) {
        size_t i = std::string_view("附件").size();
        i += digits_at(t, i);
        if (size_t colon = match_any(t, i, {"：", ":"})) t.remove_prefix(i + colon);
    }
    return std::string(trim_cell(t));
}

std::optional<int> year_before_nian(std::string_view text) {
    for (size_t i = 0; i + 4 <= text.size(); ++i) {
        if (digits_at(text, i) == 4 && (i == 0 || !is_digit(text[i - 1])) &&
            starts_with(text.substr(i + 4), "年"))
            return year_in(text.substr(i, 4));
    }
    return std::nullopt;
}

}  // namespace

std::optional<int> year_in(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        const size_t n = digits_at(text, i);
        if (n == 4 && (i == 0 || !is_digit(text[i - 1]))) {
            const int year = std::stoi(std::string(text.substr(i, 4)));
            if (year >= 1900 && year <= 2099) return year;
        }
        i += n;
    }
    return std::nullopt;
}

NoticeFacts read_notice(const std::vector<std::string>& lines) {
    NoticeFacts facts;
    bool first = true;
    for (const auto& raw : lines) {
        const std::string_view line = trim_cell(raw);
        if (line.empty()) continue;
        const std::string number = leading_document_number(line);
        const bool heading = ends_with(line, kHeadingSuffix);
        if (first && number.empty() && !heading) facts.issuer = std::string(line);
        first = false;
        if (facts.document.empty()) facts.document = number;
        if (heading) facts.title = title_from_heading(line);
        if (!facts.year_in_text) facts.year_in_text = year_before_nian(line);
    }
    return facts;
}

}  // namespace duban
