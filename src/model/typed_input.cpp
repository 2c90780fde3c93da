#include "model/typed_input.h"

#include <algorithm>
#include <cctype>
#include <vector>

// Messages are marked for xgettext here and translated by the caller (model is below text).
#ifndef N_
#define N_(msgid) msgid
#endif

namespace duban {

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A run of 1 to `max` ASCII digits as a number; nullopt otherwise.
std::optional<int> number(std::string_view s, size_t max) {
    if (!all_digits(s) || s.size() > max) return std::nullopt;
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

// Splits "2021/6/25" at `sep` into its parts.
std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    for (size_t start = 0;;) {
        size_t at = s.find(sep, start);
        parts.push_back(s.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

// "2021年6月25日" → {"2021", "6", "25"}; "6月25号" → {"6", "25"}; empty when not that shape.
std::vector<std::string_view> chinese_date_parts(std::string_view s) {
    constexpr std::string_view kYear = "年", kMonth = "月", kDay = "日", kDayAlt = "号";
    for (std::string_view end : {kDay, kDayAlt})
        if (s.size() > end.size() && s.substr(s.size() - end.size()) == end) {
            s.remove_suffix(end.size());
            break;
        }
    std::vector<std::string_view> parts;
    if (size_t y = s.find(kYear); y != std::string_view::npos) {
        parts.push_back(s.substr(0, y));
        s.remove_prefix(y + kYear.size());
    }
    size_t m = s.find(kMonth);
    if (m == std::string_view::npos) return {};
    parts.push_back(s.substr(0, m));
    parts.push_back(s.substr(m + kMonth.size()));
    return parts;
}

}  // namespace

std::string narrow_typed(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
        auto b = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
        if (i + 2 < text.size() && b(0) == 0xEF && (b(1) == 0xBC || b(1) == 0xBD) && b(2) >= 0x80 &&
            b(2) <= 0xBF) {
            // U+FF01..U+FF5E sit 0xFEE0 above ASCII 0x21..0x7E.
            unsigned cp = 0xF000 | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                out += static_cast<char>(cp - 0xFEE0);
                i += 3;
                continue;
            }
        }
        if (i + 2 < text.size() && b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) {
            out += ' ';  // U+3000 ideographic space
            i += 3;
            continue;
        }
        out += text[i++];
    }
    size_t first = out.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return out.substr(first, out.find_last_not_of(" \t") - first + 1);
}

Typed<Date> read_date(std::string_view typed, int plan_year) {
    std::string text = narrow_typed(typed);
    std::vector<std::string_view> parts = chinese_date_parts(text);
    for (char sep : {'-', '/', '.'})
        if (parts.empty() && text.find(sep) != std::string::npos) parts = split(text, sep);
    Typed<Date> out;
    if (parts.size() == 2 && plan_year == 0 && number(parts[0], 2) && number(parts[1], 2)) {
        out.problem = N_("'{0}' has no year: write it as 2021-06-25 or 2021年6月25日");
        return out;
    }
    if (parts.size() == 2) parts.insert(parts.begin(), std::string_view());
    std::optional<int> year = parts.size() == 3 && parts[0].empty() ? std::optional<int>(plan_year)
                              : parts.size() == 3 && parts[0].size() == 4 ? number(parts[0], 4)
                                                                          : std::nullopt;
    std::optional<int> month = parts.size() == 3 ? number(parts[1], 2) : std::nullopt;
    std::optional<int> day = parts.size() == 3 ? number(parts[2], 2) : std::nullopt;
    if (!year || !month || !day) {
        out.problem = N_("'{0}' is not a date: write it as 2021-06-25, 2021/6/25 or 2021年6月25日");
        return out;
    }
    Date d{*year, *month, *day};
    if (!d.valid()) {
        out.problem = N_("there is no such day as '{0}'");
        return out;
    }
    out.value = d;
    return out;
}

Typed<int> read_whole_number(std::string_view typed, int lo, int hi) {
    std::string text = narrow_typed(typed);
    Typed<int> out;
    std::string_view whole = text;
    if (size_t dot = whole.find('.'); dot != std::string_view::npos) {
        std::string_view fraction = whole.substr(dot + 1);
        whole = whole.substr(0, dot);
        if (!all_digits(whole) || !all_digits(fraction)) {
            out.problem = N_("'{0}' is not a number");
            return out;
        }
        if (fraction.find_first_not_of('0') != std::string_view::npos) {
            out.problem = N_("'{0}' is not a whole number; fractions are not kept, so round it");
            return out;
        }
    }
    std::optional<int> n = number(whole, 9);
    if (!n) {
        out.problem = N_("'{0}' is not a whole number");
        return out;
    }
    if (*n < lo || *n > hi) {
        out.problem = N_("'{0}' is not a whole number from {1} to {2}");
        return out;
    }
    out.value = n;
    return out;
}

Typed<int> read_progress(std::string_view typed) {
    std::string text = narrow_typed(typed);
    if (!text.empty() && text.back() == '%') text.pop_back();
    Typed<int> out = read_whole_number(text, 0, 100);
    // A fraction gets its own reason; anything else is not a percentage.
    if (!out && std::string_view(out.problem).find("fractions") == std::string_view::npos)
        out.problem = N_("progress is a percentage from 0 to 100, not '{0}'");
    return out;
}

Typed<Status> read_status(std::string_view typed) {
    struct Spelling {
        std::string_view word;
        Status status;
    };
    static constexpr Spelling kSpellings[] = {
        {"not-started", Status::NotStarted},
        {"未启动", Status::NotStarted},
        {"未开始", Status::NotStarted},
        {"in-progress", Status::InProgress},
        {"推进中", Status::InProgress},
        {"进行中", Status::InProgress},
        {"正在推进", Status::InProgress},
        {"done", Status::Done},
        {"已完成", Status::Done},
        {"完成", Status::Done},
        {"closed", Status::Closed},
        {"已销号", Status::Closed},
        {"销号", Status::Closed},
    };
    std::string text = narrow_typed(typed);
    for (char& c : text) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (c == ' ' || c == '_') c = '-';
    }
    Typed<Status> out;
    for (const Spelling& s : kSpellings)
        if (text == s.word) out.value = s.status;
    if (!out) out.problem = N_("unknown status '{0}'");
    return out;
}

const char* status_choices() {
    return N_("not-started, in-progress, done, closed (or 未启动, 推进中, 已完成, 已销号)");
}

}  // namespace duban
