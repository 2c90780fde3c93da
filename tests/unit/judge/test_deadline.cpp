#include <doctest/doctest.h>

#include "judge/deadline.h"
#include "judge/filter.h"

using namespace duban;

namespace {

Date d(const char* text) {
    return *parse_date(text);
}

Plan plan_with_nodes() {
    Plan p;
    p.start = d("2021-01-01");
    p.due = d("2021-12-31");
    Task reading;  // two time nodes, listed out of date order
    reading.id = 6;
    reading.milestones = {{d("2021-09-30"), 80, "完成秋季活动", {}},
                          {d("2021-06-30"), 60, "完成上半年共读活动", {}}};
    Task building;  // due mid-year, no nodes
    building.id = 21;
    building.due = d("2021-06-30");
    Task ongoing;  // 长期推进: no due date counts
    ongoing.id = 30;
    ongoing.ongoing = true;
    Task done;  // finished: nothing falls due for it
    done.id = 27;
    done.due = d("2021-07-20");
    Update u;
    u.date = d("2021-05-20");
    u.progress = 100;
    u.status = Status::Done;
    done.updates.push_back(u);
    p.tasks = {reading, building, ongoing, done};
    return p;
}

std::vector<int> selected(const Plan& p, const Filter& f) {
    std::vector<int> out;
    for (const Task* t : select(p, f)) out.push_back(t->id);
    return out;
}

}  // namespace

TEST_CASE("the next time node is the earliest on or after the date, in any file order") {
    Plan p = plan_with_nodes();
    const Task& t = p.tasks[0];
    CHECK(next_milestone(t, d("2021-03-01"))->target == 60);
    CHECK(next_milestone(t, d("2021-06-30"))->target == 60);  // due that day: still ahead
    CHECK(next_milestone(t, d("2021-07-01"))->target == 80);
    CHECK(next_milestone(t, d("2021-10-01")) == nullptr);
    CHECK(next_milestone(p.tasks[1], d("2021-03-01")) == nullptr);
}

TEST_CASE("deadlines in a window: time nodes and the due date, both ends included") {
    Plan p = plan_with_nodes();
    auto dates = [&](const Task& t, const char* from, const char* to) {
        std::vector<std::string> out;
        for (const Deadline& x : deadlines_between(p, t, d(from), d(to)))
            out.push_back(x.date.str() + (x.milestone ? " node" : " due"));
        return out;
    };
    CHECK(dates(p.tasks[0], "2021-06-30", "2021-12-31") ==
          std::vector<std::string>{"2021-06-30 node", "2021-09-30 node", "2021-12-31 due"});
    CHECK(dates(p.tasks[0], "2021-07-01", "2021-09-29").empty());
    CHECK(dates(p.tasks[1], "2021-06-01", "2021-06-30") ==
          std::vector<std::string>{"2021-06-30 due"});
    CHECK(dates(p.tasks[2], "2021-01-01", "2021-12-31").empty());  // ongoing: no due date
    CHECK(dates(p.tasks[1], "2021-07-01", "2021-06-01").empty());  // the window is empty
    CHECK(milestones_between(p.tasks[0], d("2021-01-01"), d("2021-12-31")).size() == 2);
}

TEST_CASE("--due-before and --due-within select unfinished tasks with a deadline in the window") {
    Plan p = plan_with_nodes();
    Filter f;
    f.as_of = d("2021-06-01");
    f.due_before = d("2021-06-30");
    CHECK(selected(p, f) == std::vector<int>{6, 21});
    f.due_before = d("2021-06-29");
    CHECK(selected(p, f).empty());
    f.due_before.reset();
    f.due_within = 29;  // 2021-06-01 + 29 days = 2021-06-30
    CHECK(selected(p, f) == std::vector<int>{6, 21});
    f.due_within = 28;
    CHECK(selected(p, f).empty());
    // Both: the earlier end wins.
    f.due_within = 120;
    f.due_before = d("2021-06-30");
    CHECK(f.due_window_end(d("2021-06-01")) == d("2021-06-30"));
    // A finished task is not falling due, however its due date lies.
    f.due_before.reset();
    f.due_within = 60;
    CHECK(selected(p, f) == std::vector<int>{6, 21});
    f.as_of = d("2021-07-15");
    CHECK(selected(p, f).empty());
    f.due_within = 77;  // to 2021-09-30
    CHECK(selected(p, f) == std::vector<int>{6});
}

TEST_CASE("describe_filter names the deadline window") {
    Filter f;
    f.as_of = d("2021-07-15");
    f.due_before = d("2021-07-31");
    f.due_within = 30;
    CHECK(describe_filter(f) ==
          std::vector<std::string>{"2021年7月31日前到期（含时间节点）",
                                   "30天内到期（含时间节点，至2021年8月14日）"});
}
