// Text encodings of the files offices hand around: UTF-8 from WPS and editors, GBK/GB18030 from
// older Windows tools, UTF-16 from Excel's "Unicode text" export. Everything inside is UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duban {

// Length in bytes (1 to 4) of the well-formed UTF-8 sequence that starts at `pos`, with its
// code point stored in *cp when cp is given. 0 when the bytes there are not well-formed: a
// stray continuation byte, a truncated sequence, an overlong form, a surrogate, or a value
// beyond U+10FFFF. Also 0 when pos is at or past the end.
int decode_utf8(std::string_view text, size_t pos, char32_t* cp = nullptr);

// Splits `text` at each code point for which `splits_here` holds, dropping the separators and
// empty pieces. Bytes that are not UTF-8 stay inside their piece (they are never separators).
template <typename Pred>
std::vector<std::string> split_on(std::string_view text, Pred splits_here) {
    std::vector<std::string> pieces(1);
    for (size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        int n = decode_utf8(text, i, &cp);
        if (n == 0) n = 1, cp = 0xFFFD;
        if (splits_here(cp)) {
            if (!pieces.back().empty()) pieces.emplace_back();
        } else {
            pieces.back().append(text.substr(i, static_cast<size_t>(n)));
        }
        i += static_cast<size_t>(n);
    }
    if (pieces.back().empty()) pieces.pop_back();
    return pieces;
}

// True when the whole text is well-formed UTF-8. Otherwise false, and *bad_offset (when given)
// is the byte offset of the first sequence that is not.
bool is_valid_utf8(std::string_view text, size_t* bad_offset = nullptr);

// "line:column" of byte `offset` in UTF-8 `text`, both 1-based, the column counted in
// characters as an editor shows it.
std::string text_position(std::string_view text, size_t offset);

// `bytes` read as GB18030 (a superset of GBK, what Windows' Chinese editions save), converted
// to UTF-8; nullopt when they are not GB18030 either. No line-ending changes.
std::optional<std::string> from_gb18030(std::string_view bytes);

// The file's bytes as UTF-8 text with LF line endings (CRLF and lone CR both become LF).
// With an empty `encoding` the encoding is detected: a UTF-8 BOM is stripped; a UTF-16LE or
// UTF-16BE BOM selects that encoding; valid UTF-8 is taken as it is; anything else is read as
// GB18030 (a superset of GBK and GB2312) when that succeeds. A non-empty `encoding` is an
// iconv name (UTF-8, GBK, UTF-16LE, ...) and is used as given; a leading BOM is dropped.
// *detected (when given) receives the encoding used: "UTF-8", "UTF-16LE", "UTF-16BE",
// "GB18030", or the name passed in. Throws Error "file:line:column: ..." at the first byte
// that cannot be converted, or "file: ..." naming an encoding iconv does not know.
std::string to_utf8(std::string_view bytes, const std::string& filename, std::string_view encoding,
                    std::string* detected = nullptr);

}  // namespace duban
