#include "text/control.h"

#include <fmt/format.h>

namespace duban {

namespace {

// The length in bytes of the control character starting at `at`, or 0 when there is none.
size_t control_length(std::string_view text, size_t at, bool layout_ok) {
    unsigned char c = static_cast<unsigned char>(text[at]);
    bool crlf = c == '\r' && at + 1 < text.size() && text[at + 1] == '\n';
    if (c < 0x20 || c == 0x7F) return layout_ok && (c == '\t' || c == '\n' || crlf) ? 0 : 1;
    // C1: U+0080–U+009F is C2 80 – C2 9F in UTF-8.
    if (c == 0xC2 && at + 1 < text.size()) {
        unsigned char d = static_cast<unsigned char>(text[at + 1]);
        if (d >= 0x80 && d <= 0x9F) return 2;
    }
    return 0;
}

std::string spelled(std::string_view text, size_t at, size_t length) {
    if (length == 1) return fmt::format("\\x{:02X}", static_cast<unsigned char>(text[at]));
    return fmt::format("\\u{:04X}", static_cast<unsigned char>(text[at + 1]));
}

}  // namespace

size_t find_control(std::string_view text, bool layout_ok) {
    for (size_t at = 0; at < text.size(); ++at)
        if (control_length(text, at, layout_ok)) return at;
    return std::string_view::npos;
}

std::string escape_controls(std::string_view text, bool layout_ok) {
    size_t first = find_control(text, layout_ok);
    if (first == std::string_view::npos) return std::string(text);
    std::string out(text.substr(0, first));
    for (size_t at = first; at < text.size();) {
        size_t n = control_length(text, at, layout_ok);
        if (n) {
            out += spelled(text, at, n);
            at += n;
        } else {
            out += text[at++];
        }
    }
    return out;
}

std::string control_at(std::string_view text, size_t offset) {
    size_t n = control_length(text, offset, false);
    return n ? spelled(text, offset, n) : std::string();
}

}  // namespace duban
