#include "judge/form.h"

#include "model/error.h"

#include <doctest/doctest.h>

using duban::Date;
using duban::Plan;
using duban::Task;

namespace {

Plan small_plan() {
    Plan plan;
    plan.title = "计划";
    plan.document = "华教体发〔2021〕2号";
    plan.start = {2021, 1, 1};
    plan.due = {2021, 12, 31};
    Task a;
    a.id = 6;
    a.title = "书香校园";
    a.office = "基教股";
    a.partners = {"工会"};
    a.milestones = {{{2021, 6, 30}, 60, "上半年", {}}};
    a.updates = {{{2021, 7, 8}, 45, duban::Status::InProgress, "分享会", "", "", "基教股", {}, {}}};
    Task b;
    b.id = 2;
    b.title = "平安校园";
    b.office = "法制安全股";
    b.partners = {"基 教股"};
    plan.tasks = {b, a};
    return plan;
}

}  // namespace

TEST_CASE("a form lists the tasks an office leads, then those it supports") {
    const Plan plan = small_plan();
    const auto form = duban::make_form(plan, "基教股", {2021, 7, 15});
    REQUIRE(form.rows.size() == 2);
    CHECK(form.rows[0].task_id == 6);
    CHECK(form.rows[0].lead);
    CHECK(form.rows[1].task_id == 2);  // "基 教股": padding does not matter
    CHECK_FALSE(form.rows[1].lead);
    CHECK(form.rows[0].shown[3] == "2021-06-30 60% 上半年\n2021-12-31 前完成");
    CHECK(form.rows[0].shown[4] == "45%");
    CHECK(form.rows[0].shown[5] == "2021-07-08：分享会");
    CHECK(form.round.number == 4);
    CHECK(form.deadline == Date{2021, 8, 25});
    CHECK(form.file_name("xlsx") == "第4轮-基教股-进展报送表.xlsx");
    CHECK(duban::lead_offices(plan) == std::vector<std::string>{"法制安全股", "基教股"});
    CHECK_THROWS_AS(duban::make_form(plan, "工会办", {2021, 7, 15}), duban::Error);
}

TEST_CASE("a task's fingerprint changes with what the form shows, and only then") {
    Plan plan = small_plan();
    const auto before = duban::make_form_row(plan, plan.tasks[1], "基教股", {2021, 7, 15});
    CHECK(before.fingerprint.size() == 16);
    plan.tasks[1].updates.push_back(
        {{2021, 7, 20}, 60, duban::Status::InProgress, "", "", "", "", {}, {}});
    CHECK(duban::make_form_row(plan, plan.tasks[1], "基教股", {2021, 7, 15}).fingerprint ==
          before.fingerprint);  // dated after the form
    plan.tasks[1].title = "书香校园建设";
    CHECK(duban::make_form_row(plan, plan.tasks[1], "基教股", {2021, 7, 15}).fingerprint !=
          before.fingerprint);
}

TEST_CASE("the deadline is the 25th of the round's last month, or its end when later") {
    const duban::Round round{4, {2021, 7, 1}, {2021, 8, 31}};
    CHECK(duban::form_deadline(round, {2021, 7, 15}) == Date{2021, 8, 25});
    CHECK(duban::form_deadline(round, {2021, 8, 28}) == Date{2021, 8, 31});
}

TEST_CASE("the stamp reads back what it wrote, and refuses what it did not") {
    const Plan plan = small_plan();
    const auto form = duban::make_form(plan, "基教股", {2021, 7, 15});
    const auto stamp = duban::parse_form_stamp(duban::form_stamp_rows(form));
    CHECK(stamp.document == plan.document);
    CHECK(stamp.office == "基教股");
    CHECK(stamp.round == 4);
    CHECK(stamp.as_of == Date{2021, 7, 15});
    REQUIRE(stamp.rows.size() == 2);
    CHECK(stamp.find(6)->fingerprint == form.rows[0].fingerprint);
    CHECK_FALSE(stamp.find(2)->lead);
    auto rows = duban::form_stamp_rows(form);
    rows[3][1] = "四";
    CHECK_THROWS_AS(duban::parse_form_stamp(rows), duban::Error);
    CHECK_THROWS_AS(duban::parse_form_stamp({}), duban::Error);
}
