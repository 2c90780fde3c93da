#include <doctest/doctest.h>

#include <string>

#include "text/control.h"

using namespace duban;

TEST_CASE("escape_controls shows C0, DEL and C1 escaped and keeps layout") {
    CHECK(escape_controls("\x1B[2J读书") == "\\x1B[2J读书");
    CHECK(escape_controls("a\x07"
                          "b\x7F") == "a\\x07b\\x7F");
    CHECK(escape_controls("CSI \xC2\x9B"
                          "2J") == "CSI \\u009B2J");
    CHECK(escape_controls("行一\n行二\t制表\r\n") == "行一\n行二\t制表\r\n");
    CHECK(escape_controls("lone\rcr") == "lone\\x0Dcr");
    CHECK(escape_controls("a\nb", false) == "a\\x0Ab");
    CHECK(escape_controls("\xC2\xA0不间断空格") == "\xC2\xA0不间断空格");  // U+00A0 is text
}

TEST_CASE("find_control finds the first control character; control_at spells it") {
    std::string t = "读书\x1B]0;x";
    REQUIRE(find_control(t) == 6);
    CHECK(control_at(t, 6) == "\\x1B");
    CHECK(find_control("普通的文字\n第二行") == std::string::npos);
    CHECK(find_control("tab\t", false) == 3);
}
