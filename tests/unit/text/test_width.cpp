#include "text/width.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using duban::text::display_width;
using duban::text::pad_left;
using duban::text::pad_right;
using duban::text::truncate;
using duban::text::wrap;

TEST_CASE("display_width counts wide characters as two columns and marks as none") {
    struct Case {
        std::string_view text;
        int width;
    };
    const Case cases[] = {
        {"", 0},
        {"abc", 3},
        {"何军", 4},
        {"局长办公会成员", 14},
        {"，。", 4},
        {"１２", 4},
        {"\u3000", 2},
        {"Excel表格", 9},
        {"e\u0301", 1},
        {"…", 1},
        {"\t", 1},
        {"\x1b", 0},
        {"\xff", 1},
        {"a\xff"
         "b",
         3},
        {"\xe4\xbd", 2},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(display_width(c.text) == c.width);
    }
}

TEST_CASE("truncate cuts on character boundaries and counts the ellipsis") {
    struct Case {
        std::string_view text;
        int width;
        std::string_view ellipsis;
        std::string_view expected;
    };
    const Case cases[] = {
        {"何军何军", 8, "…", "何军何军"},
        {"何军何军", 7, "…", "何军何…"},
        {"何军何军", 6, "…", "何军…"},
        {"何军何军", 5, "…", "何军…"},
        {"何军", 3, "…", "何…"},
        {"何军", 2, "…", "…"},
        {"何军", 1, "…", "…"},
        {"abc", 0, "…", ""},
        {"abc", -1, "…", ""},
        {"", 3, "…", ""},
        {"Excel表格", 7, "…", "Excel…"},
        {"e\u0301e\u0301e\u0301", 2, "…", "e\u0301…"},
        {"abcdef", 5, "...", "ab..."},
        {"abcdef", 2, "...", "ab"},
        {"\xff\xfe\xfd", 2, "…", "\xff…"},
        // An opening mark or a space is never left dangling before the ellipsis.
        {"持续抓好“平安校园”建设", 11, "…", "持续抓好…"},
        {"持续抓好（平安校园）", 12, "…", "持续抓好…"},
        {"加强 a（b）", 9, "…", "加强 a…"},
        {"ab “cd”", 5, "…", "ab…"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CAPTURE(c.width);
        std::string got = truncate(c.text, c.width, c.ellipsis);
        CHECK(got == c.expected);
        CHECK(display_width(got) <= std::max(c.width, 0));
    }
}

TEST_CASE("wrap breaks Chinese anywhere, Latin at spaces, and at every newline") {
    using Lines = std::vector<std::string>;
    struct Case {
        std::string_view text;
        int width;
        Lines expected;
    };
    const Case cases[] = {
        {"", 10, {""}},
        {"\n", 10, {""}},
        {"a\n", 10, {"a"}},
        {"a\n\nb", 10, {"a", "", "b"}},
        {"a\r\nb", 10, {"a", "b"}},
        {"hello world", 11, {"hello world"}},
        {"hello world", 10, {"hello", "world"}},
        {"the quick brown fox", 10, {"the quick", "brown fox"}},
        {"a  b", 10, {"a  b"}},
        {"trailing   ", 20, {"trailing"}},
        {"  indented text", 10, {"  indented", "text"}},
        {"abcdefghij", 4, {"abcd", "efgh", "ij"}},
        {"see abcdefghij", 6, {"see ab", "cdefgh", "ij"}},
        {"don’t stop", 6, {"don’t", "stop"}},
        {"落实教育教学改革任务", 8, {"落实教育", "教学改革", "任务"}},
        {"使用Excel表格汇总", 10, {"使用Excel", "表格汇总"}},
        {"第一行\n第二行很长很长", 8, {"第一行", "第二行很", "长很长"}},
        {"\u3000\u3000各股室要", 6, {"\u3000\u3000各", "股室要"}},
        {"何军", 1, {"何", "军"}},
        {"何军 负责", 0, {"何军 负责"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CAPTURE(c.width);
        CHECK(wrap(c.text, c.width) == c.expected);
    }
}

TEST_CASE("wrap keeps closing punctuation off the start of a line") {
    // Without kinsoku the second line would be "，戴方栋".
    CHECK(wrap("何军负责，戴方栋协办。", 8) ==
          std::vector<std::string>{"何军负", "责，戴方", "栋协办。"});
}

TEST_CASE("wrap keeps opening punctuation off the end of a line") {
    CHECK(wrap("按照《通知》要求", 6) == std::vector<std::string>{"按照", "《通", "知》要", "求"});
}

TEST_CASE("wrap of a long Chinese sentence fits, loses nothing and obeys kinsoku at any width") {
    const std::string sentence =
        "各股室要严格按照《通知》要求，认真梳理本股室承担的重点工作任务，"
        "明确时间节点、责任人和工作措施；每月25日前报送进展情况。";
    const std::vector<std::string_view> closing = {"，", "。", "、", "；", "》"};
    const std::vector<std::string_view> opening = {"《"};
    for (int width = 4; width <= 40; ++width) {
        CAPTURE(width);
        std::string joined;
        for (const auto& line : wrap(sentence, width)) {
            CAPTURE(line);
            CHECK(display_width(line) <= width);
            for (auto p : closing) CHECK(line.compare(0, p.size(), p) != 0);
            for (auto p : opening)
                CHECK((line.size() < p.size() ||
                       line.compare(line.size() - p.size(), p.size(), p) != 0));
            joined += line;
        }
        CHECK(joined == sentence);
    }
}

TEST_CASE("pad_right and pad_left pad to the display width") {
    CHECK(pad_right("何军", 6) == "何军  ");
    CHECK(pad_left("何军", 6) == "  何军");
    CHECK(pad_right("", 2) == "  ");
    CHECK(pad_right("局长办公会成员", 6) == "局长办公会成员");
    CHECK(pad_left("局长办公会成员", 6) == "局长办公会成员");
}
