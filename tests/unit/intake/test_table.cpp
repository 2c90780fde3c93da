#include <doctest/doctest.h>

#include "intake/grid.h"
#include "intake/table.h"
#include "model/error.h"

using namespace duban;
using Names = std::vector<std::string>;

namespace {

TableRead read(const std::string& text, const std::string& name = "t.tsv") {
    auto t = read_table(text_grid(text, name), {});
    REQUIRE(t);
    return *t;
}

std::string error_of(const std::string& text, const std::string& name = "t.tsv") {
    try {
        read_table(text_grid(text, name), {});
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("a row copied from Word spans lines until it has all its cells") {
    const TableRead t = read(
        "序号\t重点工作任务\t责任单位\t备注\n"
        "1\t第一段\n第二段\t基教股\t\n"
        "2\t任务\t人事股\t第一行\n"
        "第二行\n");
    REQUIRE(t.tasks.size() == 2);
    CHECK(t.tasks[0].title == "第一段\n第二段");
    CHECK(t.tasks[0].office == "基教股");
    CHECK(t.tasks[1].extra.at(0).text == "第一行\n第二行");
    CHECK(t.summary.continuation_lines == 2);
}

TEST_CASE("a row whose trailing empty cells Word dropped is complete when the next row starts") {
    const TableRead t = read(
        "序号\t重点工作任务\t责任单位\t协办单位\n"
        "1\t任务一\t基教股\n"
        "2\t任务二\t人事股\t工会\n");
    REQUIRE(t.tasks.size() == 2);
    CHECK(t.tasks[0].partners.empty());
    CHECK(t.tasks[1].partners == Names{"工会"});
}

TEST_CASE("section rows set the category; empty sections and trailing lines are counted") {
    const TableRead t = read(
        "序号\t任务\t牵头单位\n"
        "一、第一部分。\n"
        "1\t甲\t基教股\n"
        "二、空的部分\n"
        "三、第三部分\n"
        "2\t乙\t人事股\n"
        "\n"
        "某某局\n");
    CHECK(t.categories == Names{"第一部分", "第三部分"});
    CHECK(t.tasks[1].category == "第三部分");
    CHECK(t.summary.section_rows == 3);
    CHECK(t.summary.lines_after == 1);
}

TEST_CASE("refusals name the place and say what was expected") {
    CHECK(error_of("序号\t任务\t单位\nx\t甲\t基教股\n") ==
          "t.tsv:2:1: 序号 \"x\" is not a task number");
    CHECK(error_of("序号\t任务\t单位\n1\t甲\t基教股\n1\t乙\t基教股\n") ==
          "t.tsv:3:1: 序号 1 repeats the one on line 2");
    CHECK(error_of("序号\t任务\t单位\n1\t甲\t\n") == "t.tsv:2:5: the 单位 cell is empty");
    CHECK(error_of("序号\t任务\t单位\n\t甲\t基教股\n") ==
          "t.tsv:2:1: the 序号 cell is empty and no numbered row is above it");
    CHECK(error_of("序号\t任务\t单位\n1\t甲\t基教股\t多余\n") ==
          "t.tsv:2:9: this cell is beyond the header's 3 columns\n"
          "hint: tabs inside a cell must be quoted (\"...\")");
    CHECK(error_of("序号,任务,单位\n1,甲\n", "t.csv") ==
          "t.csv:2: expected at least 3 cells separated by commas, found 2");
    CHECK(error_of("序号\t任务\t单位\n") == "t.tsv:1: the table under this header has no rows");
}

TEST_CASE("a two-row header: the lower row names the columns a merged header cell spans") {
    const TableRead t = read(
        "序号,重点工作任务,责任单位,,完成时限\n"
        ",,牵头单位,配合单位,\n"
        "1,甲,基教股,人事股,6月底前\n"
        "序号,重点工作任务,责任单位,,完成时限\n"
        ",,牵头单位,配合单位,\n"
        "2,乙,人事股,,年底前\n",
        "t.csv");
    REQUIRE(t.tasks.size() == 2);
    CHECK(t.tasks[0].office == "基教股");
    CHECK(t.tasks[0].partners == Names{"人事股"});
    CHECK(t.tasks[1].due_text == "年底前");
    CHECK(t.summary.header_rows == 2);  // the header and its repeat, two rows each
    const std::vector<std::pair<std::string, std::string>> columns = {{"序号", "id"},
                                                                      {"重点工作任务", "title"},
                                                                      {"牵头单位", "office"},
                                                                      {"配合单位", "partners"},
                                                                      {"完成时限", "due"}};
    CHECK(t.summary.columns == columns);
}

TEST_CASE("a row under the header is its lower half only if it names fields under a gap") {
    // Field names, but none under an empty header cell: a task row (here refused as one).
    CHECK(error_of("序号,任务,牵头单位,配合单位\n,,牵头单位,配合单位\n", "t.csv") ==
          "t.csv:2:1: the 序号 cell is empty and no numbered row is above it");
    // Under the gap, but naming no field: a task row.
    const TableRead t = read("序号,任务,单位,\n1,甲,基教股,人事股\n", "t.csv");
    CHECK(t.tasks.at(0).office == "基教股");
}
