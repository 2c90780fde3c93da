#include "intake/delimited.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using duban::read_row;
using duban::trim_cell;
using Cells = std::vector<std::string>;

TEST_CASE("read_row splits one line on the separator") {
    const std::string text = "抓常规\t1\t组织学习班。\t局长办公会成员\t相关股室\t\nnext";
    const auto row = read_row(text, 0, 7, '\t');
    CHECK(row.cells == Cells{"抓常规", "1", "组织学习班。", "局长办公会成员", "相关股室", ""});
    CHECK(row.cell_offsets == std::vector<size_t>{0, 10, 12, 31, 53, 66});
    CHECK(row.line == 7);
    CHECK(row.next_line == 8);
    CHECK(text.substr(row.end) == "next");
}

TEST_CASE("read_row reads the last row of a text without a final newline") {
    const std::string text = "a\tb";
    const auto row = read_row(text, 0, 1, '\t');
    CHECK(row.cells == Cells{"a", "b"});
    CHECK(row.end == text.size());
    CHECK(row.next_line == 1);
}

TEST_CASE("read_row reads quoted cells as Excel writes them") {
    const std::string text = "1\t\"第一行\n第二行\"\t\"说 \"\"好\"\"\"\t\"a\tb\"\n2";
    const auto row = read_row(text, 0, 3, '\t');
    CHECK(row.cells == Cells{"1", "第一行\n第二行", "说 \"好\"", "a\tb"});
    CHECK(row.next_line == 5);
    CHECK(text.substr(row.end) == "2");
}

TEST_CASE("read_row reads RFC 4180 CSV") {
    const auto row = read_row("1,\"a, b\",\"say \"\"hi\"\"\",,\"\"", 0, 1, ',');
    CHECK(row.cells == Cells{"1", "a, b", "say \"hi\"", "", ""});
}

TEST_CASE("read_row keeps a leading quote that does not open a quoted cell") {
    // Word's text export writes ASCII quotes as they are, without quoting the cell.
    CHECK(read_row("2\t\"平安校园\"建设\t何 军", 0, 1, '\t').cells ==
          Cells{"2", "\"平安校园\"建设", "何 军"});
    CHECK(read_row("2\t\"未闭合\t何 军\n3\tx", 0, 1, '\t').cells ==
          Cells{"2", "\"未闭合", "何 军"});
}

TEST_CASE("trim_cell drops half- and full-width space around a cell only") {
    CHECK(trim_cell("  何 军\t") == "何 军");
    CHECK(trim_cell("\u3000组织学习班。\u3000\u00a0\n") == "组织学习班。");
    CHECK(trim_cell(" \u3000 ").empty());
    CHECK(trim_cell("甲") == "甲");
}
