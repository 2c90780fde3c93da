#include "judge/task_change.h"

#include <doctest/doctest.h>

#include "model/error.h"
#include "store/load.h"

using namespace duban;

namespace {

Plan plan() {
    return load_plan(
        "plan:\n"
        "  title: 测试\n"
        "  start: 2021-01-01\n"
        "  due: 2021-12-31\n"
        "  categories: [抓常规, 强队伍]\n"
        "tasks:\n"
        "  - id: 6\n"
        "    category: 抓常规\n"
        "    title: 书香校园\n"
        "    leaders: [刘建新]\n"
        "    office: 基教股\n"
        "    partners: [工会]\n"
        "    milestones:\n"
        "      - {date: 2021-06-30, target: 60}\n"
        "  - id: 12\n"
        "    category: 强队伍\n"
        "    title: 教师流动\n"
        "    leaders: [杨宏发]\n"
        "    office: 人事股\n"
        "  - id: 30\n"
        "    category: 抓常规\n"
        "    title: 安全排查\n"
        "    office: 法制安全股\n"
        "    ongoing: true\n",
        "t.yaml");
}

Task change(const Plan& p, int id, TaskRequest r) {
    return change_task(p, *p.find(id), r);
}

std::string refusal(const Plan& p, int id, TaskRequest r) {
    try {
        change(p, id, r);
    } catch (const Error& e) {
        CHECK(e.exit_code() == 2);
        return e.what();
    }
    return "(accepted)";
}

}  // namespace

TEST_CASE("time nodes are read as people type them") {
    Milestone m = read_milestone("2021年9月30日：８０％：完成秋季读书节：全部", 2021);
    CHECK(m.date.str() == "2021-09-30");
    CHECK(m.target == 80);
    CHECK(m.what == "完成秋季读书节：全部");
    m = read_milestone("9/30:80", 2021);
    CHECK(m.date.str() == "2021-09-30");
    CHECK(m.what.empty());
    CHECK_THROWS_WITH(read_milestone("2021-09-30", 2021), doctest::Contains("DATE:TARGET:WHAT"));
    CHECK_THROWS_WITH(read_milestone("2021-09-31:80", 2021),
                      doctest::Contains("no such day as '2021-09-31'"));
    CHECK_THROWS_WITH(read_milestone("2021-09-30:180", 2021), doctest::Contains("'180'"));
}

TEST_CASE("a change applies what was given and nothing else") {
    Plan p = plan();
    TaskRequest r;
    r.milestones = {"2021-09-30:80:秋季", "2021-03-31:20"};
    r.due = "2021/11/30";
    Task t = change(p, 6, r);
    REQUIRE(t.milestones.size() == 3);
    CHECK(t.milestones[0].date.str() == "2021-03-31");
    CHECK(t.milestones[2].what == "秋季");
    CHECK(t.due->str() == "2021-11-30");
    CHECK(t.title == "书香校园");
    r = {};
    r.remove_milestones = {"6月30日"};
    r.milestones = {"2021-06-30:50"};
    t = change(p, 6, r);
    CHECK(t.milestones.size() == 1);
    CHECK(t.milestones[0].target == 50);
    r = {};
    r.partners = std::vector<std::string>{""};
    r.leaders = std::vector<std::string>{"杨宏发", "刘建新"};
    t = change(p, 6, r);
    CHECK(t.partners.empty());
    CHECK(t.leaders == std::vector<std::string>{"杨宏发", "刘建新"});
}

TEST_CASE("each refusal says why") {
    Plan p = plan();
    TaskRequest r;
    r.milestones = {"2021-06-30:70"};
    CHECK(refusal(p, 6, r) ==
          "task 6 already has a time node (时间节点) on 2021-06-30; to change "
          "it, remove it in the same command: --remove-milestone 2021-06-30");
    r = {};
    r.remove_milestones = {"2021-07-31"};
    CHECK(refusal(p, 6, r) ==
          "task 6 has no time node (时间节点) on 2021-07-31; it has time nodes on 2021-06-30");
    r = {};
    r.due = "2021-05-31";  // before the time node of 06-30
    CHECK(refusal(p, 6, r) ==
          "the time node (时间节点) on 2021-06-30 is after task 6's due date (2021-05-31); change "
          "the due date with --due first, or in the same command");
    r = {};
    r.milestones = {"2021-08-31:40"};
    CHECK(refusal(p, 6, r) ==
          "the time node (时间节点) on 2021-08-31 aims at 40%, less than the "
          "60% of the earlier one on 2021-06-30");
    r = {};
    r.due = "2020-12-31";
    CHECK(refusal(p, 12, r) == "--due 2020-12-31 is before the plan starts (2021-01-01)");
    r.due = "2021-02-30";
    CHECK(refusal(p, 12, r) == "--due: there is no such day as '2021-02-30'");
    r.due = "2021-10-31";
    CHECK(refusal(p, 30, r).find("no fixed due date") != std::string::npos);
    r = {};
    r.office = "基教";
    CHECK(refusal(p, 12, r) ==
          "no office (股室) is named '基教'; did you mean 基教股? (to name "
          "one that no task names yet, add --new-name)");
    r.new_names = true;
    CHECK(change(p, 12, r).office == "基教");
    r = {};
    r.leaders = std::vector<std::string>{"杨宏"};
    CHECK(refusal(p, 12, r).find("did you mean 杨宏发?") != std::string::npos);
    r = {};
    r.title = " ";
    CHECK(refusal(p, 12, r) == "--title must not be empty");
}

TEST_CASE("a new task takes the next number and needs its category, title, office, leaders") {
    Plan p = plan();
    TaskRequest r;
    r.category = "强队伍";
    r.title = "校长研修";
    r.office = "人事股";
    r.leaders = std::vector<std::string>{"杨宏发"};
    Task t = new_task(p, r, std::nullopt);
    CHECK(t.id == 31);
    CHECK_FALSE(t.due);
    CHECK(new_task(p, r, 7).id == 7);
    CHECK_THROWS_WITH(new_task(p, r, 12), "there is already a task 12: '教师流动'");
    r.category = "强对伍";
    CHECK_THROWS_WITH(new_task(p, r, std::nullopt),
                      "there is no category (类别) '强对伍'; did you mean 强队伍?");
    r.category.reset();
    CHECK_THROWS_WITH(new_task(p, r, std::nullopt), "a new task needs --category");
}
