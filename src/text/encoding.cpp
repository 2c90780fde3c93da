#include "text/encoding.h"

#include "text/diagnostic.h"
#include "text/strings.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

// Closes the iconv descriptor on every path out, exceptions included.
class Converter {
  public:
    explicit Converter(const std::string& from) : cd_(iconv_open("UTF-8", from.c_str())) {}
    ~Converter() {
        if (ok()) iconv_close(cd_);
    }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }

    // Converts all of `in` into *out. On failure returns false with *out holding what was
    // converted before the first bad byte.
    bool convert(std::string_view in, std::string* out) {
        out->clear();
        // iconv takes a non-const input pointer but never writes through it.
        char* src = const_cast<char*>(in.data());
        size_t src_left = in.size();
        char buffer[4096];
        while (src_left > 0) {
            char* dst = buffer;
            size_t dst_left = sizeof buffer;
            size_t r = iconv(cd_, &src, &src_left, &dst, &dst_left);
            out->append(buffer, dst - buffer);
            if (r == static_cast<size_t>(-1) && errno != E2BIG) return false;
        }
        char* dst = buffer;
        size_t dst_left = sizeof buffer;
        if (iconv(cd_, nullptr, nullptr, &dst, &dst_left) == static_cast<size_t>(-1)) return false;
        out->append(buffer, dst - buffer);
        return true;
    }

  private:
    iconv_t cd_;
};

[[noreturn]] void throw_not_utf8(std::string_view text, size_t bad, const std::string& filename,
                                 std::string_view tried) {
    throw Error(tr(N_("{0}:{1}: this byte (0x{2:02X}) is not {3} text\n"
                      "hint: save the table as UTF-8 text, or name its encoding with --encoding"),
                   filename, text_position(text, bad), static_cast<unsigned char>(text[bad]),
                   tried));
}

std::string convert_or_throw(std::string_view bytes, const std::string& from,
                             const std::string& filename) {
    Converter converter(from);
    if (!converter.ok())
        throw Error(tr(N_("{0}: unknown encoding \"{1}\"\nhint: `iconv -l` lists the names"),
                       filename, from));
    std::string out;
    if (!converter.convert(bytes, &out))
        throw Error(tr(N_("{0}:{1}: the text cannot be read as {2} from here on"), filename,
                       text_position(out, out.size()), from));
    return out;
}

std::string normalize_newlines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
        } else {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        }
    }
    return out;
}

bool is_utf8_name(std::string_view name) {
    std::string lower;
    for (char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower == "utf-8" || lower == "utf8";
}

std::string validated_utf8(std::string_view text, const std::string& filename) {
    size_t bad = 0;
    if (!is_valid_utf8(text, &bad)) throw_not_utf8(text, bad, filename, "UTF-8");
    return std::string(text);
}

// Detection, in the order that cannot misfire: a BOM is an explicit statement, valid UTF-8 is
// almost never accidental for Chinese text, and GB18030 is what remains in practice.
std::string detect_and_convert(std::string_view bytes, const std::string& filename,
                               std::string* used) {
    if (starts_with(bytes, kUtf8Bom)) {
        *used = "UTF-8";
        return validated_utf8(bytes.substr(kUtf8Bom.size()), filename);
    }
    if (starts_with(bytes, kUtf16LeBom) || starts_with(bytes, kUtf16BeBom)) {
        *used = starts_with(bytes, kUtf16LeBom) ? "UTF-16LE" : "UTF-16BE";
        return convert_or_throw(bytes.substr(2), *used, filename);
    }
    size_t bad = 0;
    if (is_valid_utf8(bytes, &bad)) {
        *used = "UTF-8";
        return std::string(bytes);
    }
    Converter gb("GB18030");
    std::string out;
    if (!gb.ok() || !gb.convert(bytes, &out))
        throw_not_utf8(bytes, bad, filename, "UTF-8 or GB18030");
    *used = "GB18030";
    return out;
}

}  // namespace

std::optional<std::string> from_gb18030(std::string_view bytes) {
    Converter gb("GB18030");
    std::string out;
    if (!gb.ok() || !gb.convert(bytes, &out)) return std::nullopt;
    return out;
}

int decode_utf8(std::string_view s, size_t pos, char32_t* cp) {
    if (pos >= s.size()) return 0;
    const auto byte = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
    const uint8_t b0 = byte(pos);
    int len;
    char32_t value;
    char32_t min;
    if (b0 < 0x80) {
        if (cp) *cp = b0;
        return 1;
    } else if ((b0 & 0xE0) == 0xC0) {
        len = 2, value = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, value = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, value = b0 & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (pos + len > s.size()) return 0;
    for (int k = 1; k < len; ++k) {
        if ((byte(pos + k) & 0xC0) != 0x80) return 0;
        value = (value << 6) | (byte(pos + k) & 0x3F);
    }
    if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    if (cp) *cp = value;
    return len;
}

bool is_valid_utf8(std::string_view text, size_t* bad_offset) {
    for (size_t i = 0; i < text.size();) {
        int n = decode_utf8(text, i);
        if (n == 0) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += n;
    }
    return true;
}

std::string text_position(std::string_view text, size_t offset) {
    int line = 0, column = 0;
    LineIndex(text).position(std::min(offset, text.size()), &line, &column);
    return fmt::format("{}:{}", line, column);
}

std::string to_utf8(std::string_view bytes, const std::string& filename, std::string_view encoding,
                    std::string* detected) {
    std::string used;
    std::string text;
    if (encoding.empty()) {
        text = detect_and_convert(bytes, filename, &used);
    } else if (is_utf8_name(encoding)) {
        used = std::string(encoding);
        text = validated_utf8(starts_with(bytes, kUtf8Bom) ? bytes.substr(3) : bytes, filename);
    } else {
        used = std::string(encoding);
        text = convert_or_throw(bytes, used, filename);
        if (starts_with(text, kUtf8Bom)) text.erase(0, kUtf8Bom.size());
    }
    if (detected) *detected = used;
    return normalize_newlines(text);
}

}  // namespace duban
