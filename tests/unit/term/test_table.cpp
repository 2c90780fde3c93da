#include "term/table.h"

#include <doctest/doctest.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "text/width.h"

using duban::term::Align;
using duban::term::Cell;
using duban::term::Column;
using duban::term::Style;
using duban::term::Table;
using duban::term::TableOptions;
using duban::text::display_width;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string without_escapes(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\x1b') {
            i = text.find('m', i);
            if (i == std::string::npos) break;
            continue;
        }
        out += text[i];
    }
    return out;
}

TableOptions cut_to(int max_width) {
    TableOptions options;
    options.max_width = max_width;
    return options;
}

}  // namespace

TEST_CASE("columns line up by display width, not bytes or characters") {
    Table table({{"领导"}, {"股室"}, {"任务"}});
    table.add_row({"何军", "办公室", "1"});
    table.add_row({"戴方栋", "基础教育股", "2"});
    table.add_row({"局长办公会成员", "全局", "3"});
    const std::string out = table.render({});
    CHECK(out ==
          "领导            股室        任务\n"
          "--------------  ----------  ----\n"
          "何军            办公室      1\n"
          "戴方栋          基础教育股  2\n"
          "局长办公会成员  全局        3\n");

    // The second column starts at display column 16 on every line.
    const std::vector<std::string> second = {"股室", "-", "办公室", "基础教育股", "全局"};
    const auto lines = lines_of(out);
    REQUIRE(lines.size() == second.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        CAPTURE(lines[i]);
        size_t at = lines[i].find("  " + second[i]) + 2;
        CHECK(display_width(lines[i].substr(0, at)) == 16);
    }
}

TEST_CASE("right-aligned columns pad on the left") {
    Table table({{"编号", Align::Right}, {"任务", Align::Left, true}, {"进度", Align::Right}});
    table.add_row({"1", "制定方案", "100%"});
    table.add_row({"12", "组织培训", "5%"});
    CHECK(table.render({}) ==
          "编号  任务      进度\n"
          "----  --------  ----\n"
          "   1  制定方案  100%\n"
          "  12  组织培训    5%\n");

    TableOptions bare;
    bare.header = false;
    CHECK(table.render(bare) ==
          " 1  制定方案  100%\n"
          "12  组织培训    5%\n");
}

TEST_CASE("a table too wide cuts its flexible column with an ellipsis") {
    Table table({{"编号", Align::Right}, {"任务", Align::Left, true}, {"责任股室"}});
    table.add_row({"1", "推进义务教育优质均衡发展创建工作", "基础教育股"});
    table.add_row({"2", "完善教师交流轮岗机制", "人事股"});
    const std::string out = table.render(cut_to(30));
    CHECK(out ==
          "编号  任务          责任股室\n"
          "----  ------------  ----------\n"
          "   1  推进义务教…   基础教育股\n"
          "   2  完善教师交…   人事股\n");
    for (const auto& line : lines_of(out)) {
        CAPTURE(line);
        CHECK(display_width(line) <= 30);
    }
    CHECK(display_width(lines_of(out)[2]) == 30);
}

TEST_CASE("flexible columns shrink widest first and not below eight columns") {
    Table table({{"A", Align::Left, true}, {"B", Align::Left, true}});
    table.add_row({std::string(20, 'a'), std::string(12, 'b')});
    TableOptions options;
    options.header = false;
    struct Case {
        int max_width;
        std::string expected;
    };
    const Case cases[] = {
        {0, std::string(20, 'a') + "  " + std::string(12, 'b') + "\n"},
        {34, std::string(20, 'a') + "  " + std::string(12, 'b') + "\n"},
        {26, std::string(11, 'a') + "…  " + std::string(12, 'b') + "\n"},
        {20, std::string(8, 'a') + "…  " + std::string(8, 'b') + "…\n"},
        // Both at the floor: the table stays wider than asked.
        {10, std::string(7, 'a') + "…  " + std::string(7, 'b') + "…\n"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.max_width);
        options.max_width = c.max_width;
        CHECK(table.render(options) == c.expected);
    }
}

TEST_CASE("columns that are not flexible never shrink") {
    Table table({{"编号"}, {"责任股室"}});
    table.add_row({"1", "基础教育股"});
    CHECK(table.render(cut_to(8)) ==
          "编号  责任股室\n"
          "----  ----------\n"
          "1     基础教育股\n");
}

TEST_CASE("wrap mode puts the rest of a flexible cell on continuation lines") {
    Table table({{"编号", Align::Right}, {"任务", Align::Left, true}, {"责任股室"}});
    table.add_row({"1", "推进义务教育优质均衡发展，创建达标。", "基础教育股"});
    table.add_row({"2", "完善机制", "人事股"});
    TableOptions options = cut_to(30);
    options.wrap = true;
    CHECK(table.render(options) ==
          "编号  任务          责任股室\n"
          "----  ------------  ----------\n"
          "   1  推进义务教育  基础教育股\n"
          "      优质均衡发\n"
          "      展，创建达\n"
          "      标。\n"
          "   2  完善机制      人事股\n");
}

TEST_CASE("a newline in a cell is a space when cutting and a break when wrapping") {
    Table table({{"问题"}, {"计划"}});
    table.add_row({"经费不足\n场地紧张", "下月解决"});
    CHECK(table.render({}) ==
          "问题               计划\n"
          "-----------------  --------\n"
          "经费不足 场地紧张  下月解决\n");

    TableOptions options;
    options.wrap = true;
    CHECK(table.render(options) ==
          "问题      计划\n"
          "--------  --------\n"
          "经费不足  下月解决\n"
          "场地紧张\n");
}

TEST_CASE("tabs, carriage returns and trailing spaces in cells do not disturb alignment") {
    Table table({{"a"}, {"b"}});
    table.add_row({"x\ty", "z"});
    table.add_row({"w  ", "v\r\n"});
    TableOptions options;
    options.header = false;
    CHECK(table.render(options) ==
          "x y  z\n"
          "w    v\n");
}

TEST_CASE("colour wraps padded cells in escape codes without moving columns") {
    Table table({{"状态"}, {"任务"}});
    table.add_row({Cell("推进中", Style::Yellow), "方案"});
    TableOptions options;
    options.colour = true;
    const std::string out = table.render(options);
    CHECK(out ==
          "\x1b[1m状态  \x1b[0m  \x1b[1m任务\x1b[0m\n"
          "------  ----\n"
          "\x1b[33m推进中\x1b[0m  方案\n");
    CHECK(without_escapes(out) == table.render({}));
}

TEST_CASE("no line ends in a space, even when its last cells are empty") {
    Table table({{"编号", Align::Left}, {"备注"}, {"进度", Align::Right}});
    table.add_row({"1", "", ""});
    table.add_row({"2"});
    table.add_row({"", "无", ""});
    table.add_row({"", "", "5%"});
    const std::string out = table.render({});
    CHECK(out ==
          "编号  备注  进度\n"
          "----  ----  ----\n"
          "1\n"
          "2\n"
          "      无\n"
          "              5%\n");
}

TEST_CASE("rows counts added rows and a row with too many cells is refused") {
    Table table({{"编号"}, {"任务"}});
    CHECK(table.rows() == 0);
    table.add_row({"1", "方案"});
    table.add_row({"2"});
    CHECK(table.rows() == 2);
    CHECK_THROWS_AS(table.add_row({"3", "培训", "多余"}), std::invalid_argument);
    CHECK(table.rows() == 2);
}

TEST_CASE("columns give way lowest rank first, and only as far as the width needs") {
    // 任务 keeps 24 columns while 协办 (rank 1) stays, 12 while 领导 (rank 2) stays, else 8.
    Table table({{"编号", Align::Right},
                 {"任务", Align::Left, true, 8},
                 {"领导", Align::Left, false, 0, 2, 12},
                 {"协办", Align::Left, true, 8, 1, 24}});
    table.add_row({"1", "推进义务教育优质均衡发展创建工作", "局长办公会成员", "基础教育股"});
    TableOptions options;
    options.header = false;
    options.wrap = true;
    struct Case {
        int max_width;
        std::vector<std::string> left_out;
        int widest;  // the widest line
    };
    const Case cases[] = {
        {0, {}, 1 + 32 + 14 + 10 + 3 * 2},  // no limit: all of it, 63 columns
        {63, {}, 63},
        {55, {}, 55},                // 任务 shrinks to its 24
        {54, {}, 53},                // 协办 squeezed to 9: "基础教育" and "股"
        {52, {"协办"}, 51},          // 协办 at its 8 leaves 任务 23: 协办 gives way
        {40, {"协办"}, 40},          // 任务 at 21, above the 12 领导 leaves it
        {30, {"领导", "协办"}, 29},  // 任务 would get 11: 领导 goes too; 13 characters a line
        {10, {"领导", "协办"}, 11},  // 任务 at its floor of 8: one column too wide
    };
    for (const auto& c : cases) {
        CAPTURE(c.max_width);
        options.max_width = c.max_width;
        std::vector<std::string> left_out{"stale"};
        const std::string out = table.render(options, &left_out);
        CAPTURE(out);
        CHECK(left_out == c.left_out);
        int widest = 0;
        for (const auto& line : lines_of(out)) widest = std::max(widest, display_width(line));
        CHECK(widest == c.widest);
        if (c.left_out.size() < 2) CHECK(out.find("局长办公会成员") != std::string::npos);
    }
}

TEST_CASE("a table that fits leaves nothing out and changes nothing") {
    Table table({{"编号"}, {"协办", Align::Left, true, 8, 1, 24}});
    table.add_row({"1", "基教股"});
    std::vector<std::string> left_out{"stale"};
    CHECK(table.render(cut_to(80), &left_out) == table.render({}));
    CHECK(left_out.empty());
}

TEST_CASE("a list column joins its items and wraps only between them") {
    Table table({{"编号"}, {"协办股室", Align::Left, true, 4, 0, 0, "、"}});
    table.add_row({"1", "基教股\n校车办\n体卫股"});
    table.add_row({"2", "人才中心\n教师工作股"});
    table.add_row({"3", "县教育体育局基础教育与学前教育股\n工会"});
    TableOptions options;
    options.header = false;
    CHECK(table.render(options) ==
          "1  基教股、校车办、体卫股\n"
          "2  人才中心、教师工作股\n"
          "3  县教育体育局基础教育与学前教育股、工会\n");

    options.max_width = 20;
    options.wrap = true;
    CHECK(table.render(options) ==
          "1  基教股、校车办、\n"
          "   体卫股\n"
          "2  人才中心、\n"
          "   教师工作股\n"
          "3  县教育体育局基础\n"
          "   教育与学前教育\n"
          "   股、工会\n");

    options.wrap = false;
    CHECK(table.render(options) ==
          "1  基教股、校车办、…\n"
          "2  人才中心、教师工…\n"
          "3  县教育体育局基础…\n");
}
