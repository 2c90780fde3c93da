#include <doctest/doctest.h>

#include "judge/pace.h"
#include "store/load.h"

using namespace duban;

namespace {

Date d(const char* s) {
    return *parse_date(s);
}

// A 2021 plan with one task and the given extra lines (milestones, updates).
Plan plan_with(const std::string& extra, const std::string& rules = "") {
    return load_plan(
        "plan:\n  title: 测试\n  start: 2021-01-01\n  due: 2021-12-31\n  categories: [抓常规]\n" +
            rules +
            "tasks:\n  - id: 1\n    category: 抓常规\n    title: 任务\n    leaders: [何军]\n"
            "    office: 基教股\n" +
            extra,
        "t.yaml");
}

std::string update(const char* date, int progress, const char* status = "in-progress") {
    return std::string("      - date: ") + date +
           "\n        progress: " + std::to_string(progress) + "\n        status: " + status + "\n";
}

std::string labels(const Judgement& j) {
    std::string out;
    for (const auto& e : j.escalation) out += std::string(e.label) + ";";
    return out;
}

}  // namespace

TEST_CASE("expected progress is linear over the year, or through the time nodes") {
    Plan linear = plan_with("");
    CHECK(expected_progress(linear, linear.tasks[0], d("2021-01-01")) == 0);
    CHECK(expected_progress(linear, linear.tasks[0], d("2021-07-02")) == 50);
    CHECK(expected_progress(linear, linear.tasks[0], d("2021-12-31")) == 100);
    CHECK(expected_progress(linear, linear.tasks[0], d("2022-03-01")) == 100);

    Plan nodes = plan_with("    milestones:\n      - {date: 2021-03-01, target: 60}\n");
    const Task& t = nodes.tasks[0];
    CHECK(expected_progress(nodes, t, d("2021-01-30")) == 29);  // 29 of 59 days toward 60
    CHECK(expected_progress(nodes, t, d("2021-03-01")) == 60);
    CHECK(expected_progress(nodes, t, d("2021-08-01")) == 80);  // 153 of 305 days, 60 → 100
}

TEST_CASE("lights, with the reason in words") {
    struct Case {
        const char* name;
        std::string extra;
        const char* as_of;
        Light light;
        const char* reason;
    };
    const Case cases[] = {
        {"on pace", "    updates:\n" + update("2021-06-30", 50), "2021-07-02", Light::Green,
         "符合序时进度"},
        {"ahead", "    updates:\n" + update("2021-06-30", 70), "2021-07-02", Light::Green,
         "超前序时进度20个百分点"},
        {"10 behind is yellow", "    updates:\n" + update("2021-06-30", 40), "2021-07-02",
         Light::Yellow, "落后序时进度10个百分点"},
        {"9 behind is green", "    updates:\n" + update("2021-06-30", 41), "2021-07-02",
         Light::Green, "符合序时进度"},
        {"30 behind is red", "    updates:\n" + update("2021-06-30", 20), "2021-07-02", Light::Red,
         "落后序时进度30个百分点"},
        {"past due", "    due: 2021-06-30\n    updates:\n" + update("2021-06-01", 95), "2021-07-12",
         Light::Red, "超期12天"},
        {"missed time node",
         "    milestones:\n      - {date: 2021-06-30, target: 50}\n"
         "    updates:\n" +
             update("2021-06-01", 45),
         "2021-07-01", Light::Yellow, "时间节点2021年6月30日目标50%未达成"},
        {"done", "    updates:\n" + update("2021-05-01", 100, "done"), "2021-07-02", Light::Done,
         "已完成"},
        {"a later update has not happened yet",
         "    updates:\n" + update("2021-03-01", 20) + update("2021-09-01", 100, "done"),
         "2021-07-02", Light::Red, "落后序时进度30个百分点"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        Plan p = plan_with(c.extra);
        Judgement j = judge(p, p.tasks[0], d(c.as_of));
        CHECK(light_keyword(j.light) == light_keyword(c.light));
        CHECK(j.reason == c.reason);
    }
}

TEST_CASE("thresholds come from plan.rules") {
    Plan p = plan_with("    updates:\n" + update("2021-06-30", 45),
                       "  rules:\n    yellow_behind: 5\n    red_behind: 20\n");
    CHECK(judge(p, p.tasks[0], d("2021-07-02")).light == Light::Yellow);
    Plan q = plan_with("    updates:\n" + update("2021-06-30", 29),
                       "  rules:\n    yellow_behind: 5\n    red_behind: 20\n");
    CHECK(judge(q, q.tasks[0], d("2021-07-02")).light == Light::Red);
}

TEST_CASE("dispatch rounds every two months from the start") {
    Plan p = plan_with("");
    Round r = round_at(p, d("2021-04-28"));
    CHECK(r.number == 2);
    CHECK(r.start == d("2021-03-01"));
    CHECK(r.end == d("2021-04-30"));
    CHECK(round_at(p, d("2021-01-01")).number == 1);
    CHECK(round_at(p, d("2021-12-31")).number == 6);
    CHECK(round_at(p, d("2021-12-31")).end == d("2021-12-31"));
    CHECK(round_at(p, d("2021-12-31")).last);
    CHECK_FALSE(round_at(p, d("2021-10-31")).last);
    CHECK(round_count(p) == 6);
}

TEST_CASE("the rounds stop with the plan: a January report is a late report of the last round") {
    Plan p = plan_with("    updates:\n" + update("2021-11-20", 60) + update("2022-01-10", 80));
    Round r = round_at(p, d("2022-01-15"));
    CHECK(r.number == 6);
    CHECK(r.start == d("2021-11-01"));
    CHECK(r.end == d("2021-12-31"));
    Judgement j = judge(p, p.tasks[0], d("2022-01-15"));
    CHECK(j.reported);
    CHECK(j.late_report);
    CHECK_FALSE(judge(p, p.tasks[0], d("2021-12-31")).late_report);
    // A plan ending mid-round: its last round ends with it.
    Plan short_plan = plan_with("");
    short_plan.due = d("2021-10-15");
    CHECK(round_at(short_plan, d("2021-12-01")).number == 5);
    CHECK(round_at(short_plan, d("2021-12-01")).end == d("2021-10-15"));
}

TEST_CASE("the date of judgement is the end of that day: unfinished on its due date is overdue") {
    Plan p = plan_with("    updates:\n" + update("2021-12-20", 90));
    Judgement on_due = judge(p, p.tasks[0], d("2021-12-31"));
    CHECK(on_due.overdue);
    CHECK(on_due.overdue_days == 0);
    CHECK(on_due.reason == "到期未完成；落后序时进度10个百分点");
    CHECK(light_keyword(on_due.light) == "red");
    Judgement after = judge(p, p.tasks[0], d("2022-01-01"));
    CHECK(after.overdue_days == 1);
    CHECK(after.reason == "超期1天；落后序时进度10个百分点");
    CHECK_FALSE(judge(p, p.tasks[0], d("2021-12-30")).overdue);
}

TEST_CASE(
    "measures: triggers and wordings from plan.rules; collective owners get no personal one") {
    Plan p = plan_with("    updates:\n" + update("2021-04-20", 5) + update("2021-07-20", 5),
                       "  rules:\n    accountability_wording: 提请局党组研究\n"
                       "    talk_when: never\n    criticism_when: yellow, unreported\n");
    Judgement j = judge(p, p.tasks[0], d("2021-07-31"));
    CHECK(labels(j) == "通报批评;问责;");
    CHECK(j.escalation[1].wording == "提请局党组研究");
    CHECK(j.escalation[1].reason == "连续两期红灯");
    CHECK(j.escalation[0].wording == "予以通报批评");
    Plan c = plan_with("    updates:\n" + update("2021-04-20", 5) + update("2021-07-20", 5));
    c.tasks[0].office = "相关股室";
    c.tasks[0].leaders = {"局长办公会成员"};
    CHECK(labels(judge(c, c.tasks[0], d("2021-07-31"))) == "通报批评;");
    c.collective = {"办公室"};
    CHECK(c.is_collective("办 公 室"));
    c.tasks[0].leaders = {"何 军"};
    CHECK(labels(judge(c, c.tasks[0], d("2021-07-31"))) == "通报批评;约谈;问责;");
}

TEST_CASE("reporting: an update inside the current round; finished tasks owe none") {
    Plan p = plan_with("    updates:\n" + update("2021-02-10", 20));
    CHECK(judge(p, p.tasks[0], d("2021-02-28")).reported);
    CHECK_FALSE(judge(p, p.tasks[0], d("2021-03-15")).reported);
    Plan done = plan_with("    updates:\n" + update("2021-02-10", 100, "done"));
    CHECK(judge(done, done.tasks[0], d("2021-05-15")).reported);
}

TEST_CASE("escalation follows the notice") {
    // Red in round 3 and round 4: criticism, talk, and accountability for two rounds running.
    Plan red = plan_with("    updates:\n" + update("2021-05-20", 5) + update("2021-07-20", 10));
    CHECK(labels(judge(red, red.tasks[0], d("2021-07-31"))) == "通报批评;约谈;问责;");
    // Red in this round only.
    Plan once = plan_with("    updates:\n" + update("2021-04-20", 30) + update("2021-07-20", 10));
    CHECK(labels(judge(once, once.tasks[0], d("2021-07-31"))) == "通报批评;约谈;");
    // Not done after the due date: a written self-examination.
    Plan late = plan_with("    due: 2021-06-30\n    updates:\n" + update("2021-06-01", 90) +
                          update("2021-07-01", 95));
    // Overdue already at the end of its due day, 06-30, the last day of round 3: red in two
    // rounds running, so 问责 as well.
    CHECK(labels(judge(late, late.tasks[0], d("2021-07-10"))) == "通报批评;约谈;书面检查;问责;");
    // No report for two rounds running, though on pace before.
    Plan silent = plan_with("    updates:\n" + update("2021-02-20", 20));
    CHECK(labels(judge(silent, silent.tasks[0], d("2021-04-01"))) == "");
    Judgement j = judge(silent, silent.tasks[0], d("2021-05-10"));
    CHECK_FALSE(j.reported);
    CHECK(labels(j).find("问责") != std::string::npos);
}

TEST_CASE("the pace segment a date falls in names its ends") {
    Plan nodes = plan_with("    milestones:\n      - {date: 2021-03-01, target: 60}\n");
    const Task& t = nodes.tasks[0];
    auto seg = [&](const char* date) {
        PaceSegment s = pace_segment(nodes, t, d(date));
        return s.from.str() + " " + std::to_string(s.from_percent) + " " + s.to.str() + " " +
               std::to_string(s.to_percent);
    };
    CHECK(seg("2020-12-01") == "2021-01-01 0 2021-03-01 60");
    CHECK(seg("2021-02-01") == "2021-01-01 0 2021-03-01 60");
    CHECK(seg("2021-03-01") == "2021-01-01 0 2021-03-01 60");
    CHECK(seg("2021-03-02") == "2021-03-01 60 2021-12-31 100");
    CHECK(seg("2022-02-01") == "2021-03-01 60 2021-12-31 100");
}

TEST_CASE("rounds are computed, not counted: same answer as stepping, for any start and length") {
    // The obvious definition: step from the start by whole rounds until `date` falls inside.
    auto stepped = [](const Plan& p, Date date) {
        int n = 1;
        while (p.start.plus_months(p.dispatch_months * n) <= date) ++n;
        return n;
    };
    for (const char* start : {"2021-01-01", "2021-01-31", "2020-02-29", "2021-03-15"}) {
        for (int months : {1, 2, 3, 12}) {
            Plan p;
            p.start = d(start);
            p.dispatch_months = months;
            for (long day = p.start.days(); day < p.start.days() + 800; ++day) {
                Date date = Date::from_days(day);
                CAPTURE(start);
                CAPTURE(months);
                CAPTURE(date.str());
                Round r = round_at(p, date);
                REQUIRE(r.number == stepped(p, date));
                REQUIRE(r.start <= date);
                REQUIRE(date <= r.end);
            }
        }
    }
    Plan century;
    century.start = d("2000-01-01");
    century.dispatch_months = 1;
    CHECK(round_at(century, d("2099-12-15")).number == 1200);
}

TEST_CASE("a task with no fixed due date is judged by whether it reports") {
    // Rounds of two months: round 1 is Jan-Feb, round 2 Mar-Apr, round 3 May-Jun.
    Plan silent = plan_with("    ongoing: true\n");
    Judgement j = judge(silent, silent.tasks[0], d("2021-02-20"));
    CHECK(j.light == Light::Green);
    CHECK(j.expected == 0);
    CHECK(j.reason == "长期推进：按期报送进展");
    j = judge(silent, silent.tasks[0], d("2021-03-10"));
    CHECK(j.light == Light::Yellow);
    CHECK(j.reason == "长期推进：上一期未报送进展");
    j = judge(silent, silent.tasks[0], d("2021-05-10"));
    CHECK(j.light == Light::Red);
    CHECK(j.reason == "长期推进：连续2期未报送进展");

    // Reporting keeps it green all year, at any progress, and it is never overdue.
    Plan reporting =
        plan_with("    ongoing: true\n    updates:\n" + update("2021-02-10", 5) +
                  update("2021-04-10", 10) + update("2021-06-10", 10) + update("2021-08-10", 15) +
                  update("2021-10-10", 20) + update("2021-12-10", 20));
    for (const char* day : {"2021-03-01", "2021-07-15", "2021-12-31", "2022-01-20"}) {
        CAPTURE(day);
        j = judge(reporting, reporting.tasks[0], d(day));
        CHECK(j.light == Light::Green);
        CHECK(j.gap == 0);
        CHECK(j.overdue_days == 0);
        CHECK(labels(j) == "");
    }
    // The same updates on a task with a due date: far behind the straight line, and overdue.
    Plan dated = plan_with("    updates:\n" + update("2021-12-10", 20));
    CHECK(judge(dated, dated.tasks[0], d("2022-01-20")).light == Light::Red);
}
