#include "store/edit.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "model/error.h"
#include "store/load.h"

using namespace duban;

namespace {

const std::string kHead =
    "# 督办台账\n"
    "plan:\n"
    "  title: 测试\n"
    "  start: 2021-01-01\n"
    "  due: 2021-12-31\n"
    "  categories: [抓常规]\n"
    "\n"
    "tasks:\n";

// Task 1 has updates and is followed by a comment and task 2, which has none and ends the
// file.
const std::string kTwoTasks = kHead +
                              "  - id: 1\n"
                              "    category: 抓常规\n"
                              "    title: 'quoted 任务'\n"
                              "    leaders: [何军]\n"
                              "    office: 基教股\n"
                              "    updates:\n"
                              "      - date: 2021-04-28\n"
                              "        progress: 30\n"
                              "        by: 基教股   # 已核实\n"
                              "\n"
                              "  # 第二项\n"
                              "  - id: 2\n"
                              "    category: 抓常规\n"
                              "    title: 任务二\n"
                              "    leaders: [何军]\n"
                              "    office: 基教股\n";

Update make(const char* date, int progress, std::string note = "") {
    Update u;
    u.date = *parse_date(date);
    u.progress = progress;
    u.status = progress == 100 ? Status::Done : Status::InProgress;
    u.note = std::move(note);
    return u;
}

// True when `after` is `before` with whole lines inserted at one line start, and nothing else.
bool only_lines_inserted(const std::string& before, const std::string& after) {
    if (after.size() <= before.size()) return false;
    const size_t added = after.size() - before.size();
    for (size_t k = 0; k <= before.size(); k = before.find('\n', k) + 1) {
        if (after.compare(0, k, before, 0, k) == 0 &&
            after.compare(k + added, std::string::npos, before, k) == 0 &&
            after[k + added - 1] == '\n')
            return true;
        if (before.find('\n', k) == std::string::npos) break;
    }
    return false;
}

}  // namespace

TEST_CASE("an update goes after the task's last update, before the blank line and comment") {
    std::string after = append_update(kTwoTasks, "t.yaml", 1, make("2021-07-15", 60, "a: b"));
    const std::string added =
        "      - date: 2021-07-15\n"
        "        progress: 60\n"
        "        status: in-progress\n"
        "        note: \"a: b\"\n";
    std::string want = kTwoTasks;
    want.insert(want.find("\n  # 第二项"), added);
    CHECK(after == want);
}

TEST_CASE("a task without updates gets the key last, indented like the others' updates") {
    std::string after = append_update(kTwoTasks, "t.yaml", 2, make("2021-07-15", 100));
    CHECK(after == kTwoTasks +
                       "    updates:\n"
                       "      - date: 2021-07-15\n"
                       "        progress: 100\n"
                       "        status: done\n");
}

TEST_CASE("a file without a final newline gains one, then the lines") {
    std::string text = kTwoTasks.substr(0, kTwoTasks.size() - 1);
    std::string after = append_update(text, "t.yaml", 2, make("2021-07-15", 10));
    CHECK(after == kTwoTasks +
                       "    updates:\n      - date: 2021-07-15\n        progress: 10\n"
                       "        status: in-progress\n");
}

TEST_CASE("updates: [], ~ and a bare updates: lose only their token") {
    const std::string task = kHead +
                             "  - id: 1\n    category: 抓常规\n    title: 任务\n"
                             "    leaders: [何军]\n    office: 基教股\n";
    const std::string item =
        "      - date: 2021-07-15\n        progress: 5\n        status: in-progress\n";
    CHECK(append_update(task + "    updates: []  # 尚无\n    due: 2021-06-30\n", "t", 1,
                        make("2021-07-15", 5)) ==
          task + "    updates:  # 尚无\n" + item + "    due: 2021-06-30\n");
    CHECK(append_update(task + "    updates: ~\n", "t", 1, make("2021-07-15", 5)) ==
          task + "    updates:\n" + item);
    CHECK(append_update(task + "    updates:\n    due: 2021-06-30\n", "t", 1,
                        make("2021-07-15", 5)) ==
          task + "    updates:\n" + item + "    due: 2021-06-30\n");
}

TEST_CASE("the dash column of existing updates is kept, indentless lists too") {
    const std::string text = kHead +
                             "- id: 1\n  category: 抓常规\n  title: 任务\n  leaders: [何军]\n"
                             "  office: 基教股\n  updates:\n  -   date: 2021-04-28\n"
                             "      progress: 30\n";
    std::string after = append_update(text, "t", 1, make("2021-07-15", 40));
    CHECK(after == text + "  - date: 2021-07-15\n    progress: 40\n    status: in-progress\n");
}

TEST_CASE("a kept literal's trailing blank lines stay with it; the new one is not kept") {
    const std::string text = kHead +
                             "  - id: 1\n    category: 抓常规\n    title: 任务\n"
                             "    leaders: [何军]\n    office: 基教股\n    updates:\n"
                             "      - date: 2021-04-28\n        progress: 30\n"
                             "        note: |+\n          第一行\n\n\n"
                             "  - id: 2\n    category: 抓常规\n    title: 任务\n"
                             "    leaders: [何军]\n    office: 基教股\n";
    std::string after = append_update(text, "t", 1, make("2021-07-15", 40, "新\n\n"));
    std::string want = text;
    want.insert(want.find("  - id: 2"),
                "      - date: 2021-07-15\n        progress: 40\n        status: in-progress\n"
                "        note: \"新\\n\\n\"\n");
    CHECK(after == want);
    CHECK(load_plan(after, "t").tasks[0].updates[0].note == "第一行\n\n\n");
}

TEST_CASE("CRLF and a BOM are kept, and the new lines end in CRLF") {
    auto crlf = [](const std::string& lf) {
        std::string out;
        for (char c : lf) c == '\n' ? out += "\r\n" : out += c;
        return out;
    };
    const std::string bom = "\xEF\xBB\xBF";
    std::string after = append_update(bom + crlf(kTwoTasks), "t", 1, make("2021-07-15", 60));
    CHECK(after == bom + crlf(append_update(kTwoTasks, "t", 1, make("2021-07-15", 60))));
}

TEST_CASE("what cannot be appended to is refused, naming the task") {
    const std::string text = kHead +
                             "  - id: 1\n    category: 抓常规\n    title: 任务\n"
                             "    leaders: [何军]\n    office: 基教股\n"
                             "    updates: [{date: 2021-04-28, progress: 30}]\n";
    CHECK_THROWS_WITH(append_update(text, "t.yaml", 1, make("2021-07-15", 40)),
                      doctest::Contains("t.yaml:14: task 1: its updates are not a list"));
    CHECK_THROWS_WITH(append_update(text, "t.yaml", 9, make("2021-07-15", 40)),
                      "t.yaml: no task 9");
}

TEST_CASE("free text that YAML would misread comes back exactly as typed") {
    const std::vector<std::string> texts = {"yes",
                                            "No",
                                            "2021-12-31",
                                            "50%",
                                            "a: b",
                                            "# 第一",
                                            "- 条目",
                                            "“引号”",
                                            "\"quotes\"",
                                            "'single'",
                                            "trailing space ",
                                            " leading space",
                                            "第一行\n第二行",
                                            "末尾换行\n",
                                            "两个换行\n\n",
                                            "\n开头换行",
                                            "  缩进\n行",
                                            "tab\there",
                                            "~",
                                            "null",
                                            "0x1F",
                                            "3.5",
                                            "[1, 2]",
                                            "{a: 1}",
                                            "&anchor",
                                            "*alias",
                                            "!tag",
                                            "| pipe",
                                            "> fold",
                                            "@at",
                                            "`tick`",
                                            "back\\slash",
                                            "中文：全角冒号",
                                            "　全角空格　",
                                            "a #b",
                                            "key:",
                                            "?",
                                            "-",
                                            ":"};
    for (const std::string& s : texts) {
        CAPTURE(s);
        for (int id : {1, 2}) {
            Update u = make("2021-07-15", 60, s);
            u.problems = s;
            u.next = s;
            u.by = s.find('\n') == std::string::npos ? s : "";
            u.evidence = {s, "第二件"};
            std::string after = append_update(kTwoTasks, "t.yaml", id, u);
            CHECK(only_lines_inserted(kTwoTasks, after));
            const Plan loaded = load_plan(after, "t.yaml");
            const Update& got = loaded.find(id)->updates.back();
            CHECK(got.note == s);
            CHECK(got.problems == s);
            CHECK(got.next == s);
            CHECK(got.by == u.by);
            CHECK(got.evidence == u.evidence);
            // The last field written, with nothing after it, is the other hard case.
            Update note_only = make("2021-07-15", 60, s);
            after = append_update(kTwoTasks, "t.yaml", id, note_only);
            CHECK(load_plan(after, "t.yaml").find(id)->updates.back().note == s);
        }
    }
}

TEST_CASE("hundreds of random marks: the file always reloads to the model, bytes only added") {
    std::mt19937 rng(20210715);
    const std::vector<std::string> pieces = {"完成", "a: b", "# 注", "- 项", "\n",    "\n\n",
                                             " ",    "yes",  "50%",  "“引”", "\"q\"", "2021-12-31"};
    auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
    auto random_text = [&] {
        std::string s;
        for (size_t k = pick(4); k > 0; --k) s += pieces[pick(pieces.size())];
        return s;
    };
    std::string text = kTwoTasks +
                       "\n  - id: 3\n    category: 抓常规\n    title: 三\n    leaders: [何军]\n"
                       "    office: 基教股\n    updates: []\n    due: 2021-09-30  # 提前\n";
    Plan model = load_plan(text, "t.yaml");
    long day = parse_date("2021-05-01")->days();
    for (int i = 0; i < 300; ++i) {
        CAPTURE(i);
        Update u = make(Date::from_days(day + i / 3).str().c_str(), static_cast<int>(pick(100)),
                        random_text());
        u.problems = random_text();
        u.next = random_text();
        if (pick(2)) u.by = "基教股";
        if (pick(3) == 0) u.evidence = {"文件" + std::to_string(i)};
        int id = static_cast<int>(pick(3)) + 1;
        std::string after = append_update(text, "t.yaml", id, u);
        // The first mark on task 3 removes its `[]`; every other one only adds lines.
        if (i > 0 || id != 3) REQUIRE(only_lines_inserted(text, after));
        model.find(id)->updates.push_back(u);
        REQUIRE(same_plan(load_plan(after, "t.yaml"), model));
        text = after;
    }
}

TEST_CASE("a mark is checked by reading the changed tasks alone, not the whole file again") {
    bool reloaded = true;
    const Update u = make("2021-06-01", 50, "第二期");
    std::string after = append_updates(kTwoTasks, "t.yaml", {2, 1}, u, {}, &reloaded);
    CHECK_FALSE(reloaded);
    Plan got = load_plan(after, "t.yaml");
    CHECK(got.find(1)->updates.back().note == "第二期");
    CHECK(got.find(2)->updates.back().note == "第二期");
    // Several tasks in one call give what one call per task gives.
    CHECK(after == append_update(append_update(kTwoTasks, "t.yaml", 2, u), "t.yaml", 1, u));
    // A task whose keys start on the line after its dash is cut out from the dash's line.
    std::string dash_alone = kHead + "  -\n    id: 3\n    category: 抓常规\n    title: 三\n" +
                             "    leaders: [何军]\n    office: 基教股\n";
    after = append_updates(dash_alone, "t.yaml", {3}, u, {}, &reloaded);
    CHECK_FALSE(reloaded);
    CHECK(load_plan(after, "t.yaml").find(3)->updates.size() == 1);
}

TEST_CASE("a text edit writes its pieces between the old bytes") {
    const std::string before = "一二三\n四五六\n";
    TextEdit edit;
    edit.pieces.push_back({0, 0, "零\n"});
    edit.pieces.push_back({10, 13, "四"});  // 四 for 四: no change there
    edit.pieces.push_back({before.size(), before.size(), "七\n"});
    CHECK(edit.apply(before) == "零\n一二三\n四五六\n七\n");
    std::string joined;
    for (std::string_view part : edit.parts(before)) joined += part;
    CHECK(joined == edit.apply(before));
    CHECK(edit.changes(before));
    TextEdit same;
    same.pieces.push_back({10, 13, "四"});
    CHECK_FALSE(same.changes(before));
    CHECK(same.apply(before) == before);
    CHECK_FALSE(TextEdit{}.changes(before));
    CHECK(TextEdit::whole(before.size(), "新\n").apply(before) == "新\n");
    CHECK_FALSE(TextEdit::whole(before.size(), before).changes(before));
}

TEST_CASE("a mark is made of small pieces of the file, not a copy of it") {
    // 400 tasks with a note each, and two of them marked: the edit holds the new lines only.
    std::string text = kHead;
    for (int id = 1; id <= 400; ++id)
        text += "  - id: " + std::to_string(id) +
                "\n    category: 抓常规\n    title: 任务\n    office: 基教股\n    updates:\n"
                "      - date: 2021-04-28\n        progress: 30\n        note: 已部署\n\n";
    const Update u = make("2021-06-01", 50, "第二期");
    bool reloaded = true;
    const TextEdit edit = updates_edit(text, "t.yaml", {300, 7}, u, {}, &reloaded);
    CHECK_FALSE(reloaded);
    REQUIRE(edit.pieces.size() == 2);
    CHECK(edit.pieces[0].from < edit.pieces[1].from);  // in the file's order
    size_t new_bytes = 0;
    for (const TextEdit::Piece& p : edit.pieces) {
        CHECK(p.from == p.to);  // lines inserted, nothing taken out
        new_bytes += p.text.size();
    }
    CHECK(new_bytes < 200);
    CHECK(edit.apply(text) == append_updates(text, "t.yaml", {300, 7}, u));
    // Each piece goes right after its task's last update.
    CHECK(text.substr(0, edit.pieces[0].from).rfind("- id: ") == text.find("  - id: 7\n") + 2);
    CHECK(text.substr(0, edit.pieces[1].from).rfind("- id: ") == text.find("  - id: 300\n") + 2);
}

TEST_CASE("an empty flow list of updates over two lines takes the update") {
    // Before the edit was made of pieces, the token's end on the next line was cut in the
    // wrong place and the check refused the result as an internal error.
    const std::string task =
        kHead + "  - id: 1\n    category: 抓常规\n    title: 一\n    office: 基教股\n";
    const std::string after =
        append_update(task + "    updates: [\n      ]  # 尚无\n    due: 2021-06-30\n", "t", 1,
                      make("2021-07-15", 5));
    CHECK(after == task +
                       "    updates:  # 尚无\n"
                       "      - date: 2021-07-15\n"
                       "        progress: 5\n"
                       "        status: in-progress\n"
                       "    due: 2021-06-30\n");
}
