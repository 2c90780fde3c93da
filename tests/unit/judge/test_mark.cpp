#include <doctest/doctest.h>

#include "judge/form.h"
#include "judge/mark.h"
#include "model/error.h"
#include "model/plan.h"

using namespace duban;

namespace {

const Date kToday{2021, 7, 15};

MarkRequest request(const char* progress) {
    MarkRequest r;
    r.progress = progress;
    return r;
}

// The message of the usage Error `f` throws; fails the test when it throws nothing or another
// kind of error.
template <typename F>
std::string refusal(F f) {
    try {
        f();
    } catch (const Error& e) {
        CHECK(e.exit_code() == kExitUsage);
        return e.what();
    }
    FAIL("not refused");
    return {};
}

Task task_with(int progress, Date date) {
    Task t;
    t.id = 6;
    Update u;
    u.date = date;
    u.progress = progress;
    t.updates.push_back(u);
    return t;
}

}  // namespace

TEST_CASE("the status follows the progress unless given") {
    CHECK(make_update(request("0"), kToday).status == Status::NotStarted);
    CHECK(make_update(request("45"), kToday).status == Status::InProgress);
    CHECK(make_update(request("100"), kToday).status == Status::Done);
    MarkRequest r = request("100");
    r.status = "已完成";
    CHECK(make_update(r, kToday).status == Status::Done);
    CHECK(make_update(request("60"), kToday).date == kToday);
}

TEST_CASE("progress is a whole percent from 0 to 100, typed as people type it") {
    CHECK(make_update(request("60%"), kToday).progress == 60);
    CHECK(make_update(request("６０"), kToday).progress == 60);
    for (const char* bad : {"150", "-1", "五十", "3.5", ""}) {
        CAPTURE(bad);
        CHECK(refusal([&] { make_update(request(bad), kToday); }).rfind("--progress: ", 0) == 0);
    }
}

TEST_CASE("a date without a year is in the plan's year, and must be a real day") {
    MarkRequest r = request("60");
    r.date = "6月25日";
    CHECK(make_update(r, kToday, 2021).date == Date{2021, 6, 25});
    CHECK(refusal([&] { make_update(r, kToday); }).find("has no year") != std::string::npos);
    r.date = "2021-02-30";
    CHECK(refusal([&] { make_update(r, kToday, 2021); }).rfind("--date: ", 0) == 0);
}

TEST_CASE("the status and the progress must agree") {
    MarkRequest r = request("80");
    r.status = "done";
    CHECK(refusal([&] { make_update(r, kToday); }) ==
          "status done (已完成) means progress 100, not 80");
    r = request("10");
    r.status = "未启动";
    CHECK(refusal([&] { make_update(r, kToday); }) ==
          "status not-started (未启动) means progress 0, not 10");
}

TEST_CASE("closing a task needs evidence and who signed it off") {
    MarkRequest r = request("100");
    r.status = "销号";
    CHECK(refusal([&] { make_update(r, kToday); }).find("--evidence") != std::string::npos);
    r.evidence = {"华教体发〔2021〕20号"};
    CHECK(refusal([&] { make_update(r, kToday); }).find("--by") != std::string::npos);
    r.by = "李明";
    Update u = make_update(r, kToday);
    CHECK(u.status == Status::Closed);
    CHECK(u.evidence == std::vector<std::string>{"华教体发〔2021〕20号"});
    r.evidence.push_back("");
    CHECK(refusal([&] { make_update(r, kToday); }).find("not be empty") != std::string::npos);
}

TEST_CASE("typed text may not hold control characters, and --force needs a reason") {
    MarkRequest r = request("50");
    r.note = "完成\x1B]0;x\a采购";
    CHECK(refusal([&] { make_update(r, kToday); }) ==
          "--note holds a control character (\\x1B at character 3); type plain text (line "
          "breaks and tabs are fine)");
    r.note = "第一行\n第二行\t制表";
    CHECK(make_update(r, kToday).note == "第一行\n第二行\t制表");
    r = request("50");
    r.force = true;
    CHECK(refusal([&] { make_update(r, kToday); }).rfind("--force needs a --note", 0) == 0);
}

TEST_CASE("an update may not lower the progress or go back in time, unless forced") {
    Task t = task_with(45, {2021, 6, 30});
    Update lower = make_update(request("40"), kToday);
    CHECK(refusal([&] { check_against_task(t, lower, false); }) ==
          "task 6: progress 40% is lower than its latest update's 45% (2021-06-30); if that is "
          "right, add --force and say why in --note");
    CHECK_NOTHROW(check_against_task(t, lower, true));
    Update earlier = make_update(request("50"), {2021, 6, 1});
    CHECK(refusal([&] { check_against_task(t, earlier, false); }).find("before its latest") !=
          std::string::npos);
    CHECK_NOTHROW(check_against_task(Task{}, lower, false));
}

TEST_CASE("a report is dated within the plan and not in the future") {
    Plan plan;
    plan.start = {2021, 1, 1};
    plan.due = {2021, 12, 31};
    Update u = make_update(request("50"), kToday);
    CHECK_NOTHROW(check_date(plan, u, kToday, false));
    u.date = {2021, 7, 16};
    CHECK(refusal([&] {
              check_date(plan, u, kToday, false);
          }).rfind("--date 2021-07-16 is after today", 0) == 0);
    u.date = {2020, 12, 31};
    CHECK(refusal([&] {
              check_date(plan, u, kToday, false);
          }).find("before the plan starts (2021-01-01)") != std::string::npos);
    CHECK_NOTHROW(check_date(plan, u, kToday, true));
}

TEST_CASE("on a progress form, a refusal names the form's columns, never mark's options") {
    MarkRequest r = request("100");
    r.status = "销号";
    r.names = form_field_names();
    const std::string evidence = refusal([&] { make_update(r, kToday); });
    CHECK(evidence ==
          "closing a task (销号) needs at least one item in 佐证材料 (a file or a "
          "document number)");
    r.evidence = {"华教体发〔2021〕20号"};
    CHECK(refusal([&] { make_update(r, kToday); }) ==
          "closing a task (销号) needs 填报人 naming who signed it off");
    r = request("50");
    r.names = form_field_names();
    r.problems = "资金\x1B未到位";
    CHECK(refusal([&] { make_update(r, kToday); }).rfind("存在问题 holds a control character", 0) ==
          0);
    Task t = task_with(45, {2021, 6, 30});
    const std::string lower = refusal([&] {
        check_against_task(t, make_update(request("40"), kToday), false, form_field_names());
    });
    CHECK(lower ==
          "task 6: progress 40% is lower than its latest update's 45% (2021-06-30); if that is "
          "right, collect it with --force and say why in 本期进展");
    CHECK(lower.find("--note") == std::string::npos);
}
