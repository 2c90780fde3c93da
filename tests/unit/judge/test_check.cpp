#include <doctest/doctest.h>

#include "judge/check.h"
#include "store/load.h"

using namespace duban;

namespace {

const std::string kHead =
    "plan:\n"
    "  title: 测试计划\n"
    "  start: 2021-01-01\n"
    "  due: 2021-12-31\n"
    "  categories: [抓常规]\n"
    "tasks:\n";

std::string task(int id, const std::string& leaders, const std::string& office,
                 const std::string& extra = "") {
    return "  - id: " + std::to_string(id) + "\n    category: 抓常规\n    title: 任务\n" +
           "    leaders: [" + leaders + "]\n    office: " + office + "\n" + extra;
}

// One line per finding: "line: severity: message".
std::string findings(const std::string& text) {
    std::string out;
    for (const Finding& f : check_plan(load_plan(text, "t.yaml")))
        out += std::to_string(f.pos.line) + ": " +
               (f.severity == Severity::Error ? "error: " : "warning: ") + f.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("a near-duplicate leader is reported with the tasks of each spelling, never merged") {
    auto f = findings(kHead + task(2, "何军, 戴方栋", "法制安全股") +
                      task(11, "戴方栋", "社会体育股") + task(20, "戴方栎", "人才中心"));
    CHECK(f == std::string(
                   "20: warning: leader 戴方栎 (task 20) looks like a misspelling of 戴方栋 (tasks "
                   "2, 11)\n"));
}

TEST_CASE("an office written two ways is reported") {
    auto f = findings(kHead + task(1, "何军", "基教股") + task(2, "何军", "基教股") +
                      task(3, "何军", "人事股", "    partners: [基较股]\n") +
                      task(4, "何军", "工 会") + task(5, "何军", "工会") + task(6, "何军", "工会"));
    CHECK(f ==
          std::string("22: warning: office 基较股 (task 3) looks like a misspelling of 基教股 "
                      "(tasks 1, 2)\n"
                      "27: warning: office 工 会 (task 4) is the same name written with different "
                      "padding as 工会 (tasks 5, 6)\n"));
}

TEST_CASE("update order, falling progress, done below 100 and closing without evidence") {
    std::string updates =
        "    updates:\n"
        "      - date: 2021-05-01\n        progress: 60\n"
        "      - date: 2021-04-01\n        progress: 40\n"
        "      - date: 2021-06-01\n        progress: 90\n        status: done\n"
        "      - date: 2021-07-01\n        progress: 100\n        status: closed\n";
    auto f = findings(kHead + task(1, "何军", "基教股", updates));
    CHECK(f == std::string(
                   "15: error: task 1: update of 2021-04-01 comes after the one of 2021-05-01; "
                   "updates go oldest first\n"
                   "15: warning: task 1: progress falls from 60% to 40% on 2021-04-01\n"
                   "17: error: task 1: status done (已完成) with progress 90%; done means 100\n"
                   "20: error: task 1: closed (已销号) without evidence (佐证材料)\n"
                   "20: error: task 1: closed (已销号) without 'by:' naming who signed it off\n"));
}

TEST_CASE("a clean plan has no findings") {
    CHECK(findings(kHead + task(1, "何军", "基教股") + task(2, "蔡亚利", "体卫股")).empty());
}
