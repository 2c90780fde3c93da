#include <doctest/doctest.h>

#include "intake/controls.h"
#include "intake/import.h"
#include "model/error.h"

using namespace duban;

TEST_CASE("Word's layout controls become what they stand for") {
    CHECK(word_layout_controls("第一行\x0B第二行") == "第一行\n第二行");
    CHECK(word_layout_controls("上\x0C下") == "上\n下");
    CHECK(word_layout_controls("2021\x1E"
                               "2022") == "2021-2022");
    CHECK(word_layout_controls("可\x1F选\x07") == "可选");
    CHECK(word_layout_controls("制表\t换行\n") == "制表\t换行\n");
    CHECK(word_layout_controls(std::string("空\0字符", 9)) == std::string("空\0字符", 9));
}

TEST_CASE("a cell holding another control character is refused with its place") {
    Grid g;
    g.file = "表.xlsx";
    g.rows.push_back({{{"序号", "Sheet1!A1"}, {"重点工作任务", "Sheet1!B1"}}, "Sheet1!1"});
    g.rows.push_back({{{"1", "Sheet1!A2"}, {"建设\x1B[2J校园", "Sheet1!B2"}}, "Sheet1!2"});
    try {
        clean_controls(g);
        FAIL("not refused");
    } catch (const Error& e) {
        CHECK(e.exit_code() == kExitData);
        CHECK(std::string(e.what()).rfind("表.xlsx:Sheet1!B2: ", 0) == 0);
        CHECK(std::string(e.what()).find("holds the control character \\x1B") != std::string::npos);
    }
}

TEST_CASE("the paragraphs above the table are cleaned and checked too") {
    Grid g;
    g.file = "通知.docx";
    g.prose = {"关于印发\x0B通知", "坏\x01字"};
    CHECK_THROWS_WITH(clean_controls(g),
                      doctest::Contains("通知.docx: paragraph 2 above the table"));
    CHECK(g.prose[0] == "关于印发\n通知");
}

TEST_CASE("an imported text with a NUL is refused at its line and column") {
    ImportOptions o;
    o.year = 2021;
    const std::string text =
        std::string("序号\t重点工作任务\t责任股室\n1\t建设\0校园\t基教股\n", 65);
    CHECK_THROWS_WITH(import_table(text, "表.txt", o), doctest::Contains("表.txt:2:"));
}
