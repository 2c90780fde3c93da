#include "intake/workbook.h"

#include "model/error.h"

#include <doctest/doctest.h>

#include <string>

using duban::Date;
using duban::read_workbook;
using duban::SheetState;

namespace {

std::string fixture(const std::string& name) {
    return std::string(DUBAN_TEST_FIXTURES) + "/workbooks/" + name;
}

std::string error_of(const std::string& name) {
    try {
        read_workbook(fixture(name));
    } catch (const duban::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("read_workbook reads what openpyxl writes the way Excel lays it out") {
    const auto book = read_workbook(fixture("excel.xlsx"));
    REQUIRE(book.sheets.size() == 2);
    const auto& sheet = book.sheets[0];
    CHECK(sheet.name == "报送表");
    CHECK(sheet.state == SheetState::visible);
    CHECK(sheet.at(1, 1)->text == "第3轮进展报送表");
    CHECK(sheet.text(1, 5) == "第3轮进展报送表");  // inside the merged A1:H1
    REQUIRE(sheet.merged.size() == 1);
    CHECK(sheet.merged[0].last_column == 8);
    CHECK(sheet.at(1, 5) == nullptr);
    CHECK(sheet.at(3, 3)->text == "60");
    CHECK(*sheet.at(3, 3)->number == 60);
    CHECK_FALSE(sheet.at(3, 3)->is_date);
    const auto* date = sheet.at(3, 4);
    CHECK(date->is_date);
    CHECK(*date->date == Date{2021, 6, 25});
    CHECK(date->text == "2021-06-25");
    CHECK(date->ref() == "D3");
    CHECK(sheet.at(3, 5)->is_percent);
    CHECK(sheet.at(3, 5)->text == "60%");
    CHECK(sheet.at(3, 6)->text == "0.3");  // 0.1 + 0.2 shows as Excel shows it
    CHECK(sheet.at(4, 2)->text == "多行\n文本");
    CHECK(sheet.at(4, 3)->text == "60%");
    CHECK_FALSE(sheet.at(4, 3)->number.has_value());
    CHECK(sheet.at(4, 4)->text == "2021/6/25");
    CHECK(sheet.at(5, 3)->text == "45.5");
    CHECK(*sheet.at(5, 4)->date == Date{2021, 3, 1});  // a date and time: the day
    CHECK_FALSE(sheet.at(5, 6)->is_date);              // 0.00 is no date
    CHECK(sheet.at(6, 2)->text == "TRUE");
    CHECK(sheet.row_count == 6);
    CHECK(sheet.column_count == 6);
    const auto grid = sheet.text_grid();
    CHECK(grid.size() == 6);
    CHECK(grid[2][1] == "组织学习班");
    CHECK(book.sheets[1].state == SheetState::hidden);
    CHECK(book.sheet("_duban")->text(1, 2) == "华教体发〔2021〕2号");
    CHECK_FALSE(book.date1904);
}

TEST_CASE("read_workbook reads what WPS and other writers put in a workbook") {
    const auto book = read_workbook(fixture("wps.xlsx"));
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.date1904);
    const auto& sheet = book.sheets[0];
    CHECK(sheet.at(1, 1)->text == "推进中");
    CHECK(sheet.at(1, 2)->text == "已完成 待验收");  // runs joined, phonetic guide left out
    CHECK(sheet.at(1, 3)->text == "内联文本");
    CHECK(sheet.at(1, 4) == nullptr);  // a styled blank holds nothing
    CHECK(sheet.text(2, 3) == "已完成 待验收");
    CHECK(*sheet.at(3, 1)->date == Date{2021, 1, 1});  // yyyy"年"m"月"d"日" in the 1904 system
    CHECK(*sheet.at(3, 2)->date == Date{2021, 1, 1});  // built-in 14, time of day dropped
    CHECK_FALSE(sheet.at(3, 3)->is_date);              // 0"day": the d is quoted
    CHECK(sheet.at(3, 3)->text == "7");
    CHECK(sheet.at(3, 4)->text == "65.5%");
    CHECK(*sheet.at(3, 5)->date == Date{2021, 1, 2});  // built-in 57, a Chinese-locale date
    CHECK_FALSE(sheet.at(3, 7)->is_date);              // [Red]: colour, not a date
    CHECK(sheet.at(3, 7)->text == "-3");
    CHECK(sheet.at(4, 1)->text == "a\rb");
    CHECK(sheet.at(4, 2)->text == "#N/A");
    CHECK(sheet.at(4, 3)->text == "FALSE");
    CHECK(sheet.at(4, 27)->text == " ");
    CHECK(sheet.at(4, 27)->ref() == "AA4");
    CHECK(sheet.column_count == 27);
    CHECK(book.sheets[1].name == "meta");
    CHECK(book.sheets[1].state == SheetState::very_hidden);
    CHECK(book.sheets[1].cells.empty());
    CHECK(book.custom_property("duban.plan") == "华教体发〔2021〕2号");
    CHECK(book.custom_property("duban.round") == "3");
    CHECK_FALSE(book.custom_property("nothing").has_value());
}

TEST_CASE("read_workbook names the file and the part it cannot read") {
    CHECK(error_of("no-workbook.xlsx") ==
          fixture("no-workbook.xlsx") + ": not an .xlsx: no xl/workbook.xml");
    CHECK(error_of("broken-sheet.xlsx")
              .find(fixture("broken-sheet.xlsx") +
                    ": xl/worksheets/sheet1.xml: not well-formed XML") == 0);
    CHECK(error_of("make_workbooks.py").find(": not an .xlsx: the file is not a zip archive") !=
          std::string::npos);
}

TEST_CASE("cell references go both ways") {
    CHECK(duban::cell_ref(7, 6) == "F7");
    CHECK(duban::cell_ref(1, 26) == "Z1");
    CHECK(duban::cell_ref(1, 27) == "AA1");
    CHECK(duban::cell_ref(1048576, 16384) == "XFD1048576");
    CHECK(duban::parse_cell_ref("F7") == std::make_pair(7, 6));
    CHECK(duban::parse_cell_ref("$AA$4") == std::make_pair(4, 27));
    CHECK_FALSE(duban::parse_cell_ref("XFE1"));
    CHECK_FALSE(duban::parse_cell_ref("A0"));
    CHECK_FALSE(duban::parse_cell_ref("A1048577"));
    CHECK_FALSE(duban::parse_cell_ref("7F"));
    CHECK_FALSE(duban::parse_cell_ref(""));
}

TEST_CASE("number formats: which show dates and which percents") {
    CHECK(duban::is_date_format("yyyy/m/d"));
    CHECK(duban::is_date_format("yyyy\"年\"m\"月\"d\"日\";@"));
    CHECK(duban::is_date_format("[$-804]aaaa;@") == false);
    CHECK(duban::is_date_format("m/d"));
    CHECK_FALSE(duban::is_date_format("General"));
    CHECK_FALSE(duban::is_date_format("0.00\"d\""));
    CHECK_FALSE(duban::is_date_format("#,##0_);[Red]\\(#,##0\\)"));
    CHECK_FALSE(duban::is_date_format("0\\d"));
    CHECK(duban::is_percent_format("0.0%"));
    CHECK_FALSE(duban::is_percent_format("0\"%\""));
    for (int id : {14, 22, 27, 36, 45, 47, 50, 58}) CHECK(duban::is_builtin_date_format(id));
    for (int id : {0, 9, 13, 23, 26, 37, 44, 48, 49, 59})
        CHECK_FALSE(duban::is_builtin_date_format(id));
}

TEST_CASE("Excel date serials in both date systems") {
    CHECK(*duban::excel_serial_date(1, false) == Date{1900, 1, 1});
    CHECK(*duban::excel_serial_date(59, false) == Date{1900, 2, 28});
    CHECK_FALSE(duban::excel_serial_date(60, false));  // Lotus's 1900-02-29
    CHECK(*duban::excel_serial_date(61, false) == Date{1900, 3, 1});
    CHECK(*duban::excel_serial_date(44372, false) == Date{2021, 6, 25});
    CHECK(*duban::excel_serial_date(44372.99, false) == Date{2021, 6, 25});
    CHECK(*duban::excel_serial_date(0, true) == Date{1904, 1, 1});
    CHECK(*duban::excel_serial_date(42910, true) == Date{2021, 6, 25});
    CHECK_FALSE(duban::excel_serial_date(-1, false));
    CHECK_FALSE(duban::excel_serial_date(1e12, false));
}
