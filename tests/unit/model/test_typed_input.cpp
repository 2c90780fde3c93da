#include "model/typed_input.h"

#include <doctest/doctest.h>

#include <string>

using duban::Date;
using duban::Status;

TEST_CASE("dates as people type them") {
    struct Case {
        const char* typed;
        int plan_year;
        Date expected;
    };
    const Case cases[] = {
        {"2021-06-25", 0, {2021, 6, 25}},
        {"2021-6-5", 0, {2021, 6, 5}},
        {"2021/6/25", 0, {2021, 6, 25}},
        {"2021/06/25", 0, {2021, 6, 25}},
        {"2021.6.25", 0, {2021, 6, 25}},
        {"2021年6月25日", 0, {2021, 6, 25}},
        {"2021年6月25号", 0, {2021, 6, 25}},
        {"2021年06月05日", 0, {2021, 6, 5}},
        {"6月25日", 2021, {2021, 6, 25}},
        {"6月25", 2021, {2021, 6, 25}},
        {"6/25", 2022, {2022, 6, 25}},
        {"２０２１年６月２５日", 0, {2021, 6, 25}},
        {"２０２１－０６－２５", 0, {2021, 6, 25}},
        {"  2021/6/25 ", 0, {2021, 6, 25}},
        {"\u30002021/6/25", 0, {2021, 6, 25}},
        {"2024-02-29", 0, {2024, 2, 29}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.typed);
        auto d = duban::read_date(c.typed, c.plan_year);
        REQUIRE(d);
        CHECK(*d.value == c.expected);
        CHECK(d.problem == nullptr);
    }
}

TEST_CASE("dates that are refused, each with its reason") {
    struct Case {
        const char* typed;
        int plan_year;
        const char* problem;
    };
    const Case cases[] = {
        {"2021-02-30", 0, "there is no such day as '{0}'"},
        {"2021年13月1日", 0, "there is no such day as '{0}'"},
        {"6月25日", 0, "'{0}' has no year: write it as 2021-06-25 or 2021年6月25日"},
        {"6/25", 0, "'{0}' has no year: write it as 2021-06-25 or 2021年6月25日"},
        {"tomorrow", 0, "'{0}' is not a date: write it as 2021-06-25, 2021/6/25 or 2021年6月25日"},
        {"", 2021, "'{0}' is not a date: write it as 2021-06-25, 2021/6/25 or 2021年6月25日"},
        {"21-6-25", 0, "'{0}' is not a date: write it as 2021-06-25, 2021/6/25 or 2021年6月25日"},
        {"2021-6-25-1", 0,
         "'{0}' is not a date: write it as 2021-06-25, 2021/6/25 or 2021年6月25日"},
        {"2021/6-25", 0, "'{0}' is not a date: write it as 2021-06-25, 2021/6/25 or 2021年6月25日"},
        {"2021年6月", 0, "'{0}' is not a date: write it as 2021-06-25, 2021/6/25 or 2021年6月25日"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.typed);
        auto d = duban::read_date(c.typed, c.plan_year);
        CHECK_FALSE(d);
        REQUIRE(d.problem != nullptr);
        CHECK(std::string(d.problem) == c.problem);
    }
}

TEST_CASE("progress as people type it") {
    struct Case {
        const char* typed;
        int expected;  // -1: refused
        const char* problem;
    };
    const Case cases[] = {
        {"60", 60, nullptr},
        {"60%", 60, nullptr},
        {"６０", 60, nullptr},
        {"６０％", 60, nullptr},
        {"60.0", 60, nullptr},
        {"60.00%", 60, nullptr},
        {"0", 0, nullptr},
        {"100", 100, nullptr},
        {" 75 ", 75, nullptr},
        {"60.5", -1, "'{0}' is not a whole number; fractions are not kept, so round it"},
        {"101", -1, "progress is a percentage from 0 to 100, not '{0}'"},
        {"-5", -1, "progress is a percentage from 0 to 100, not '{0}'"},
        {"sixty", -1, "progress is a percentage from 0 to 100, not '{0}'"},
        {"", -1, "progress is a percentage from 0 to 100, not '{0}'"},
        {"6 0", -1, "progress is a percentage from 0 to 100, not '{0}'"},
        {"60%%", -1, "progress is a percentage from 0 to 100, not '{0}'"},
        {"1.2.3", -1, "progress is a percentage from 0 to 100, not '{0}'"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.typed);
        auto p = duban::read_progress(c.typed);
        if (c.expected < 0) {
            CHECK_FALSE(p);
            REQUIRE(p.problem != nullptr);
            CHECK(std::string(p.problem) == c.problem);
        } else {
            REQUIRE(p);
            CHECK(*p.value == c.expected);
        }
    }
}

TEST_CASE("whole numbers within bounds") {
    CHECK(*duban::read_whole_number("７", 1, 10).value == 7);
    auto out = duban::read_whole_number("11", 1, 10);
    CHECK_FALSE(out);
    CHECK(std::string(out.problem) == "'{0}' is not a whole number from {1} to {2}");
    CHECK_FALSE(duban::read_whole_number("99999999999", 0, 100));
}

TEST_CASE("statuses in the words clerks use and the stored keywords") {
    struct Case {
        const char* typed;
        Status expected;
    };
    const Case cases[] = {
        {"未启动", Status::NotStarted},
        {"未开始", Status::NotStarted},
        {"not-started", Status::NotStarted},
        {"Not started", Status::NotStarted},
        {"not_started", Status::NotStarted},
        {"推进中", Status::InProgress},
        {"进行中", Status::InProgress},
        {"正在推进", Status::InProgress},
        {"in-progress", Status::InProgress},
        {"In Progress", Status::InProgress},
        {"已完成", Status::Done},
        {"完成", Status::Done},
        {"done", Status::Done},
        {"DONE", Status::Done},
        {"已销号", Status::Closed},
        {"销号", Status::Closed},
        {"closed", Status::Closed},
        {" 销号 ", Status::Closed},
    };
    for (const Case& c : cases) {
        CAPTURE(c.typed);
        auto s = duban::read_status(c.typed);
        REQUIRE(s);
        CHECK(*s.value == c.expected);
    }
    for (const char* bad : {"", "finished", "完", "进行", "in progress!"}) {
        CAPTURE(bad);
        auto s = duban::read_status(bad);
        CHECK_FALSE(s);
        CHECK(std::string(s.problem) == "unknown status '{0}'");
    }
}

TEST_CASE("full-width text is narrowed and trimmed") {
    CHECK(duban::narrow_typed("２０２１／６／２５") == "2021/6/25");
    CHECK(duban::narrow_typed("\u3000６０％\u3000") == "60%");
    CHECK(duban::narrow_typed("推进中") == "推进中");
    CHECK(duban::narrow_typed("") == "");
}
