#include "intake/notice.h"

#include "intake/delimited.h"
#include "text/encoding.h"
#include "text/strings.h"

namespace duban {

namespace {

// The words a table's caption ends in; the plan's title is the caption without them.
constexpr std::string_view kHeadingSuffixes[] = {"分解表", "台账", "清单", "任务表", "任务分解"};

// The caption's closing word, or "" when the line is no caption.
std::string_view heading_suffix(std::string_view line) {
    for (auto s : kHeadingSuffixes)
        if (line.size() > s.size() && line.substr(line.size() - s.size()) == s) return s;
    return {};
}

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
    std::string_view suffix = heading_suffix(heading);
    // 任务表 and 任务分解 keep their 任务: the title of a 重点任务表 is 重点任务.
    if (suffix == "任务表") suffix = "表";
    if (suffix == "任务分解") suffix = "分解";
    std::string_view t = heading.substr(0, heading.size() - suffix.size());
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

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
    for (auto p : prefixes)
        if (starts_with(s, p)) return true;
    return false;
}

// An issuing body's name as a letterhead writes it: short, no sentence punctuation, and ending
// the way names of offices end. 附件, captions and sentences are never the issuer.
std::string issuer_in(std::string_view line) {
    if (ends_with(line, "文件")) line.remove_suffix(std::string_view("文件").size());
    if (line.empty() || line.size() > 90 || starts_with_any(line, {"附件", "附表"})) return "";
    for (auto mark : {"。", "，", "：", ":", "；", "、", "（", "("})
        if (line.find(mark) != std::string_view::npos) return "";
    for (auto end :
         {"局", "委", "厅", "办", "办公室", "政府", "委员会", "中心", "院",   "部",   "会",
          "处", "科", "股", "站", "所",     "队",   "组",     "社",   "公司", "学校", "党组"})
        if (ends_with(line, end)) return std::string(line);
    return "";
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
        const bool heading = !heading_suffix(line).empty();
        if (first && number.empty() && !heading) facts.issuer = issuer_in(line);
        first = false;
        if (facts.document.empty()) facts.document = number;
        if (heading) facts.title = title_from_heading(line);
        if (!facts.year_in_text) facts.year_in_text = year_before_nian(line);
    }
    return facts;
}

}  // namespace duban
