// Facts about cells that need no XML: A1 references, number formats, Excel's date serials.
#include "intake/workbook.h"

#include <cmath>

namespace duban {

namespace {

constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;

}  // namespace

std::string cell_ref(int row, int column) {
    std::string letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), char('A' + (c - 1) % 26));
    return letters + std::to_string(row);
}

std::string WorkbookCell::ref() const {
    return cell_ref(row, column);
}

std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref) {
    size_t i = 0;
    if (i < ref.size() && ref[i] == '$') ++i;
    long column = 0;
    const size_t letters_start = i;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i - letters_start < 3; ++i)
        column = column * 26 + (ref[i] - 'A' + 1);
    if (i == letters_start) return std::nullopt;
    if (i < ref.size() && ref[i] == '$') ++i;
    long row = 0;
    const size_t digits_start = i;
    for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits_start < 8; ++i)
        row = row * 10 + (ref[i] - '0');
    if (i == digits_start || i != ref.size()) return std::nullopt;
    if (row < 1 || row > kMaxRows || column < 1 || column > kMaxColumns) return std::nullopt;
    return std::make_pair(int(row), int(column));
}

bool is_builtin_date_format(int id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

// Quoted text ("年"), bracketed parts ([$-804], [Red], [DBNum1]), escaped characters (\年) and
// padding/repeat markers (_x, *x) are literal; only what remains says what the number shows.
static std::string format_tokens(std::string_view code) {
    std::string out;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {
            const size_t end = code.find('"', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == '[') {
            const size_t end = code.find(']', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

bool is_date_format(std::string_view code) {
    const std::string tokens = format_tokens(code);
    if (tokens == "General" || tokens == "general") return false;
    for (char c : tokens) {
        const char lower = char(c | 0x20);
        if (lower == 'y' || lower == 'm' || lower == 'd') return true;
    }
    return false;
}

bool is_percent_format(std::string_view code) {
    return format_tokens(code).find('%') != std::string::npos;
}

std::optional<Date> excel_serial_date(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial > 3e6) return std::nullopt;
    const long whole = long(std::floor(serial));
    // 1900 system: serial 1 is 1900-01-01 and serial 60 the 1900-02-29 Lotus invented; from 61
    // on a serial counts days since 1899-12-30. 1904 system: serial 0 is 1904-01-01.
    long days;
    if (date1904) {
        days = Date{1904, 1, 1}.days() + whole;
    } else if (whole >= 61) {
        days = Date{1899, 12, 30}.days() + whole;
    } else if (whole >= 1 && whole != 60) {
        days = Date{1899, 12, 31}.days() + whole;
    } else {
        return std::nullopt;
    }
    const Date date = Date::from_days(days);
    if (date.year < 1900 || date.year > 9999) return std::nullopt;
    return date;
}

}  // namespace duban
