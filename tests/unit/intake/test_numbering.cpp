#include <doctest/doctest.h>

#include "intake/numbering.h"

using namespace duban;

TEST_CASE("numbering is split off headings and items, not off numbers in the text") {
    struct Case {
        const char* text;
        Numbering::Kind kind;
        int number;
        const char* rest;
    };
    const Case cases[] = {
        {"一、打好污染防治攻坚战", Numbering::Chapter, 1, "打好污染防治攻坚战"},
        {"十二、其他", Numbering::Chapter, 12, "其他"},
        {"（三）碧水保卫战", Numbering::Section, 3, "碧水保卫战"},
        {"(二十一)蓝天", Numbering::Section, 21, "蓝天"},
        {"1.积极推进招商引资", Numbering::Item, 1, "积极推进招商引资"},
        {"12、加快园区建设", Numbering::Item, 12, "加快园区建设"},
        {"３．抓好安全生产", Numbering::Item, 3, "抓好安全生产"},
        {"（1）食品安全检查", Numbering::SubItem, 1, "食品安全检查"},
        {"②消防", Numbering::SubItem, 2, "消防"},
        {"2.0区域试点", Numbering::None, 0, "2.0区域试点"},
        {"2021年工作", Numbering::None, 0, "2021年工作"},
        {"抓常规", Numbering::None, 0, "抓常规"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const Numbering n = split_numbering(c.text);
        CHECK(n.kind == c.kind);
        CHECK(n.number.value_or(0) == c.number);
        CHECK(n.rest == c.rest);
    }
    CHECK(clean_heading("（一）稳 增 长。") == "稳增长");
}
