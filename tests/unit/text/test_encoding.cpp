#include "text/encoding.h"

#include <doctest/doctest.h>

#include <string>

#include "model/error.h"

using duban::decode_utf8;
using duban::is_valid_utf8;
using duban::to_utf8;

namespace {

// The error text to_utf8 throws, or "" when it does not throw.
std::string utf8_error(std::string_view bytes, std::string_view encoding = "") {
    try {
        to_utf8(bytes, "t.txt", encoding);
    } catch (const duban::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("decode_utf8 accepts well-formed sequences and gives their code points") {
    struct Case {
        std::string bytes;
        int length;
        char32_t cp;
    };
    const Case cases[] = {
        {"A", 1, U'A'},
        {"\xC2\xA0", 2, 0xA0},
        {"\xE5\x8D\x8E", 3, U'华'},
        {"\xE3\x80\x80", 3, 0x3000},
        {"\xF0\xA0\x80\x80", 4, 0x20000},
        {"\xF4\x8F\xBF\xBF", 4, 0x10FFFF},
    };
    for (const auto& c : cases) {
        CAPTURE(c.bytes);
        char32_t cp = 0;
        CHECK(decode_utf8(c.bytes, 0, &cp) == c.length);
        CHECK(cp == c.cp);
    }
}

TEST_CASE("decode_utf8 rejects malformed sequences") {
    const std::string cases[] = {
        "\x80",              // stray continuation byte
        "\xC0\x80",          // overlong NUL
        "\xE0\x80\x80",      // overlong
        "\xED\xA0\x80",      // UTF-16 surrogate
        "\xF4\x90\x80\x80",  // beyond U+10FFFF
        "\xE5\x8D",          // truncated
        "\xE5\x41\x8E",      // continuation missing
        "\xFF",
        "",
    };
    for (const auto& bytes : cases) {
        CAPTURE(bytes);
        CHECK(decode_utf8(bytes, 0) == 0);
    }
}

TEST_CASE("is_valid_utf8 reports the offset of the first bad byte") {
    size_t bad = 99;
    CHECK(is_valid_utf8("华容 ok", &bad));
    CHECK(bad == 99);
    CHECK_FALSE(is_valid_utf8("华容\xBB\xAA", &bad));
    CHECK(bad == 6);
}

TEST_CASE("to_utf8 keeps UTF-8, strips its BOM and turns CRLF and CR into LF") {
    std::string detected;
    CHECK(to_utf8("序号\t任务\r\n1\t甲\r2\t乙\n", "t.txt", "", &detected) ==
          "序号\t任务\n1\t甲\n2\t乙\n");
    CHECK(detected == "UTF-8");
    CHECK(to_utf8("\xEF\xBB\xBF华容\r\n", "t.txt", "", &detected) == "华容\n");
    CHECK(detected == "UTF-8");
}

TEST_CASE("to_utf8 reads bytes that are not UTF-8 as GB18030") {
    std::string detected;
    CHECK(to_utf8("\xBB\xAA\xC8\xDD\xCF\xD8\r\n", "t.txt", "", &detected) == "华容县\n");
    CHECK(detected == "GB18030");
}

TEST_CASE("to_utf8 reads UTF-16 with a BOM, as Excel's Unicode text export writes it") {
    std::string detected;
    const std::string le("\xFF\xFE\x4E\x53\xB9\x5B\x09\x00\x31\x00\x0D\x00\x0A\x00", 14);
    CHECK(to_utf8(le, "t.txt", "", &detected) == "华容\t1\n");
    CHECK(detected == "UTF-16LE");
    const std::string be("\xFE\xFF\x53\x4E\x5B\xB9", 6);
    CHECK(to_utf8(be, "t.txt", "", &detected) == "华容");
    CHECK(detected == "UTF-16BE");
}

TEST_CASE("to_utf8 uses an encoding named by the user") {
    std::string detected;
    CHECK(to_utf8("\xBB\xAA\xC8\xDD", "t.txt", "GBK", &detected) == "华容");
    CHECK(detected == "GBK");
    CHECK(to_utf8("\xEF\xBB\xBF"
                  "abc",
                  "t.txt", "utf-8") == "abc");
    CHECK(utf8_error("ok\n\xBB\xAA", "UTF-8") ==
          "t.txt:2:1: this byte (0xBB) is not UTF-8 text\n"
          "hint: save the table as UTF-8 text, or name its encoding with --encoding");
    CHECK(utf8_error("abc", "NO-SUCH-ENCODING") ==
          "t.txt: unknown encoding \"NO-SUCH-ENCODING\"\nhint: `iconv -l` lists the names");
}

TEST_CASE("to_utf8 names line and column of the first byte it cannot read") {
    CHECK(utf8_error("ab\n中x\xFF") ==
          "t.txt:2:3: this byte (0xFF) is not UTF-8 or GB18030 text\n"
          "hint: save the table as UTF-8 text, or name its encoding with --encoding");
    CHECK(utf8_error("\xBB\xAA\n\xFF", "GBK") ==
          "t.txt:2:1: the text cannot be read as GBK from here on");
}

TEST_CASE("text_position counts lines and characters from 1") {
    const std::string text = "序号\t任务\n抓常规\tx";
    CHECK(duban::text_position(text, 0) == "1:1");
    CHECK(duban::text_position(text, 6) == "1:3");
    CHECK(duban::text_position(text, 14) == "2:1");
    CHECK(duban::text_position(text, 24) == "2:5");
}
