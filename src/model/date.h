// Calendar dates (proleptic Gregorian), the only time unit the plan knows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace duban {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    // Days since 1970-01-01; negative before.
    long days() const;
    static Date from_days(long days);
    // ISO form, YYYY-MM-DD.
    std::string str() const;
    // Adds whole months, clamping the day to the new month's length (01-31 + 1 month = 02-28).
    Date plus_months(int months) const;

    bool valid() const;
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    // By year, month and day: the order of days() for the real dates a plan holds (parse_date,
    // from_days and plus_months give only those), without computing it (judging a task
    // compares dates often).
    friend bool operator<(const Date& a, const Date& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

// Parses exactly YYYY-MM-DD naming a real day; nullopt otherwise (2021-13-01, 2021-02-30).
std::optional<Date> parse_date(std::string_view text);

// Today in local time.
Date today();

int days_in_month(int year, int month);

}  // namespace duban
