#include <doctest/doctest.h>

#include "model/date.h"

using namespace duban;

TEST_CASE("days count from 1970-01-01 and come back to the same date") {
    CHECK(Date{1970, 1, 1}.days() == 0);
    CHECK(Date{1969, 12, 31}.days() == -1);
    CHECK(Date{2021, 1, 1}.days() == 18628);
    for (long d = -800; d < 20000; d += 37) {
        CAPTURE(d);
        CHECK(Date::from_days(d).days() == d);
    }
    CHECK(Date::from_days(Date{2024, 2, 29}.days()) == Date{2024, 2, 29});
}

TEST_CASE("leap years follow the Gregorian rule") {
    CHECK(days_in_month(2021, 2) == 28);
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(Date{2024, 3, 1}.days() - Date{2024, 2, 28}.days() == 2);
}

TEST_CASE("adding months keeps the day when the month has it, else takes the last day") {
    CHECK(Date{2021, 1, 31}.plus_months(1) == Date{2021, 2, 28});
    CHECK(Date{2024, 1, 31}.plus_months(1) == Date{2024, 2, 29});
    CHECK(Date{2021, 11, 15}.plus_months(2) == Date{2022, 1, 15});
    CHECK(Date{2021, 3, 31}.plus_months(-1) == Date{2021, 2, 28});
    CHECK(Date{2021, 1, 1}.plus_months(12) == Date{2022, 1, 1});
}

TEST_CASE("only YYYY-MM-DD naming a real day parses") {
    CHECK(parse_date("2021-06-30") == Date{2021, 6, 30});
    CHECK(parse_date("2021-06-30")->str() == "2021-06-30");
    for (const char* bad : {"2021-13-01", "2021-02-30", "2021-6-30", "2021/06/30", "20210630",
                            "2021-06-30 ", "", "2021-00-10", "2021-06-00"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_date(bad));
    }
    CHECK((Date{2021, 6, 30} < Date{2021, 7, 1}));
    CHECK_FALSE(Date{2021, 2, 30}.valid());
}

TEST_CASE("dates order as their day counts do") {
    const Date first{2019, 11, 27};
    for (int i = 0; i < 900; i += 3) {
        const Date a = Date::from_days(first.days() + i);
        for (int k : {-400, -31, -1, 0, 1, 2, 29, 30, 31, 365, 366}) {
            const Date b = Date::from_days(a.days() + k);
            CAPTURE(a.str());
            CAPTURE(b.str());
            CHECK((a < b) == (a.days() < b.days()));
            CHECK((b < a) == (b.days() < a.days()));
            CHECK((a <= b) == (a.days() <= b.days()));
        }
    }
}
