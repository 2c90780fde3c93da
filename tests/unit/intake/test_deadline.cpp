#include <doctest/doctest.h>

#include "intake/deadline.h"

using namespace duban;

namespace {

const Date kStart{2021, 1, 1};

std::string due_of(const char* cell) {
    Deadline d = read_deadline(cell, 2021, kStart);
    return d.due ? d.due->str() : std::string(d.ongoing ? "ongoing" : "none");
}

}  // namespace

TEST_CASE("deadlines in words give the day they mean, in the plan's year") {
    CHECK(due_of("12月底前") == "2021-12-31");
    CHECK(due_of("年底前") == "2021-12-31");
    CHECK(due_of("9月投入使用") == "2021-09-30");
    CHECK(due_of("2月底") == "2021-02-28");
    CHECK(due_of("2021年8月前") == "2021-08-31");
    CHECK(due_of("2022年3月") == "2022-03-31");
    CHECK(due_of("6月30日前") == "2021-06-30");
    CHECK(due_of("２０２１年６月１５日") == "2021-06-15");
    CHECK(due_of("上半年") == "2021-06-30");
    CHECK(due_of("下半年") == "2021-12-31");
    CHECK(due_of("第三季度") == "2021-09-30");
    CHECK(due_of("一季度") == "2021-03-31");
    CHECK(due_of("3月上旬") == "2021-03-10");
    CHECK(due_of("长期推进") == "ongoing");
    CHECK(due_of("持续推进") == "ongoing");
    CHECK(due_of("长期坚持") == "ongoing");
    CHECK(due_of("按上级要求") == "none");
    CHECK(due_of("13月") == "none");
    CHECK(due_of("2月30日") == "none");
}

TEST_CASE("several dates in one cell: the last is due, the others milestones with their words") {
    Deadline d = read_deadline("2021年2月公布预算信息，2021年8月公布上年度决算信息", 2021, kStart);
    REQUIRE(d.due);
    CHECK(d.due->str() == "2021-08-31");
    REQUIRE(d.milestones.size() == 1);
    CHECK(d.milestones[0].date.str() == "2021-02-28");
    CHECK(d.milestones[0].what == "2021年2月公布预算信息");
    // 58 of 242 days from the start to the due date.
    CHECK(d.milestones[0].target == 24);

    d = read_deadline("9月投入使用；5月底前动工", 2021, kStart);
    CHECK(d.due->str() == "2021-09-30");
    REQUIRE(d.milestones.size() == 1);
    CHECK(d.milestones[0].what == "5月底前动工");
    CHECK(d.milestones[0].target == 55);
}
