#include "store/task_edit.h"

#include <doctest/doctest.h>

#include <string>

#include "model/error.h"
#include "store/load.h"

using namespace duban;

namespace {

const std::string kFile =
    "# 督办台账\n"
    "plan:\n"
    "  title: 测试\n"
    "  start: 2021-01-01\n"
    "  due: 2021-12-31\n"
    "  categories: [抓常规, 强队伍]\n"
    "\n"
    "tasks:\n"
    "  - id: 1\n"
    "    category: 抓常规\n"
    "    title: 'quoted 任务'   # 原文\n"
    "    leaders: [何军, \"戴方栋\"]\n"
    "    office: 基教股\n"
    "    milestones:\n"
    "      - {date: 2021-03-31, target: 20}\n"
    "      # 年中\n"
    "      - {date: 2021-06-30, target: 50, what: 过半}\n"
    "    updates:\n"
    "      - date: 2021-04-28\n"
    "        progress: 30\n"
    "\n"
    "  # 第三项\n"
    "  - id: 3\n"
    "    category: 强队伍\n"
    "    title: |-\n"
    "      任务三\n"
    "    office: 人事股\n";

Date d(const char* text) {
    return *parse_date(text);
}

// Changes task `id` of `text` with `f` applied to its copy.
template <typename F>
std::string edited(const std::string& text, int id, F f) {
    return edit_task(text, "t.yaml", id, [&](const Plan&, const Task& t) {
        Task now = t;
        f(now);
        return now;
    });
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a changed title or office is replaced where it stands, comments kept") {
    CHECK(edited(kFile, 1, [](Task& t) { t.title = "新任务"; }) ==
          replaced(kFile, "'quoted 任务'", "新任务"));
    CHECK(edited(kFile, 1, [](Task& t) { t.office = "人事股"; }) ==
          replaced(kFile, "office: 基教股", "office: 人事股"));
    // A block scalar becomes one line.
    CHECK(edited(kFile, 3, [](Task& t) { t.title = "yes"; }) ==
          replaced(kFile, "    title: |-\n      任务三\n", "    title: \"yes\"\n"));
}

TEST_CASE("lists of names are written as one flow list; an empty one loses its key") {
    CHECK(edited(kFile, 1, [](Task& t) { t.leaders = {"杨宏发"}; }) ==
          replaced(kFile, "[何军, \"戴方栋\"]", "[杨宏发]"));
    CHECK(edited(kFile, 1, [](Task& t) { t.leaders.clear(); }) ==
          replaced(kFile, "    leaders: [何军, \"戴方栋\"]\n", ""));
    // A key the task lacks goes where the key order puts it: partners after office.
    CHECK(edited(kFile, 1,
                 [](Task& t) {
                     t.partners = {"工会", "a, b"};
                 }) == replaced(kFile, "    office: 基教股\n",
                                "    office: 基教股\n    partners: [工会, \"a, b\"]\n"));
    // Task 3 ends the file: leaders go before office.
    CHECK(edited(kFile, 3, [](Task& t) { t.leaders = {"何军"}; }) ==
          replaced(kFile, "    office: 人事股\n", "    leaders: [何军]\n    office: 人事股\n"));
}

TEST_CASE("a due date is set, changed and removed by its own line") {
    const std::string with_due = edited(kFile, 1, [](Task& t) { t.due = d("2021-10-31"); });
    CHECK(with_due ==
          replaced(kFile, "    office: 基教股\n", "    office: 基教股\n    due: 2021-10-31\n"));
    CHECK(edited(with_due, 1, [](Task& t) { t.due = d("2021-11-30"); }) ==
          replaced(with_due, "2021-10-31", "2021-11-30"));
    CHECK(edited(with_due, 1, [](Task& t) { t.due.reset(); }) == kFile);
    // At the end of the file, after the last key.
    CHECK(edited(kFile, 3, [](Task& t) { t.due = d("2021-06-30"); }) ==
          kFile + "    due: 2021-06-30\n");
}

TEST_CASE("time nodes are added and removed line by line, in date order") {
    Milestone sept{d("2021-09-30"), 80, "秋季", {}};
    Milestone may{d("2021-05-31"), 40, "", {}};
    CHECK(
        edited(kFile, 1, [&](Task& t) { t.milestones.push_back(sept); }) ==
        replaced(kFile, "过半}\n", "过半}\n      - {date: 2021-09-30, target: 80, what: 秋季}\n"));
    CHECK(edited(kFile, 1, [&](Task& t) { t.milestones.insert(t.milestones.begin() + 1, may); }) ==
          replaced(kFile, "      # 年中\n",
                   "      # 年中\n      - {date: 2021-05-31, target: 40}\n"));
    CHECK(edited(kFile, 1, [&](Task& t) { t.milestones.erase(t.milestones.begin()); }) ==
          replaced(kFile, "      - {date: 2021-03-31, target: 20}\n", ""));
    // The last node removed: the key goes too, the comment inside it with it.
    CHECK(edited(kFile, 1, [&](Task& t) { t.milestones.clear(); }) ==
          replaced(kFile,
                   "    milestones:\n      - {date: 2021-03-31, target: 20}\n      # 年中\n"
                   "      - {date: 2021-06-30, target: 50, what: 过半}\n",
                   ""));
    // A task without time nodes gets the key before updates, or at its end.
    CHECK(edited(kFile, 3, [&](Task& t) { t.milestones = {may}; }) ==
          kFile + "    milestones:\n      - {date: 2021-05-31, target: 40}\n");
}

TEST_CASE("CRLF and a BOM are kept; a task not in the file is a usage error") {
    std::string crlf;
    for (char c : kFile) c == '\n' ? crlf += "\r\n" : crlf += c;
    crlf = "\xEF\xBB\xBF" + crlf;
    std::string got = edited(crlf, 1, [](Task& t) { t.due = d("2021-10-31"); });
    CHECK(got == replaced(crlf, "    office: 基教股\r\n",
                          "    office: 基教股\r\n    due: 2021-10-31\r\n"));
    try {
        edited(kFile, 2, [](Task&) {});
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) == "t.yaml: no task 2");
        CHECK(e.exit_code() == 2);
    }
}

TEST_CASE("a change edit does not make is an internal error, and nothing is returned") {
    CHECK_THROWS_WITH(edited(kFile, 1, [](Task& t) { t.category = "强队伍"; }),
                      doctest::Contains("internal error"));
    CHECK_THROWS_WITH(edit_task(kFile, "t.yaml", 1,
                                [](const Plan&, const Task&) -> Task { throw Error("refused"); }),
                      "refused");
}

TEST_CASE("a new task goes after the one numbered just below it, with blank lines around") {
    Task t;
    t.id = 2;
    t.category = "强队伍";
    t.title = "任务二";
    t.leaders = {"何军"};
    t.office = "人事股";
    t.due = d("2021-09-30");
    auto add = [&](const std::string& text, const Task& task) {
        return add_task(text, "t.yaml", [&](const Plan&) { return task; });
    };
    const std::string item =
        "  - id: 2\n    category: 强队伍\n    title: 任务二\n    leaders: [何军]\n"
        "    office: 人事股\n    due: 2021-09-30\n";
    CHECK(add(kFile, t) ==
          replaced(kFile, "        progress: 30\n\n", "        progress: 30\n\n" + item + "\n"));
    t.id = 9;
    CHECK(add(kFile, t) == kFile + "\n" + replaced(item, "id: 2", "id: 9"));
    t.id = 3;
    CHECK_THROWS_WITH(add(kFile, t), "t.yaml: there is already a task 3");
    // Before every task when it has the lowest number; the dash at the file's column.
    const std::string flush =
        "plan:\n  title: 测试\n  start: 2021-01-01\n  due: 2021-12-31\n  categories: [强队伍]\n"
        "tasks:\n- id: 5\n  category: 强队伍\n  title: 五\n  office: 人事股\n";
    t.id = 4;
    CHECK(add(flush, t) == replaced(flush, "- id: 5",
                                    "- id: 4\n  category: 强队伍\n  title: 任务二\n"
                                    "  leaders: [何军]\n  office: 人事股\n  due: 2021-09-30\n\n"
                                    "- id: 5"));
}
