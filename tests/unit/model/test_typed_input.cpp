#include "model/typed_input.h"

#include <doctest/doctest.h>

using duban::Date;
using duban::Status;

TEST_CASE("progress as people type it") {
    for (const char* typed : {"60", "60%", "６０", "６０％", "60.0", "60.00%", " 60 ", "　60"})
        CHECK(duban::parse_typed_progress(typed) == 60);
    CHECK(duban::parse_typed_progress("0") == 0);
    CHECK(duban::parse_typed_progress("100%") == 100);
    for (const char* typed : {"六成", "60.5", "150", "-1", "", "%", "1e2", "60%%", "0x10"})
        CHECK_FALSE(duban::parse_typed_progress(typed).has_value());
}

TEST_CASE("dates as people type them") {
    const Date day{2021, 6, 25};
    for (const char* typed : {"2021-6-25", "2021/6/25", "2021.6.25", "2021年6月25日", "2021-06-25",
                              "6月25日", "6/25", "２０２１/６/２５", "2021年6月25号"})
        CHECK(duban::parse_typed_date(typed, 2021) == day);
    for (const char* typed : {"2021-2-30", "6月", "明天", "", "2021/6-25", "25/6/2021", "13/1"})
        CHECK_FALSE(duban::parse_typed_date(typed, 2021).has_value());
}

TEST_CASE("status words people use") {
    CHECK(duban::parse_typed_status("进行中") == Status::InProgress);
    CHECK(duban::parse_typed_status("推进中") == Status::InProgress);
    CHECK(duban::parse_typed_status("完成") == Status::Done);
    CHECK(duban::parse_typed_status(" 已完成 ") == Status::Done);
    CHECK(duban::parse_typed_status("销号") == Status::Closed);
    CHECK(duban::parse_typed_status("已销号") == Status::Closed);
    CHECK(duban::parse_typed_status("未启动") == Status::NotStarted);
    CHECK(duban::parse_typed_status("done") == Status::Done);
    CHECK_FALSE(duban::parse_typed_status("差不多").has_value());
}
