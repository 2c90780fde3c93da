#include "model/typed_input.h"

#include <vector>

namespace duban {

std::string fold_typed(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        // U+FF01–FF5E is EF BC 81–EF BC BF and EF BD 80–EF BD 9E; U+3000 is E3 80 80.
        if (b == 0xEF && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]);
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            const unsigned cp = 0xF000u | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                out += char(cp - 0xFF01 + 0x21);
                i += 2;
                continue;
            }
        }
        if (b == 0xE3 && i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\x80') {
            out += ' ';
            i += 2;
            continue;
        }
        out += text[i];
    }
    const size_t first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return out.substr(first, out.find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<int> parse_typed_progress(std::string_view text) {
    std::string s = fold_typed(text);
    if (!s.empty() && s.back() == '%') s.pop_back();
    const size_t dot = s.find('.');
    if (dot != std::string::npos) {
        if (s.find_first_not_of('0', dot + 1) != std::string::npos) return std::nullopt;
        s.erase(dot);
    }
    if (s.empty() || s.size() > 3 || s.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const int value = std::stoi(s);
    if (value > 100) return std::nullopt;
    return value;
}

namespace {

// The numbers in `s` separated by one kind of separator; empty when `s` is anything else.
std::vector<int> numbers(const std::string& s, std::string_view separators) {
    std::vector<int> parts;
    std::string digits;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (digits.size() >= 4) return {};
            digits += c;
        } else if (separators.find(c) != std::string_view::npos && !digits.empty()) {
            parts.push_back(std::stoi(digits));
            digits.clear();
        } else {
            return {};
        }
    }
    if (digits.empty()) return {};
    parts.push_back(std::stoi(digits));
    return parts;
}

}  // namespace

std::optional<Date> parse_typed_date(std::string_view text, int year) {
    std::string s = fold_typed(text);
    for (const char* word : {"年", "月"})
        for (size_t at; (at = s.find(word)) != std::string::npos;) s.replace(at, 3, "-");
    if (s.size() >= 3 && s.compare(s.size() - 3, 3, "日") == 0) s.erase(s.size() - 3);
    if (s.size() >= 3 && s.compare(s.size() - 3, 3, "号") == 0) s.erase(s.size() - 3);
    std::vector<int> parts;
    for (std::string_view sep : {"-", "/", "."}) {
        parts = numbers(s, sep);
        if (!parts.empty()) break;
    }
    Date d;
    if (parts.size() == 3 && parts[0] >= 1000)
        d = {parts[0], parts[1], parts[2]};
    else if (parts.size() == 2)
        d = {year, parts[0], parts[1]};
    else
        return std::nullopt;
    if (!d.valid()) return std::nullopt;
    return d;
}

std::optional<Status> parse_typed_status(std::string_view text) {
    const std::string s = fold_typed(text);
    if (s == "进行中") return Status::InProgress;
    if (s == "完成") return Status::Done;
    if (s == "销号") return Status::Closed;
    return parse_status(s);
}

}  // namespace duban
