#include "intake/names.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using duban::split_names;
using Names = std::vector<std::string>;

TEST_CASE("split_names rejoins names padded to line up with three-character ones") {
    struct Case {
        std::string cell;
        Names names;
    };
    const Case cases[] = {
        {"何 军", {"何军"}},
        {"何\u3000军", {"何军"}},
        {"何  军", {"何军"}},
        {"何 军 戴方栋", {"何军", "戴方栋"}},
        {"戴方栋 何 军", {"戴方栋", "何军"}},
        {"何 军\u3000戴方栋", {"何军", "戴方栋"}},
        {"欧 阳 娜", {"欧阳娜"}},
        {"何 军 李 四", {"何军", "李四"}},
        {"何 军 李 四 五", {"何军", "李四五"}},
        {"何", {"何"}},
        {"杨宏发", {"杨宏发"}},
        {"戴方栎", {"戴方栎"}},
        {"局长办公会成员", {"局长办公会成员"}},
        {"A B", {"A", "B"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.cell);
        CHECK(split_names(c.cell) == c.names);
    }
}

TEST_CASE("split_names splits on every separator tables use") {
    struct Case {
        std::string cell;
        Names names;
    };
    const Case cases[] = {
        {"基教股 校车办 体卫股", {"基教股", "校车办", "体卫股"}},
        {"基教股、校车办、体卫股", {"基教股", "校车办", "体卫股"}},
        {"基教股，校车办,体卫股", {"基教股", "校车办", "体卫股"}},
        {"基教股；校车办;体卫股", {"基教股", "校车办", "体卫股"}},
        {"基教股/校车办／体卫股", {"基教股", "校车办", "体卫股"}},
        {"基教股\n校车办\n\n体卫股\n", {"基教股", "校车办", "体卫股"}},
        {" 基教股 、 校车办 ", {"基教股", "校车办"}},
        {"相关股室", {"相关股室"}},
        // Only spaces are padding: single characters split by 、 stay apart.
        {"何、军", {"何", "军"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.cell);
        CHECK(split_names(c.cell) == c.names);
    }
}

TEST_CASE("split_names gives no names for an empty or blank cell") {
    CHECK(split_names("").empty());
    CHECK(split_names(" \u3000 ").empty());
    CHECK(split_names("、").empty());
}
