#include "report/json_stream.h"

#include <doctest/doctest.h>

#include <sstream>

#include "report/json.h"
#include "store/load.h"

using namespace duban;

namespace {

const std::string kPlan =
    "plan:\n"
    "  title: 测试\n"
    "  start: 2021-01-01\n"
    "  due: 2021-12-31\n"
    "  categories: [抓常规]\n"
    "tasks:\n"
    "  - id: 1\n"
    "    category: 抓常规\n"
    "    title: \"引号\\\" 反斜杠\\\\ 控制\\x01\\t\\r\\n\\b\\f 结束\"\n"
    "    leaders: [何军, 戴方栋]\n"
    "    office: 基教股\n"
    "    milestones:\n"
    "      - {date: 2021-06-30, target: 50, what: 完成方案}\n"
    "    updates:\n"
    "      - date: 2021-02-25\n"
    "        progress: 10\n"
    "        evidence: [华教体发〔2021〕20号]\n"
    "  - id: 2\n"
    "    category: 抓常规\n"
    "    title: 无更新\n"
    "    leaders: [何军]\n"
    "    office: 人事股\n"
    "    due: 2021-03-01\n";

std::string streamed(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of) {
    std::ostringstream out;
    JsonStream json(out);
    json.begin_array();
    for (const Task* t : tasks) write_judged_task(json, *t, plan, as_of);
    json.end_array();
    json.finish();
    return out.str();
}

}  // namespace

TEST_CASE("the streamed task list is byte for byte the document dump() prints") {
    Plan plan = load_plan(kPlan, "t.yaml");
    for (const char* day : {"2021-01-10", "2021-07-15", "2021-12-31"}) {
        Date as_of = *parse_date(day);
        std::vector<const Task*> tasks;
        Json all = Json::array();
        for (const Task& t : plan.tasks) {
            tasks.push_back(&t);
            all.push_back(judged_task_json(t, plan, as_of));
        }
        CHECK(streamed(plan, tasks, as_of) == dump(all));
    }
    CHECK(streamed(plan, {}, *parse_date("2021-07-15")) == dump(Json::array()));
}

TEST_CASE("strings escape as nlohmann::json escapes them, at their starts, ends and runs") {
    for (std::string s : {std::string(), std::string("\""), std::string("\\末尾\\"),
                          std::string("\n开头"), std::string("a\x1f\x01z"), std::string("\x7f"),
                          std::string(1, '\0') + "零", std::string("连续\t\t\r\n两个")}) {
        std::ostringstream out;
        JsonStream json(out);
        json.value(s);
        json.finish();
        CHECK(out.str() == dump(Json(s)));
    }
}
