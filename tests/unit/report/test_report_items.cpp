#include <doctest/doctest.h>

#include "report/report.h"
#include "report/report_model.h"
#include "store/load.h"

using namespace duban;

namespace {

// Mid-year with no reports: tasks 1, 2, 3 and 5 share their grounds (red, 55 points behind,
// never reported); task 4 reported and is behind for reasons of its own; task 6 is led by the
// offices concerned (相关股室), which no measure names, and task 7 by the director's meeting for
// every office (局长办公会成员, 各科室): no one a personal measure can be aimed at.
const char* kPlan = R"(plan:
  title: 测试计划
  issuer: 测试局
  start: 2021-01-01
  due: 2021-12-31
  categories: [甲类]
tasks:
  - {id: 1, category: 甲类, title: 任务一。, leaders: [何军], office: 基教股}
  - {id: 2, category: 甲类, title: 任务二, leaders: [何军, 刘建新], office: 人事股}
  - {id: 3, category: 甲类, title: 任务三, leaders: [刘建新], office: 基教股}
  - id: 4
    category: 甲类
    title: 任务四
    leaders: [刘建新]
    office: 人事股
    updates:
      - {date: 2021-07-02, progress: 10, problems: 资金未到位}
  - {id: 5, category: 甲类, title: 任务五, leaders: [蔡亚利], office: 计财股}
  - {id: 6, category: 甲类, title: 任务六, leaders: [杨宏发], office: 相关股室}
  - {id: 7, category: 甲类, title: 任务七, leaders: [局长办公会成员], office: 各科室}
)";

Json bulletin() {
    ReportOptions o;
    o.as_of = *parse_date("2021-07-20");
    return report_view(load_plan(kPlan, "t.yaml"), ReportKind::Bulletin, o);
}

}  // namespace

TEST_CASE("task numbers join runs of three or more with 至") {
    using report_detail::task_numbers_text;
    CHECK(task_numbers_text({}) == "");
    CHECK(task_numbers_text({7}) == "第7项");
    CHECK(task_numbers_text({5, 19}) == "第5、19项");
    CHECK(task_numbers_text({1, 2, 3, 5, 7, 8, 9}) == "第1至3、5、7至9项");
    CHECK(task_numbers_text({8, 27, 28, 29, 30}) == "第8、27至30项");
}

TEST_CASE("problems: tasks with the same grounds and no report are one item") {
    Json p = bulletin()["problems"];
    CHECK(p["count"] == 7);
    REQUIRE(p["items"].size() == 3);
    const Json& group = p["items"][0];
    CHECK(group["grouped"] == true);
    CHECK(group["ids_text"] == "第1至3、5项");
    CHECK(group["text"] ==
          "基教股、人事股、计财股牵头的4项任务（第1至3、5项）均未报送任何进展，"
          "进度均为0%，序时进度55%，红灯：落后序时进度55个百分点。");
    CHECK(group["head"].get<std::string>() + group["light_label"].get<std::string>() +
              group["tail"].get<std::string>() ==
          group["text"]);
    const Json& own = p["items"][1];
    CHECK(own["grouped"] == false);
    CHECK(own["index"] == 2);
    CHECK(own["text"] ==
          "任务四（第4项；责任领导：刘建新；责任股室：人事股）进度10%，序时进度55%，"
          "红灯：落后序时进度45个百分点。存在问题：资金未到位。");
    // Led by collective owners: a group of their own that lists no office as failing to report.
    const Json& collective = p["items"][2];
    CHECK(collective["ids_text"] == "第6、7项");
    CHECK(collective["text"] ==
          "第6、7项等2项任务均未报送任何进展，进度均为0%，序时进度55%，"
          "红灯：落后序时进度55个百分点。");
}

TEST_CASE("requirements: same grounds grouped, collective owners never named nor mixed in") {
    Json r = bulletin()["requirements"];
    REQUIRE(r["items"].size() == 4);
    CHECK(r["items"][0]["text"] ==
          "基教股、人事股、计财股牵头的4项任务（第1至3、5项；责任领导：何军、刘建新、蔡亚利）："
          "落后序时进度55个百分点，予以通报批评，对相关负责人实行约谈；"
          "连续两期红灯、连续两期未报送，对相关负责人实行问责。");
    // Task 4 reported this round: its grounds differ.
    CHECK(r["items"][1]["ids_text"] == "第4项");
    CHECK(r["items"][1]["text"].get<std::string>().rfind("任务四（第4项；责任股室：人事股；", 0) ==
          0);
    // Led by 相关股室: its own item, the office not named, the leader named.
    CHECK(r["items"][2]["ids_text"] == "第6项");
    CHECK(r["items"][2]["text"].get<std::string>().rfind("任务六（第6项；责任领导：杨宏发）：",
                                                         0) == 0);
    // Led by the director's meeting for every office: no one to talk to, so criticism alone,
    // and nobody named.
    CHECK(r["items"][3]["text"] == "任务七（第7项）：落后序时进度55个百分点，予以通报批评。");
}
