#include <doctest/doctest.h>

#include <ctime>
#include <set>

#include "judge/check.h"
#include "store/load.h"
#include "text/diagnostic.h"

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

namespace {

// A plan in memory whose task i has leader leaders[i] and office offices[i].
Plan names_plan(const std::vector<std::string>& leaders, const std::vector<std::string>& offices) {
    Plan p;
    p.start = *parse_date("2021-01-01");
    p.due = *parse_date("2021-12-31");
    for (size_t i = 0; i < leaders.size(); ++i) {
        Task t;
        t.id = static_cast<int>(i + 1);
        t.leaders = {leaders[i]};
        t.office = offices[i];
        p.tasks.push_back(t);
    }
    return p;
}

}  // namespace

TEST_CASE("near duplicates are the pairs a comparison of every pair finds, in the same order") {
    // Short names from four characters and padding: many pairs one edit apart.
    const std::vector<std::string> parts = {"何", "军", "戴", " "};
    std::vector<std::string> names;
    unsigned seed = 7;
    for (int i = 0; i < 300; ++i) {
        std::string n;
        for (int k = 0; k < 1 + i % 4; ++k) {
            seed = seed * 1103515245u + 12345u;
            n += parts[(seed >> 16) % parts.size()];
        }
        names.push_back(n);
    }
    std::set<std::string> distinct(names.begin(), names.end());
    std::vector<std::string> sorted(distinct.begin(), distinct.end());
    size_t expected = 0;
    for (size_t a = 0; a < sorted.size(); ++a)
        for (size_t b = a + 1; b < sorted.size(); ++b) {
            bool padding = strip_padding(sorted[a]) == strip_padding(sorted[b]);
            bool typo = count_chars(sorted[a]) >= 2 && count_chars(sorted[b]) >= 2 &&
                        edit_distance(sorted[a], sorted[b]) == 1;
            expected += padding || typo;
        }
    // Besides the pairs, each leader of one character (何, " 军") is pointed out once.
    for (const auto& n : sorted) expected += count_chars(strip_padding(n)) == 1;
    std::vector<Finding> found = check_plan(names_plan(names, std::vector<std::string>(300, "股")));
    CHECK(expected > 50);
    CHECK(found.size() == expected);
}

TEST_CASE("20,000 distinct leaders and offices are checked in well under a second") {
    std::vector<std::string> leaders, offices;
    for (int i = 0; i < 20000; ++i) {
        leaders.push_back("领导" + std::to_string(i * 7919 % 1000003));
        offices.push_back("股室" + std::to_string(i * 104729 % 1000003));
    }
    Plan p = names_plan(leaders, offices);
    // Processor time, not wall time: the test machine is shared. The bound tells a linear
    // search from the quadratic one (over 60 s); AddressSanitizer's Debug build runs this about
    // 7 times slower (2.7 s against 0.35 s), so there the bound is 10 s.
#if defined(__SANITIZE_ADDRESS__)
    const double bound = 10.0;
#else
    const double bound = 1.0;
#endif
    std::clock_t start = std::clock();
    std::vector<Finding> found = check_plan(p);
    CHECK(static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC < bound);
    CHECK(!found.empty());  // 领导15838 and 领导15839 and the like are one character apart
}

TEST_CASE("tasks without leaders: one warning for the plan, not one per task") {
    std::string text = kHead;
    for (int id : {1, 2, 3})
        text += "  - id: " + std::to_string(id) +
                "\n    category: 抓常规\n    title: 任务\n    office: 基教股\n";
    CHECK(findings(text) ==
          "7: warning: no task names a responsible leader (责任领导); reports by leader will "
          "leave them out\n");
    CHECK(findings(kHead + task(1, "何军", "基教股") +
                   "  - id: 2\n    category: 抓常规\n    title: 任务\n    office: 基教股\n") ==
          "12: warning: 1 of 2 tasks (task 2) name no responsible leader (责任领导); reports by "
          "leader will leave these out\n");
}

TEST_CASE("a one-character leader and a unit with trailing punctuation are pointed out") {
    CHECK(findings(kHead + task(1, "何, 军", "基教股。") + task(2, "何军", "基教股")) ==
          "10: warning: leader 何 (task 1) is a single character: a name split by its "
          "padding?\n"
          "10: warning: leader 军 (task 1) is a single character: a name split by its "
          "padding?\n"
          "16: warning: office 基教股 (task 2) is the same name written with different "
          "trailing punctuation as 基教股。 (task 1)\n");
}
