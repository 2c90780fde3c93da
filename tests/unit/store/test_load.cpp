#include <doctest/doctest.h>

#include <string>

#include "model/error.h"
#include "plan_head.h"
#include "store/load.h"
#include "store/save.h"

using namespace duban;

namespace {

const std::string& kHead = test::kPlanHead;

const std::string kTask2 =
    "  - id: 2\n"
    "    category: 抓常规\n"
    "    title: 持续抓好“平安校园”建设。\n"
    "    leaders: [何军, 戴方栋]\n"
    "    office: 法制安全股\n"
    "    partners: [基教股, 校车办]\n";

// The message a broken file gives; empty when it loads.
std::string error_of(const std::string& text) {
    try {
        load_plan(text, "t.yaml");
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

// The first line of the message: "file:line:column: what".
std::string first_line(const std::string& message) {
    return message.substr(0, message.find('\n'));
}

}  // namespace

TEST_CASE("a well-formed file loads into the plan") {
    Plan p = load_plan(kHead + kTask2 +
                           "    updates:\n"
                           "      - date: 2021-04-28\n"
                           "        progress: 30\n"
                           "        status: 推进中\n"
                           "        note: yes\n"
                           "        evidence: [华教体发〔2021〕9号]\n",
                       "t.yaml");
    CHECK(p.title == "测试计划");
    CHECK(p.categories == std::vector<std::string>{"抓常规", "强队伍"});
    REQUIRE(p.tasks.size() == 1);
    const Task& t = p.tasks[0];
    CHECK(t.id == 2);
    CHECK(t.leaders == std::vector<std::string>{"何军", "戴方栋"});
    CHECK(t.partners == std::vector<std::string>{"基教股", "校车办"});
    CHECK(t.status() == Status::InProgress);
    CHECK(t.progress() == 30);
    CHECK(t.updates[0].note == "yes");
    CHECK(t.updates[0].evidence == std::vector<std::string>{"华教体发〔2021〕9号"});
    CHECK(t.pos.line == 7);
    CHECK(t.where("office").line == 11);
}

TEST_CASE("a task without updates is not started at 0") {
    Plan p = load_plan(kHead + kTask2, "t.yaml");
    CHECK(p.tasks[0].status() == Status::NotStarted);
    CHECK(p.tasks[0].progress() == 0);
}

TEST_CASE("a BOM and CRLF line endings load like plain LF") {
    std::string text = kHead + kTask2, crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    Plan a = load_plan(text, "t.yaml");
    Plan b = load_plan("\xEF\xBB\xBF" + crlf, "t.yaml");
    CHECK(b.tasks[0].title == a.tasks[0].title);
    CHECK(b.tasks[0].partners == a.tasks[0].partners);
    CHECK(b.tasks[0].pos.line == a.tasks[0].pos.line);
    // Positions stay right after a BOM: an error on line 1 counts columns without it.
    CHECK(first_line(error_of("\xEF\xBB\xBFplam:\n")) ==
          "t.yaml:1:1: unknown key 'plam' at the top of the file");
}

TEST_CASE("broken files are rejected at the exact line and column") {
    struct Case {
        std::string text;
        std::string first_line;
    };
    const Case cases[] = {
        // An unclosed quote would swallow the tasks after it.
        {kHead +
             "  - id: 1\n    category: 抓常规\n    title: \"没有结束的引号\n"
             "    leaders: [何军]\n    office: 体卫股\n" +
             kTask2 + "  - id: 3\n    category: 抓常规\n    title: \"有引号\"\n",
         "t.yaml:9:12: this quoted text is never closed on its line: it runs on into line 10 "
         "and swallows what follows"},
        {kHead + "  - id: 1\n    title: '没有结束\n",
         "t.yaml:8:12: this quoted text is never closed: its closing quote is missing"},
        // A key typed with a Chinese input method.
        {kHead + kTask2 +
             "    updates:\n      - date: 2021-04-28\n        progress: 30\n"
             "        status：推进中\n",
         "t.yaml:16:15: this key is followed by a full-width colon '：'"},
        {kHead + kTask2 + "    office: 体卫股\n",
         "t.yaml:13:5: duplicate key 'office': it is already set on line 11"},
        {kHead + kTask2 + "    updates:\n      - date: 2021-04-28\n        progres: 30\n",
         "t.yaml:15:9: unknown key 'progres' in an update"},
        {kHead + kTask2 + "    updates:\n      - date: 2021-04-28\n        progress: 五十\n",
         "t.yaml:15:19: 'progress' must be a whole number from 0 to 100, not '五十'"},
        {kHead + kTask2 + "    updates:\n      - date: 2021-04-28\n        progress: 150\n",
         "t.yaml:15:19: 'progress' must be a whole number from 0 to 100, not 150"},
        {kHead + kTask2 + "    updates:\n      - date: 2021-04-28\n        progress: -1\n",
         "t.yaml:15:19: 'progress' must be a whole number from 0 to 100, not '-1'"},
        {kHead + kTask2 + "    updates:\n      - date: 2021-04-28\n        progress: 3.5\n",
         "t.yaml:15:19: 'progress' must be a whole number from 0 to 100, not '3.5'"},
        {kHead + kTask2 +
             "    updates:\n      - date: 2021-04-28\n        progress: 30\n"
             "        status: 进行中\n",
         "t.yaml:16:17: unknown status '进行中'"},
        {kHead + kTask2 + "    updates:\n      - date: 2021-13-01\n        progress: 30\n",
         "t.yaml:14:15: 'date' must be a real date written YYYY-MM-DD, not '2021-13-01'"},
        {kHead + kTask2 + "    due: 2021-02-30\n",
         "t.yaml:13:10: 'due' must be a real date written YYYY-MM-DD, not '2021-02-30'"},
        {kHead + "  - id: 1\n    category: 抓长规\n", "t.yaml:8:15: unknown category '抓长规'"},
        {kHead + kTask2 + kTask2, "t.yaml:13:9: task id 2 is already used by the task on line 7"},
        {kHead + kTask2 + "  - id: 3\n", "t.yaml:13:5: 'category:' is missing here"},
        {"", "t.yaml:1:1: the file is empty: it has no plan"},
        {kHead + kTask2 + "\t- id: 3\n",
         "t.yaml:13:1: a tab character here: YAML indents with spaces only"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(first_line(error_of(c.text)) == c.first_line);
    }
}

TEST_CASE("an error shows the line with a caret under the right character") {
    std::string message = error_of(kHead + "  - id: 1\n    category: 抓长规\n");
    CHECK(message ==
          "t.yaml:8:15: unknown category '抓长规'\n"
          "        category: 抓长规\n"
          "                  ^\n"
          "hint: did you mean '抓常规'? plan.categories lists: 抓常规, 强队伍");
}

TEST_CASE("GBK bytes are rejected with the iconv command that converts them") {
    // "何军" in GBK is BA CE BE FC.
    std::string message = error_of("plan:\n  title: \xBA\xCE\xBE\xFC\n");
    CHECK(first_line(message) ==
          "t.yaml:2:10: this file is not UTF-8: byte 0xBA cannot start a character");
    CHECK(message.find("    title: 何军") != std::string::npos);
    CHECK(message.find("iconv -f GBK -t UTF-8 't.yaml' > 't.yaml.utf8'") != std::string::npos);
}

TEST_CASE("aliases and a second document are refused") {
    CHECK(first_line(error_of("a: &x 1\nb: *x\n")) ==
          "t.yaml:2:4: aliases (*name) are not used in tasks files; write the value out");
    CHECK(first_line(error_of(kHead + kTask2 + "---\nplan: x\n")) ==
          "t.yaml:13:1: a second YAML document starts here; tasks.yaml holds one");
}

TEST_CASE("tasks read as the parser streams them report the same first error as a whole tree") {
    const std::string bad_key =
        "  - id: 1\n    category: 抓常规\n    title: 一\n"
        "    leaders: [何军]\n    office: 股\n    colour: red\n";
    // A syntax error later in the file wins over a task's error before it.
    CHECK(first_line(error_of(kHead + bad_key + kTask2 + "  - id: [3\n")) ==
          "t.yaml:20:1: did not find expected ',' or ']' (while parsing a flow sequence that "
          "began at 19:9)");
    // So does an unknown key at the top of the file, after the tasks.
    CHECK(first_line(error_of(kHead + bad_key + "extra: 1\n")) ==
          "t.yaml:13:1: unknown key 'extra' at the top of the file");
    // And a duplicate 'tasks:' key.
    CHECK(first_line(error_of(kHead + bad_key + "tasks:\n")).find("duplicate key 'tasks'") !=
          std::string::npos);
    // The task's own error when nothing else is wrong; a later task's error does not replace it.
    CHECK(first_line(error_of(kHead + bad_key + kTask2 + "  - id: x\n")) ==
          "t.yaml:12:5: unknown key 'colour' in a task");
    // A duplicate id is found in file order among the other task errors.
    CHECK(first_line(error_of(kHead + kTask2 + kTask2 + bad_key)) ==
          "t.yaml:13:9: task id 2 is already used by the task on line 7");
}

TEST_CASE("tasks before the plan, or a plan with an error, are read from the whole tree") {
    Plan p = load_plan("tasks:\n" + kTask2 + kHead.substr(0, kHead.size() - 7), "t.yaml");
    REQUIRE(p.tasks.size() == 1);
    CHECK(p.tasks[0].office == "法制安全股");
    CHECK(first_line(error_of("plan:\n  title: x\n  start: 2021-01-01\n  due: 2020-01-01\n"
                              "  categories: [抓常规]\ntasks:\n" +
                              kTask2)) == "t.yaml:4:8: the plan's due date is before its start");
}

TEST_CASE("the schema for other bureaus' tables: no leaders, co-leads, wording, extra columns") {
    const std::string task =
        "  - id: 68\n"
        "    category: 抓常规\n"
        "    title: 新建城区幼儿园1所\n"
        "    office: 县教育局\n"
        "    co_leads: [县住建局, 县财政局]\n"
        "    partners: [县自然资源局]\n"
        "    due: 2021-09-30\n"
        "    due_text: 5月底前动工，9月投入使用\n"
        "    milestones:\n"
        "      - {date: 2021-05-31, target: 41, what: 5月底前动工}\n"
        "    extra:\n"
        "      备注: 续建项目\n"
        "      工作目标: |-\n"
        "        两行\n"
        "        目标\n"
        "      具体措施: \"\"\n"
        "  - id: 69\n"
        "    category: 抓常规\n"
        "    title: 长期任务\n"
        "    leaders: []\n"
        "    office: 办公室\n"
        "    due_text: 长期推进\n"
        "    ongoing: true\n";
    Plan p = load_plan(kHead + task, "t.yaml");
    REQUIRE(p.tasks.size() == 2);
    const Task& t = p.tasks[0];
    CHECK(t.leaders.empty());
    CHECK(t.co_leads == std::vector<std::string>{"县住建局", "县财政局"});
    CHECK(t.due_text == "5月底前动工，9月投入使用");
    CHECK_FALSE(t.ongoing);
    REQUIRE(t.extra.size() == 3);
    CHECK(t.extra[0].name == "备注");
    CHECK(t.extra[1].text == "两行\n目标");
    CHECK(t.extra[2].name == "具体措施");
    CHECK(t.extra[2].text == "");
    CHECK(p.tasks[1].ongoing);
    CHECK(p.tasks[1].leaders.empty());
    // The writer gives back the same text: every new key in its place, no empty leaders list.
    const std::string written = emit_plan(p, "");
    CHECK(written.find(task.substr(0, task.find("  - id: 69"))) != std::string::npos);
    CHECK(written.find("    title: 长期任务\n    office: 办公室\n    due_text: 长期推进\n"
                       "    ongoing: true\n") != std::string::npos);
    CHECK(first_line(error_of(kHead + kTask2 + "    ongoing: yes\n")) ==
          "t.yaml:13:14: 'ongoing' is true or false, not 'yes'");
    CHECK(first_line(error_of(kHead + kTask2 + "    extra: [a]\n")) ==
          "t.yaml:13:12: expected 'extra:' to map column names to text: 备注: ...");
}

TEST_CASE("an edit's load keeps the updates of the tasks it changes, and checks all of them") {
    auto task = [](int id, const std::string& progress) {
        return "  - id: " + std::to_string(id) +
               "\n    category: 抓常规\n    title: 任务\n    office: 股\n    updates:\n"
               "      - date: 2021-04-28\n        progress: " +
               progress + "\n";
    };
    auto only_2 = [](int id) { return id == 2; };
    Plan p = load_plan(kHead + task(1, "10") + task(2, "20") + task(3, "30"), "t.yaml", {}, only_2);
    REQUIRE(p.tasks.size() == 3);
    CHECK(p.tasks[0].updates.empty());
    REQUIRE(p.tasks[1].updates.size() == 1);
    CHECK(p.tasks[1].updates[0].progress == 20);
    CHECK(p.tasks[2].updates.empty());
    // A dropped task's updates are still read: a wrong value there is the same error.
    std::string broken = kHead + task(1, "10") + task(2, "20") + task(3, "300");
    std::string message;
    try {
        load_plan(broken, "t.yaml", {}, only_2);
    } catch (const Error& e) {
        message = e.what();
    }
    CHECK(message != "");
    CHECK(first_line(message) == first_line(error_of(broken)));
}

TEST_CASE("a task's text taken, copied or only checked gives the same plan and the same errors") {
    // Listing takes each value out of the task's node; an edit (each_task) copies it; an edit's
    // unchanged tasks (keep_updates false) only check their updates. All must agree.
    const std::string update = "    updates:\n      - date: 2021-04-28\n        progress: 30\n";
    auto modes = [](const std::string& text) {
        std::vector<std::string> out;
        auto run = [&](const std::function<void(const yaml::Node&)>& each,
                       const std::function<bool(int)>& keep) {
            try {
                Plan p = load_plan(text, "t.yaml", each, keep);
                out.push_back(emit_plan(p, ""));
            } catch (const Error& e) {
                out.push_back(e.what());
            }
        };
        run({}, {});
        run([](const yaml::Node&) {}, {});
        run({}, [](int) { return false; });
        return out;
    };
    const std::string texts[] = {
        kHead + kTask2 + update,
        kHead + kTask2 + update +
            "        status: closed\n        note: 长的文字长的文字长的文字\n        by: 李明\n"
            "        evidence: [华教体发〔2021〕20号, 会议纪要]\n",
        kHead + kTask2 + update + "        status: ~\n",
        kHead + kTask2 + update + "        status: ''\n",
        kHead + kTask2 + update + "        status: [推进中]\n",
        kHead + kTask2 + update + "        status: 进行中\n",
        kHead + kTask2 + update + "        note: [一, 二]\n",
        kHead + kTask2 + update + "        note: ~\n        by: ''\n",
        kHead + kTask2 + update + "        evidence: ['']\n",
        kHead + kTask2 + update + "        evidence: [~]\n",
        kHead + kTask2 + update + "        evidence: [{a: b}]\n",
        kHead + kTask2 + update + "        evidence: 华教体发〔2021〕20号\n",
        kHead + "  - id: 1\n    category: 抓常规\n    title: ''\n    office: 股\n",
        kHead + "  - id: 1\n    category: ~\n    title: 题\n    office: 股\n",
        kHead +
            "  - id: 1\n    category: 抓常规\n    title: 题\n    office: 股\n"
            "    leaders: [何军, '']\n    extra: {备注: ~, 目标: 长期的文字长期的文字}\n",
    };
    for (const std::string& text : texts) {
        CAPTURE(text);
        std::vector<std::string> got = modes(text);
        CHECK(got[0] == got[1]);
        // The checked-only updates are dropped: compare the errors, or the plan's first lines.
        if (got[0].find("t.yaml:") == 0) CHECK(got[2] == got[0]);
    }
}

TEST_CASE("a byte that is not UTF-8, or a conflict marker, is reported before any YAML error") {
    // libyaml refuses what is not UTF-8 itself, so the UTF-8 check runs only once a parse has
    // failed; the messages are those of checking first, wherever the YAML went wrong.
    const std::string gbk =
        "  - id: 9\n    category: 抓常规\n    title: \xBA\xCE\n    office: 股\n";
    for (const std::string& early :
         {std::string("    colour: red\n"),                // unknown key: the reader's error
          std::string("    office: 股\n"),                 // duplicate key: the tree's error
          std::string("    title2: \"一半\n  - id: 9\n"),  // open quote: libyaml's error
          std::string("   office: 股\n")}) {               // indentation: libyaml's error
        CAPTURE(early);
        const std::string text = kHead + kTask2 + early + gbk;
        const std::string message = error_of(text);
        CHECK(first_line(message).find(": this file is not UTF-8: byte 0xBA") != std::string::npos);
        CHECK(message.find("hint: save the file as UTF-8") != std::string::npos);
        const std::string conflicted = kHead + kTask2 + early + "<<<<<<< HEAD\n";
        CHECK(error_of(conflicted).find("holds an unresolved merge conflict (<<<<<<<)") !=
              std::string::npos);
    }
    // A control character is UTF-8: libyaml's own message stands.
    const std::string control = error_of(kHead + kTask2 + "    note: 一\x01二\n");
    CHECK(control.find("not UTF-8") == std::string::npos);
    CHECK(control.find("control characters are not allowed") != std::string::npos);
    // A file that parses, with a conflict marker where YAML reads it as text.
    CHECK(error_of(kHead + kTask2 + "    title2: |\n      a\n=======\n").find("(=======)") !=
          std::string::npos);
}
