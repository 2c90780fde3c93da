#include <doctest/doctest.h>

#include "report/json.h"
#include "store/load.h"

using namespace duban;

namespace {

const char* kPlan = R"(plan:
  title: 测试计划
  start: 2021-01-01
  due: 2021-12-31
  categories: [甲类]
tasks:
  - id: 6
    category: 甲类
    title: 书香校园
    leaders: [刘建新]
    office: 基教股
    partners: [工会]
    milestones:
      - {date: 2021-06-30, target: 60, what: 完成上半年共读活动}
    updates:
      - {date: 2021-03-01, progress: 20, note: 启动}
      - {date: 2021-08-01, progress: 70, note: 完成采购, evidence: [采购合同]}
)";

}  // namespace

TEST_CASE("a task as JSON keeps the file's keys in order, then its latest state") {
    Plan plan = load_plan(kPlan, "t.yaml");
    Json j = task_json(plan.tasks[0], plan);
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.push_back(k);
    REQUIRE(keys.size() >= 10);
    CHECK(std::vector<std::string>(keys.begin(), keys.begin() + 7) ==
          std::vector<std::string>{"id", "category", "title", "leaders", "office", "partners",
                                   "due"});
    CHECK(j["due"] == "2021-12-31");
    CHECK(j["milestones"][0]["target"] == 60);
    CHECK(j["updates"].size() == 2);
    CHECK(j["updates"][1]["evidence"][0] == "采购合同");
    CHECK(j["status"] == "in-progress");
    CHECK(j["progress"] == 70);
}

TEST_CASE("judged JSON is the state as of a day: later updates have not happened yet") {
    Plan plan = load_plan(kPlan, "t.yaml");
    Json j = judged_task_json(plan.tasks[0], plan, *parse_date("2021-07-15"));
    CHECK(j["progress"] == 20);
    CHECK(j["expected"].get<int>() > 60);
    CHECK(j["light"] == "red");
    CHECK(j["reported"] == false);
    CHECK(j["overdue_days"] == 0);
    CHECK(!j["escalation"].empty());
    CHECK(j["escalation"][0].contains("wording"));
    Json later = judged_task_json(plan.tasks[0], plan, *parse_date("2021-08-15"));
    CHECK(later["progress"] == 70);
}

TEST_CASE("the next time node as show names it, null when none remains") {
    Plan plan = load_plan(kPlan, "t.yaml");
    Json before = next_milestone_json(plan.tasks[0], *parse_date("2021-06-20"));
    CHECK(before == Json{{"date", "2021-06-30"},
                         {"target", 60},
                         {"what", "完成上半年共读活动"},
                         {"days_left", 10}});
    CHECK(next_milestone_json(plan.tasks[0], *parse_date("2021-06-30"))["days_left"] == 0);
    CHECK(next_milestone_json(plan.tasks[0], *parse_date("2021-07-01")).is_null());
}

TEST_CASE("dump indents by two, keeps Chinese as UTF-8 and ends with a newline") {
    CHECK(dump(Json{{"title", "书香校园"}}) == "{\n  \"title\": \"书香校园\"\n}\n");
}
