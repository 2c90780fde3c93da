#include "intake/deadline.h"

#include <algorithm>
#include <cmath>
#include <regex>

#include "text/encoding.h"

namespace duban {

namespace {

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// The phrases of a cell: split at the punctuation that separates clauses.
std::vector<std::string> phrases(std::string_view cell) {
    return split_on(cell, [](char32_t cp) {
        return cp == U'，' || cp == ',' || cp == U'；' || cp == ';' || cp == U'。' || cp == U'、' ||
               cp == '\n' || cp == '\r';
    });
}

std::optional<Date> make_date(int year, int month, int day) {
    if (month < 1 || month > 12 || year < 1900 || year > 2099) return std::nullopt;
    if (day == 0) day = days_in_month(year, month);
    Date d{year, month, day};
    return d.valid() ? std::optional<Date>(d) : std::nullopt;
}

int quarter_of(const std::string& word) {
    static const std::pair<const char*, int> kWords[] = {{"一", 1}, {"二", 2}, {"三", 3}, {"四", 4},
                                                         {"1", 1},  {"2", 2},  {"3", 3},  {"4", 4}};
    for (const auto& [w, q] : kWords)
        if (word == w) return q;
    return 0;
}

// The one date a phrase names, if any. Regexes see short ASCII-digit phrases only.
std::optional<Date> date_in(const std::string& phrase, int year) {
    if (phrase.size() > 200) return std::nullopt;
    static const std::regex kFull("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    static const std::regex kYearMonth("(\\d{4})年(\\d{1,2})月(上旬|中旬)?");
    static const std::regex kMonthDay("(\\d{1,2})月(\\d{1,2})日");
    static const std::regex kMonth("(\\d{1,2})月(份)?(上旬|中旬)?");
    static const std::regex kQuarter("(?:第)?(一|二|三|四|1|2|3|4)季度");
    static const std::regex kYearOnly("(\\d{4})年(底|末|内)");
    std::smatch m;
    auto tenths = [](const std::string& part) {
        return part == "上旬" ? 10 : part == "中旬" ? 20 : 0;
    };
    if (std::regex_search(phrase, m, kFull))
        return make_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
    if (std::regex_search(phrase, m, kYearMonth))
        return make_date(std::stoi(m[1]), std::stoi(m[2]), tenths(m[3]));
    if (std::regex_search(phrase, m, kMonthDay))
        return make_date(year, std::stoi(m[1]), std::stoi(m[2]));
    if (std::regex_search(phrase, m, kMonth)) return make_date(year, std::stoi(m[1]), tenths(m[3]));
    if (std::regex_search(phrase, m, kQuarter)) return make_date(year, quarter_of(m[1]) * 3, 0);
    if (std::regex_search(phrase, m, kYearOnly)) return make_date(std::stoi(m[1]), 12, 31);
    if (contains(phrase, "上半年")) return make_date(year, 6, 30);
    if (contains(phrase, "下半年") || contains(phrase, "年底") || contains(phrase, "年末") ||
        contains(phrase, "年内") || contains(phrase, "全年"))
        return make_date(year, 12, 31);
    return std::nullopt;
}

int share_of_period(Date start, Date date, Date due) {
    const double span = static_cast<double>(due.days() - start.days());
    if (span <= 0) return 50;
    const double share = static_cast<double>(date.days() - start.days()) / span;
    return std::clamp(static_cast<int>(std::lround(share * 100)), 1, 99);
}

}  // namespace

std::string ascii_digits(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        int n = decode_utf8(text, i, &cp);
        if (n == 0) n = 1, cp = 0;
        if (cp >= U'０' && cp <= U'９')
            out += static_cast<char>('0' + (cp - U'０'));
        else
            out.append(text.substr(i, n));
        i += n;
    }
    return out;
}

Deadline read_deadline(std::string_view cell, int year, Date start) {
    Deadline d;
    const std::string text = ascii_digits(cell);
    for (auto word : {"长期推进", "持续推进", "长期坚持", "长期"})
        if (contains(text, word)) d.ongoing = true;
    std::vector<Milestone> nodes;
    for (const std::string& phrase : phrases(text))
        if (auto date = date_in(phrase, year)) nodes.push_back({*date, 0, phrase, {}});
    if (nodes.empty()) return d;
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const Milestone& a, const Milestone& b) { return a.date < b.date; });
    d.due = nodes.back().date;
    nodes.pop_back();
    for (auto& m : nodes) {
        if (m.date >= *d.due || (!d.milestones.empty() && d.milestones.back().date == m.date))
            continue;
        m.target = share_of_period(start, m.date, *d.due);
        d.milestones.push_back(std::move(m));
    }
    return d;
}

}  // namespace duban
