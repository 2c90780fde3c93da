#include "store/load.h"
#include "store/save.h"

#include <yaml.h>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using duban::emit_milestone;
using duban::emit_plan;
using duban::emit_update;
using duban::yaml_scalar;

namespace {

// What libyaml reads from `doc`: the values of all its scalars in order, or one
// "<error: ...>" entry when it does not parse.
std::vector<std::string> scalars_of(const std::string& doc) {
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(doc.data()),
                                 doc.size());
    std::vector<std::string> out;
    for (bool done = false; !done;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            out = {"<error: " + std::string(parser.problem ? parser.problem : "?") + ">"};
            break;
        }
        if (event.type == YAML_SCALAR_EVENT)
            out.emplace_back(reinterpret_cast<const char*>(event.data.scalar.value),
                             event.data.scalar.length);
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return out;
}

using Strings = std::vector<std::string>;

// The scalar that follows the first scalar equal to `key` in `doc`: the key's value when the
// value is a scalar. libyaml's error when the document does not parse, else "<missing>".
std::string value_in(const std::string& doc, const std::string& key) {
    const Strings s = scalars_of(doc);
    for (size_t i = 0; i + 1 < s.size(); ++i)
        if (s[i] == key) return s[i + 1];
    return s.size() == 1 ? s[0] : "<missing>";
}

struct ScalarCase {
    std::string text;
    std::string block;  // expected in block context
    std::string flow;   // expected as an item of a flow sequence
};

const ScalarCase kScalarCases[] = {
    // Words and forms a YAML 1.1 or 1.2 reader would not read as strings.
    {"yes", R"("yes")", R"("yes")"},
    {"No", R"("No")", R"("No")"},
    {"TRUE", R"("TRUE")", R"("TRUE")"},
    {"off", R"("off")", R"("off")"},
    {"Y", R"("Y")", R"("Y")"},
    {"n", R"("n")", R"("n")"},
    {"~", R"("~")", R"("~")"},
    {"null", R"("null")", R"("null")"},
    {"NULL", R"("NULL")", R"("NULL")"},
    {"100", R"("100")", R"("100")"},
    {"-1", R"("-1")", R"("-1")"},
    {"+1", R"("+1")", R"("+1")"},
    {"007", R"("007")", R"("007")"},
    {"1_000", R"("1_000")", R"("1_000")"},
    {"3.5", R"("3.5")", R"("3.5")"},
    {".5", R"(".5")", R"(".5")"},
    {"1.", R"("1.")", R"("1.")"},
    {"1e3", R"("1e3")", R"("1e3")"},
    {"1.5E-3", R"("1.5E-3")", R"("1.5E-3")"},
    {"0x1F", R"("0x1F")", R"("0x1F")"},
    {"0o17", R"("0o17")", R"("0o17")"},
    {"0b101", R"("0b101")", R"("0b101")"},
    {".inf", R"(".inf")", R"(".inf")"},
    {"-.INF", R"("-.INF")", R"("-.INF")"},
    {".NaN", R"(".NaN")", R"(".NaN")"},
    {"12:30", R"("12:30")", R"("12:30")"},
    {"190:20:30.15", R"("190:20:30.15")", R"("190:20:30.15")"},
    {"2021-12-31", R"("2021-12-31")", R"("2021-12-31")"},
    {"2021-4-1", R"("2021-4-1")", R"("2021-4-1")"},
    {"2001-12-14t21:59:43.10-05:00", R"("2001-12-14t21:59:43.10-05:00")",
     R"("2001-12-14t21:59:43.10-05:00")"},
    {"2001-12-14 21:59:43.10 Z", R"("2001-12-14 21:59:43.10 Z")", R"("2001-12-14 21:59:43.10 Z")"},
    {"=", R"("=")", R"("=")"},
    {"<<", R"("<<")", R"("<<")"},
    // Near misses that are strings and stay plain.
    {"50%", "50%", "50%"},
    {"yes please", "yes please", "yes please"},
    {"No.", "No.", "No."},
    {"1.2.3", "1.2.3", "1.2.3"},
    {"2021年", "2021年", "2021年"},
    {"3月底前完成", "3月底前完成", "3月底前完成"},
    {"2021-12-31 完成", "2021-12-31 完成", "2021-12-31 完成"},
    {"0x", "0x", "0x"},
    // Indicators and comments.
    {"a: b", R"("a: b")", R"("a: b")"},
    {"ends:", R"("ends:")", R"("ends:")"},
    {"x #y", R"("x #y")", R"("x #y")"},
    {"x#y", "x#y", "x#y"},
    {"a:b", "a:b", "a:b"},
    {"# 第一", R"("# 第一")", R"("# 第一")"},
    {"- 条目", R"("- 条目")", R"("- 条目")"},
    {"-x", R"("-x")", R"("-x")"},
    {"?x", R"("?x")", R"("?x")"},
    {":x", R"(":x")", R"(":x")"},
    {"@at", R"("@at")", R"("@at")"},
    {"`tick`", R"("`tick`")", R"("`tick`")"},
    {"[x]", R"("[x]")", R"("[x]")"},
    {"{x}", R"("{x}")", R"("{x}")"},
    {"!tag", R"("!tag")", R"("!tag")"},
    {"&anchor", R"("&anchor")", R"("&anchor")"},
    {"*alias", R"("*alias")", R"("*alias")"},
    {"|pipe", R"("|pipe")", R"("|pipe")"},
    {">fold", R"(">fold")", R"(">fold")"},
    {"%d", R"("%d")", R"("%d")"},
    {",lead", R"(",lead")", R"(",lead")"},
    {"\"quotes\"", R"("\"quotes\"")", R"("\"quotes\"")"},
    {"'single'", R"("'single'")", R"("'single'")"},
    {"say \"hi\"", "say \"hi\"", "say \"hi\""},
    {"it's", "it's", "it's"},
    {"back\\slash", "back\\slash", "back\\slash"},
    // Flow indicators matter only inside [ ] and { }.
    {"a,b", "a,b", R"("a,b")"},
    {"x]", "x]", R"("x]")"},
    {"x}", "x}", R"("x}")"},
    {"what?", "what?", R"("what?")"},
    // Whitespace and control characters.
    {"", R"("")", R"("")"},
    {"trailing ", R"("trailing ")", R"("trailing ")"},
    {" leading", R"(" leading")", R"(" leading")"},
    {"全角\u3000", "\"全角\u3000\"", "\"全角\u3000\""},
    {"\u3000全角", "\"\u3000全角\"", "\"\u3000全角\""},
    {"a  b", "a  b", "a  b"},
    {"多行\n文本", R"("多行\n文本")", R"("多行\n文本")"},
    {"tab\there", R"("tab\there")", R"("tab\there")"},
    {"cr\r", R"("cr\x0D")", R"("cr\x0D")"},
    {"bell\a", R"("bell\x07")", R"("bell\x07")"},
    {"del\x7F", R"("del\x7F")", R"("del\x7F")"},
    {"line\u2028sep", R"("line\u2028sep")", R"("line\u2028sep")"},
    {"bom\uFEFF", R"("bom\uFEFF")", R"("bom\uFEFF")"},
    // Chinese text with full-width punctuation is plain.
    {"“引号”", "“引号”", "“引号”"},
    {"全角：冒号", "全角：冒号", "全角：冒号"},
    {"持续抓好“平安校园”建设，加强；", "持续抓好“平安校园”建设，加强；",
     "持续抓好“平安校园”建设，加强；"},
    {"华教体发〔2021〕2号", "华教体发〔2021〕2号", "华教体发〔2021〕2号"},
    {"何军", "何军", "何军"},
};

}  // namespace

TEST_CASE("yaml_scalar quotes exactly what a reader would misread") {
    for (const auto& c : kScalarCases) {
        CAPTURE(c.text);
        CHECK(yaml_scalar(c.text) == c.block);
        CHECK(yaml_scalar(c.text, true) == c.flow);
    }
}

TEST_CASE("yaml_scalar output reads back as the same string in libyaml") {
    for (const auto& c : kScalarCases) {
        CAPTURE(c.text);
        CHECK(scalars_of("key: " + yaml_scalar(c.text) + "\n") == Strings{"key", c.text});
        CHECK(scalars_of("key: [" + yaml_scalar(c.text, true) + ", z]\n") ==
              Strings{"key", c.text, "z"});
        CHECK(scalars_of("key: {k: " + yaml_scalar(c.text, true) + ", z: 1}\n") ==
              Strings{"key", "k", c.text, "z", "1"});
    }
}

TEST_CASE("emit_update writes keys in a fixed order and leaves out empty ones") {
    duban::Update u;
    u.date = {2021, 4, 28};
    u.progress = 30;
    CHECK(emit_update(u, 6) ==
          "      - date: 2021-04-28\n"
          "        progress: 30\n"
          "        status: in-progress\n");
    u.status = duban::Status::Closed;
    u.note = "方案已印发";
    u.problems = "经费未到位";
    u.next = "5月底前完成";
    u.by = "督导股 李四";
    u.evidence = {"华教体发〔2021〕9号", "a,b"};
    CHECK(emit_update(u, 2) ==
          "  - date: 2021-04-28\n"
          "    progress: 30\n"
          "    status: closed\n"
          "    note: 方案已印发\n"
          "    problems: 经费未到位\n"
          "    next: 5月底前完成\n"
          "    by: 督导股 李四\n"
          "    evidence: [华教体发〔2021〕9号, \"a,b\"]\n");
}

TEST_CASE("emit_update writes multi-line text as block literals") {
    duban::Update u;
    u.date = {2021, 6, 30};
    u.progress = 50;
    u.note = "一、完成方案\n二、召开会议";
    u.problems = "经费紧张\n";
    u.next = " 继续推进\n\n";
    CHECK(emit_update(u, 0) ==
          "- date: 2021-06-30\n"
          "  progress: 50\n"
          "  status: in-progress\n"
          "  note: |-\n"
          "    一、完成方案\n"
          "    二、召开会议\n"
          "  problems: |\n"
          "    经费紧张\n"
          "  next: |2+\n"
          "     继续推进\n"
          "\n");
}

TEST_CASE("block literals read back exactly in libyaml") {
    const std::string texts[] = {
        "多行\n文本",    "a\n",     "a\n\n",     "a\n\n\n",      " lead\nx",
        "\n\nstart",     "\n lead", "tail  \nx", "a\n\nb",       "\ttab\nx",
        "x\n  in\ny",    " \nx",    "x\n \n",    "say \"hi\"\n", "# not a comment\n- no",
        "key: value\nx", "\\\nx",   "\n",        "\n\n",         "cr\r\nx",
    };
    for (const auto& text : texts) {
        CAPTURE(text);
        duban::Update u;
        u.date = {2021, 6, 30};
        u.note = text;
        u.by = "甲";
        CHECK(value_in(emit_update(u, 2), "note") == text);
        u.by.clear();  // the literal is now the last line of the item
        CHECK(value_in(emit_update(u, 2), "note") == text);
    }
}

TEST_CASE("emit_milestone writes one flow map") {
    CHECK(emit_milestone({{2021, 6, 30}, 50, "完成方案制定", {}}) ==
          "{date: 2021-06-30, target: 50, what: 完成方案制定}");
    CHECK(emit_milestone({{2021, 12, 31}, 100, "", {}}) == "{date: 2021-12-31, target: 100}");
    CHECK(emit_milestone({{2021, 9, 1}, 80, "验收, 交付", {}}) ==
          "{date: 2021-09-01, target: 80, what: \"验收, 交付\"}");
}

namespace {

duban::Plan small_plan() {
    duban::Plan plan;
    plan.title = "“富美教育”2021年度重点工作任务";
    plan.issuer = "华容县教育体育局";
    plan.document = "华教体发〔2021〕2号";
    plan.start = {2021, 1, 1};
    plan.due = {2021, 12, 31};
    plan.categories = {"抓常规", "强队伍"};
    duban::Task t1;
    t1.id = 1;
    t1.category = "抓常规";
    t1.title = "组织教体系统行政骨干暑假学习班。";
    t1.leaders = {"局长办公会成员"};
    t1.office = "相关股室";
    duban::Task t2;
    t2.id = 2;
    t2.category = "强队伍";
    t2.title = "开展“书香校园 师生共读”系列活动。";
    t2.leaders = {"何军", "戴方栋"};
    t2.office = "法制安全股";
    t2.partners = {"基教股", "校车办"};
    t2.due = duban::Date{2021, 9, 30};
    t2.milestones = {{{2021, 6, 30}, 50, "完成方案制定", {}}, {{2021, 9, 30}, 100, "", {}}};
    duban::Update u;
    u.date = {2021, 4, 28};
    u.progress = 30;
    u.note = "已部署";
    t2.updates = {u};
    plan.tasks = {t1, t2};
    return plan;
}

}  // namespace

TEST_CASE("emit_plan writes the canonical file") {
    CHECK(emit_plan(small_plan(), "来源：测试\n\n第二行") ==
          "# 来源：测试\n"
          "#\n"
          "# 第二行\n"
          "\n"
          "plan:\n"
          "  title: “富美教育”2021年度重点工作任务\n"
          "  issuer: 华容县教育体育局\n"
          "  document: 华教体发〔2021〕2号\n"
          "  start: 2021-01-01\n"
          "  due: 2021-12-31\n"
          "  dispatch_months: 2\n"
          "  categories: [抓常规, 强队伍]\n"
          "\n"
          "tasks:\n"
          "  - id: 1\n"
          "    category: 抓常规\n"
          "    title: 组织教体系统行政骨干暑假学习班。\n"
          "    leaders: [局长办公会成员]\n"
          "    office: 相关股室\n"
          "\n"
          "  - id: 2\n"
          "    category: 强队伍\n"
          "    title: 开展“书香校园 师生共读”系列活动。\n"
          "    leaders: [何军, 戴方栋]\n"
          "    office: 法制安全股\n"
          "    partners: [基教股, 校车办]\n"
          "    due: 2021-09-30\n"
          "    milestones:\n"
          "      - {date: 2021-06-30, target: 50, what: 完成方案制定}\n"
          "      - {date: 2021-09-30, target: 100}\n"
          "    updates:\n"
          "      - date: 2021-04-28\n"
          "        progress: 30\n"
          "        status: in-progress\n"
          "        note: 已部署\n");
}

TEST_CASE("emit_plan writes rules only when they differ from the defaults") {
    duban::Plan plan = small_plan();
    plan.tasks.clear();
    const std::string without = emit_plan(plan, "");
    CHECK(without.rfind("plan:\n", 0) == 0);
    CHECK(without.find("rules:") == std::string::npos);
    CHECK(without.substr(without.size() - 11) == "\ntasks: []\n");
    plan.rules.red_behind = 40;
    plan.rules.deduct_late = 3;
    const std::string with = emit_plan(plan, "");
    CHECK(with.find("  categories: [抓常规, 强队伍]\n"
                    "  rules:\n"
                    "    red_behind: 40\n"
                    "    deduct_late: 3\n"
                    "\n"
                    "tasks: []\n") != std::string::npos);
    // Every rule the writer knows, the loader reads back: none is lost by a rewrite.
    for (const duban::RuleKey& k : duban::rule_keys()) {
        if (k.field) plan.rules.*k.field = k.min + 1;
        // The last choice of a text rule differs from every default; free text gets a colon.
        if (k.text) {
            std::string choices = k.choices ? k.choices : "";
            plan.rules.*k.text = k.choices ? choices.substr(choices.rfind(' ') + 1) : "提请: 研究";
        }
    }
    plan.rules.red_behind = plan.rules.yellow_behind;
    const duban::Plan back = duban::load_plan(emit_plan(plan, ""), "t.yaml");
    for (const duban::RuleKey& k : duban::rule_keys()) {
        CAPTURE(k.name);
        if (k.field) CHECK(back.rules.*k.field == plan.rules.*k.field);
        if (k.text) CHECK(back.rules.*k.text == plan.rules.*k.text);
    }
}

TEST_CASE("emit_plan keeps a note's trailing blank lines apart from the task separator") {
    duban::Plan plan = small_plan();
    plan.tasks[1].updates[0].note = "第一行\n\n";
    plan.tasks.push_back(plan.tasks[0]);
    plan.tasks.back().id = 3;
    const std::string text = emit_plan(plan, "");
    CHECK(text.find("          第一行\n\n  - id: 3\n") != std::string::npos);
    CHECK(value_in(text, "note") == "第一行\n\n");
    plan.tasks.pop_back();
    CHECK(value_in(emit_plan(plan, ""), "note") == "第一行\n\n");
}

TEST_CASE("emit_plan output reads back in libyaml with every value intact") {
    duban::Plan plan = small_plan();
    plan.title = "yes";
    plan.categories = {"1", "a,b"};
    plan.tasks[0].category = "1";
    plan.tasks[0].title = "- 条目: “引号” #1";
    plan.tasks[0].leaders = {"何军", "[x]"};
    plan.tasks[0].office = "";
    plan.tasks[1].updates[0].note = " 缩进\n\n";
    plan.tasks[1].updates[0].by = "~";
    const Strings s = scalars_of(emit_plan(plan, "注释"));
    const Strings expected = {"plan",
                              "title",
                              "yes",
                              "issuer",
                              "华容县教育体育局",
                              "document",
                              "华教体发〔2021〕2号",
                              "start",
                              "2021-01-01",
                              "due",
                              "2021-12-31",
                              "dispatch_months",
                              "2",
                              "categories",
                              "1",
                              "a,b",
                              "tasks",
                              "id",
                              "1",
                              "category",
                              "1",
                              "title",
                              "- 条目: “引号” #1",
                              "leaders",
                              "何军",
                              "[x]",
                              "office",
                              "",
                              "id",
                              "2"};
    REQUIRE(s.size() > expected.size());
    CHECK(Strings(s.begin(), s.begin() + expected.size()) == expected);
    CHECK(value_in(emit_plan(plan, ""), "note") == " 缩进\n\n");
    CHECK(value_in(emit_plan(plan, ""), "by") == "~");
}
