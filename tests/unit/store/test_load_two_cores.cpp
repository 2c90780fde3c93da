// load_plan reads a large file's tasks in two parts on two threads (two_core_load_bytes): the
// plan, every position and every error must be exactly those of reading the file as one piece.
#include <doctest/doctest.h>

#include <sched.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/error.h"
#include "plan_head.h"
#include "store/edit.h"
#include "store/load.h"

using namespace duban;

namespace {

const std::string& kHead = test::kPlanHead;

// Task `id` with two updates, its dashes at column `dash` (0 or 2), `extra` lines at its end.
std::string task(int id, int dash = 2, const std::string& extra = "") {
    const std::string d(dash, ' '), k(dash + 2, ' '), u(dash + 4, ' ');
    std::string s = d + "- id: " + std::to_string(id) + "\n" + k + "category: 抓常规\n" + k +
                    "title: 第" + std::to_string(id) + "项“平安校园”建设\n" + k +
                    "leaders: [何军, 戴方栋]\n" + k + "office: 法制安全股\n" + k +
                    "due: 2021-06-30\n" + k + "updates:\n";
    for (const char* date : {"2021-03-01", "2021-05-01"})
        s += u + "- date: " + date + "\n" + u + "  progress: 30\n" + u + "  note: |\n" + u +
             "    已完成摸排，\n" + u + "    - 不是新的任务\n";
    return s + extra;
}

// `n` tasks under the head; task `bad` (if any) gets `extra` lines.
std::string plan_text(int n, int bad = -1, const std::string& extra = "", int dash = 2) {
    std::string s = kHead;
    for (int i = 1; i <= n; ++i) s += task(i, dash, i == bad ? extra : "");
    return s;
}

struct Outcome {
    Plan plan;
    std::string error;
};

Outcome load_with(const std::string& text, size_t threshold) {
    const size_t was = two_core_load_bytes;
    two_core_load_bytes = threshold;
    Outcome out;
    try {
        out.plan = load_plan(text, "t.yaml");
    } catch (const Error& e) {
        out.error = e.what();
    }
    two_core_load_bytes = was;
    return out;
}

bool same_pos(Pos a, Pos b) {
    return a.line == b.line && a.column == b.column;
}

// The same outcome read in two parts as in one: the same message, or the same plan, positions
// included.
void check_same(const std::string& text) {
    Outcome one = load_with(text, std::numeric_limits<size_t>::max());
    Outcome two = load_with(text, 0);
    CHECK(two.error == one.error);
    CHECK(same_plan(two.plan, one.plan));
    REQUIRE(two.plan.tasks.size() == one.plan.tasks.size());
    for (size_t i = 0; i < one.plan.tasks.size(); ++i) {
        const Task& a = one.plan.tasks[i];
        const Task& b = two.plan.tasks[i];
        CHECK(same_pos(a.pos, b.pos));
        for (size_t k = 0; k < a.key_pos.size(); ++k) CHECK(same_pos(a.key_pos[k], b.key_pos[k]));
        REQUIRE(a.updates.size() == b.updates.size());
        for (size_t u = 0; u < a.updates.size(); ++u) {
            CHECK(same_pos(a.updates[u].pos, b.updates[u].pos));
            CHECK(a.updates[u].note == b.updates[u].note);
        }
    }
}

bool two_cores() {
    cpu_set_t set;
    return sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) >= 2;
}

}  // namespace

TEST_CASE("a plan read on two cores is the plan read on one, positions and all") {
    check_same(plan_text(1));
    check_same(plan_text(2));
    check_same(plan_text(41));
    check_same(plan_text(41, -1, "", 0));  // dashes at column 0
    check_same("\xEF\xBB\xBF" + plan_text(41));
    std::string crlf;
    for (char c : plan_text(41)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    check_same(crlf);
    // Comments and blank lines between the tasks, and after the list.
    std::string commented = kHead + "  # 第一批\n\n";
    for (int i = 1; i <= 30; ++i) commented += task(i) + "\n  # 下一项\n";
    check_same(commented + "...\n");
    CHECK(load_with(commented, 0).plan.tasks.size() == 30);
}

TEST_CASE("an error anywhere gives the message of reading the file as one piece") {
    const int n = 30;
    for (int bad = 1; bad <= n; bad += 3) {
        CAPTURE(bad);
        check_same(plan_text(n, bad, "    colour: red\n"));                      // unknown key
        check_same(plan_text(n, bad, "    title2: \"一半\n  - id: 900\n"));      // open quote
        check_same(plan_text(n, bad, "    partners: [基教股,\n  - id: 901\n"));  // open list
        check_same(plan_text(n, bad, "   office: 股\n"));                        // indentation
        check_same(plan_text(n, bad, "  - id: 1\n    category: 抓常规\n"));      // duplicate id
        check_same(plan_text(n, bad,
                             "  - id: 999\n    category: 抓改革\n    title: 一\n"
                             "    office: 股\n"));  // unknown category
        check_same(plan_text(n, bad,
                             "  - id: 998\n    category: 抓常规\n    title: '一\n"
                             "  二'\n    office: 股\n"));  // quote over a line
        check_same(plan_text(n, bad, "\t- id: 997\n"));
        check_same(plan_text(n, bad, "  - *alias\n"));
    }
    check_same(plan_text(n) + "extra: 1\n");                     // a key after the tasks
    check_same(plan_text(n) + "---\nplan: x\n");                 // a second document
    check_same(plan_text(n) + "plan:\n  title: again\n");        // a duplicate key
    check_same("tasks:\n" + plan_text(n).substr(kHead.size()) +  // the plan after the tasks
               kHead.substr(0, kHead.size() - 7));
    check_same(plan_text(n) + "<<<<<<< HEAD\n");
    check_same(plan_text(n) + "  - id: 5\n    title: \xC3\n");  // not UTF-8
}

TEST_CASE("an edit's load on two cores shows each_task the tasks it keeps") {
    const std::string text = plan_text(40);
    const size_t was = two_core_load_bytes;
    two_core_load_bytes = 0;
    std::vector<int> shown;
    Plan p = load_plan(
        text, "t.yaml",
        [&](const yaml::Node& t) { shown.push_back(std::stoi(t.get("id")->value)); },
        [](int id) { return id == 1 || id == 39; });
    two_core_load_bytes = was;
    REQUIRE(p.tasks.size() == 40);
    CHECK(p.tasks[38].updates.size() == 2);
    CHECK(p.tasks[37].updates.empty());
    CHECK(shown.front() == 1);
    CHECK(shown.back() == 39);
    if (two_cores()) CHECK(shown.size() < 40);  // not every task: each part shows a few
}

TEST_CASE("mark writes the same file whether it read the plan on one core or two") {
    // The first half has no updates, the second indents its update dashes by 4 under the key:
    // mark must learn that from the second part, as it does reading the file as one piece.
    std::string text = kHead;
    for (int i = 1; i <= 20; ++i)
        text += "  - id: " + std::to_string(i) + "\n    category: 抓常规\n    title: 一\n" +
                "    office: 股\n";
    for (int i = 21; i <= 40; ++i)
        text += "  - id: " + std::to_string(i) + "\n    category: 抓常规\n    title: 二\n" +
                "    office: 股\n    updates:\n        - date: 2021-03-01\n" +
                "          progress: 10\n";
    Update u;
    u.date = *parse_date("2021-06-01");
    u.progress = 50;
    u.note = "已完成摸排";
    for (const std::vector<int>& ids : {std::vector<int>{3, 5}, {25, 3}, {40, 38}}) {
        CAPTURE(ids.front());
        const size_t was = two_core_load_bytes;
        two_core_load_bytes = std::numeric_limits<size_t>::max();
        const std::string one = append_updates(text, "t.yaml", ids, u);
        two_core_load_bytes = 0;
        const std::string two = append_updates(text, "t.yaml", ids, u);
        two_core_load_bytes = was;
        CHECK(two == one);
        CHECK(one.find("        - date: 2021-06-01") != std::string::npos);
    }
}

TEST_CASE("mark learns the update dashes from the same task on one core or two") {
    // The file's first task with updates has its first dash alone on its line, which tells mark
    // nothing; it learns from the next task with updates (dashes 4 in), in the first part.
    std::string text = kHead;
    for (int i = 1; i <= 40; ++i) {
        text += "  - id: " + std::to_string(i) + "\n    category: 抓常规\n    title: 一\n" +
                "    office: 股\n";
        if (i == 2)
            text += "    updates:\n        -\n          date: 2021-03-01\n          progress: 10\n";
        if (i == 5) text += "    updates:\n        - date: 2021-03-01\n          progress: 10\n";
    }
    Update u;
    u.date = *parse_date("2021-06-01");
    u.progress = 50;
    const size_t was = two_core_load_bytes;
    two_core_load_bytes = std::numeric_limits<size_t>::max();
    const std::string one = append_updates(text, "t.yaml", {30}, u);
    two_core_load_bytes = 0;
    const std::string two = append_updates(text, "t.yaml", {30}, u);
    two_core_load_bytes = was;
    CHECK(one.find("    updates:\n        - date: 2021-06-01") != std::string::npos);
    CHECK(two == one);
}

TEST_CASE("a mapped file loads as its text does, on one core and two, letting go as it reads") {
    const std::string dir = std::filesystem::temp_directory_path().string();
    const std::string path = dir + "/duban-mapped-" + std::to_string(::getpid()) + ".yaml";
    auto load_mapped = [&](const std::string& text, size_t threshold) {
        std::ofstream(path, std::ios::binary) << text;
        const size_t was = two_core_load_bytes;
        two_core_load_bytes = threshold;
        Outcome out;
        try {
            out.plan = load_plan(map_file(path), "t.yaml");
        } catch (const Error& e) {
            out.error = e.what();
        }
        two_core_load_bytes = was;
        return out;
    };
    // 14,000 tasks, 7.6 MB: pieces of 4 MiB are checked and let go, and 2 MiB steps are told.
    const int n = 14000;
    for (const std::string& text :
         {plan_text(n), plan_text(n, 13000, "    colour: red\n"), plan_text(n, 20, "\t- x\n"),
          plan_text(n) + "  - id: 5\n    title: \xC3\n", plan_text(n) + "<<<<<<< HEAD\n"}) {
        const Outcome want = load_with(text, std::numeric_limits<size_t>::max());
        for (size_t threshold : {std::numeric_limits<size_t>::max(), size_t{0}}) {
            CAPTURE(threshold);
            const Outcome got = load_mapped(text, threshold);
            CHECK(got.error == want.error);
            CHECK(same_plan(got.plan, want.plan));
            REQUIRE(got.plan.tasks.size() == want.plan.tasks.size());
            for (size_t i = 0; i < want.plan.tasks.size(); i += 997)
                CHECK(same_pos(got.plan.tasks[i].pos, want.plan.tasks[i].pos));
        }
    }
    std::filesystem::remove(path);
}

TEST_CASE("a plan is read the same whatever number of parts its tasks are cut into") {
    // A large file's tasks are cut into up to eight parts, which the two threads take in turn:
    // with 1 to 24 tasks, every count of parts and of tasks in a part, and a task id used again
    // in a later part than its first use.
    for (int n = 1; n <= 24; ++n) {
        CAPTURE(n);
        check_same(plan_text(n));
        check_same(plan_text(n) + task(1));
        check_same(plan_text(n) + task(n));
    }
}

TEST_CASE("a line break YAML counts that is not LF numbers the lines after it the same") {
    // A part's lines are numbered from the LFs before it; YAML also ends a line at a CR alone
    // and at U+0085, U+2028 and U+2029 (found by fuzz_load_two_cores: a lone CR made the tasks
    // of every later part one line early).
    for (int at : {1, 5, 12, 20}) {
        CAPTURE(at);
        check_same(plan_text(24, at, "\r"));                    // a line of a CR alone
        check_same(plan_text(24, at, "    # 注\r    # 续\n"));  // two comments
        check_same(plan_text(24, at, "    due_text: \"一\xE2\x80\xA8  二\"\n"));  // U+2028
        check_same(plan_text(24, at, "    due_text: \"一\xC2\x85  二\"\n"));      // U+0085
    }
}
