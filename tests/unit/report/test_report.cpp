#include <doctest/doctest.h>

#include "model/error.h"
#include "report/listing.h"
#include "report/report.h"
#include "report/report_template.h"
#include "store/load.h"

using namespace duban;

namespace {

Date d(const char* s) {
    return *parse_date(s);
}

// Four tasks in two categories, judged in round 4 (2021-07-01 to 08-31) at 2021-07-15:
// 1 done on time, 2 green, 3 red and never reported, 4 finished late (due 03-31, done 05-10).
const char* kPlan = R"(plan:
  title: 测试计划
  issuer: 测试局
  start: 2021-01-01
  due: 2021-12-31
  categories: [甲类, 乙类, 丙类]
tasks:
  - id: 1
    category: 甲类
    title: 任务一
    leaders: [何 军]
    office: 基教股
    updates:
      - {date: 2021-03-01, progress: 100, status: done}
  - id: 2
    category: 甲类
    title: 任务二
    leaders: [何军, 刘建新]
    office: 人事股
    partners: [基教股]
    updates:
      - {date: 2021-07-02, progress: 60, note: 进展, problems: 问题}
  - id: 3
    category: 丙类
    title: 任务三
    leaders: [刘建新]
    office: 基教股
  - id: 4
    category: 丙类
    title: 任务四
    leaders: [刘建新]
    office: 人事股
    due: 2021-03-31
    updates:
      - {date: 2021-02-01, progress: 50}
      - {date: 2021-05-10, progress: 100, status: done}
)";

Json view(ReportKind kind, Filter filter = {}, const char* plan = kPlan) {
    ReportOptions o;
    o.as_of = d("2021-07-15");
    o.filter = std::move(filter);
    return report_view(load_plan(plan, "t.yaml"), kind, o);
}

std::string render(const std::string& text, const Json& v,
                   TemplateEscape e = TemplateEscape::None) {
    return render_template({"t.mustache", text}, v, e);
}

}  // namespace

TEST_CASE("totals count each light with shares as number and text") {
    Json v = view(ReportKind::Dispatch);
    const Json& t = v["totals"];
    CHECK(t["tasks"] == 4);
    CHECK(t["done"]["count"] == 2);
    CHECK(t["done"]["share"] == 50.0);
    CHECK(t["done"]["share_text"] == "50.0%");
    CHECK(t["green"]["count"] == 1);
    CHECK(t["yellow"]["count"] == 0);
    CHECK(t["red"]["count"] == 1);
    CHECK(t["red"]["share_text"] == "25.0%");
    CHECK(t["unreported"]["count"] == 1);
    CHECK(t["lights"].size() == 4);
    CHECK(t["lights"][0]["first"] == true);
    CHECK(t["lights"][3]["last"] == true);
}

TEST_CASE("shares round to one decimal") {
    Filter f;
    f.texts = {"任务一", "任务四", "任务三"};
    Json t = view(ReportKind::Dispatch, f)["totals"];
    CHECK(t["done"]["share_text"] == "66.7%");
    CHECK(t["done"]["share"] == 66.7);
    CHECK(t["red"]["share_text"] == "33.3%");
}

TEST_CASE("dispatch groups by category in plan order and leaves empty ones out") {
    Json v = view(ReportKind::Dispatch);
    REQUIRE(v["categories"].size() == 2);
    CHECK(v["categories"][0]["name"] == "甲类");
    CHECK(v["categories"][0]["number_cn"] == "一");
    CHECK(v["categories"][1]["name"] == "丙类");
    CHECK(v["categories"][1]["number_cn"] == "二");
    CHECK(v["categories"][1]["tasks"][0]["id"] == 3);
    CHECK(v["categories"][1]["tasks"][1]["last"] == true);
    CHECK(v["categories"][0]["progress_avg"] == 80);
}

TEST_CASE("a task row carries joined names, the light, its reason and the latest update") {
    Json t = view(ReportKind::Dispatch)["categories"][0]["tasks"][1];
    CHECK(t["leaders_text"] == "何军、刘建新");
    CHECK(t["partners_text"] == "基教股");
    CHECK(t["has_partners"] == true);
    CHECK(t["light"] == "green");
    CHECK(t["progress_text"] == "60%");
    CHECK(t["note"] == "进展");
    CHECK(t["has_problems"] == true);
    CHECK(t["has_next"] == false);
    Json red = view(ReportKind::Dispatch)["categories"][1]["tasks"][0];
    CHECK(red["light"] == "red");
    CHECK(red["has_update"] == false);
    CHECK(red["escalation_text"] == "通报批评、约谈、问责");
    CHECK(red["measures_text"] == "予以通报批评；对相关负责人实行约谈；对相关负责人实行问责");
}

TEST_CASE("unreported offices are the lead offices of tasks with no update this round") {
    Json u = view(ReportKind::Dispatch)["unreported"];
    CHECK(u["count"] == 1);
    CHECK(u["offices_text"] == "基教股");
    CHECK(u["offices"][0]["tasks_text"] == "第3项");
}

TEST_CASE("bulletin numbers the issue by round unless told, and lists problems") {
    Json v = view(ReportKind::Bulletin);
    CHECK(v["issue_text"] == "第4期");
    CHECK(v["date_text"] == "2021年7月15日");
    CHECK(v["problems"]["count"] == 1);
    CHECK(v["problems"]["tasks"][0]["id"] == 3);
    CHECK(v["requirements"]["count"] == 1);
    ReportOptions o;
    o.as_of = d("2021-07-15");
    o.issue = 9;
    CHECK(report_view(load_plan(kPlan, "t.yaml"), ReportKind::Bulletin, o)["issue"] == 9);
}

TEST_CASE("leader sections: padding ignored, a filter keeps only the named leader") {
    Json all = view(ReportKind::Leader);
    REQUIRE(all["leaders"].size() == 2);
    CHECK(all["leaders"][0]["name"] == "何军");
    CHECK(all["leaders"][0]["count"] == 2);
    Filter f;
    f.leaders = {"刘　建新"};
    Json one = view(ReportKind::Leader, f);
    REQUIRE(one["leaders"].size() == 1);
    CHECK(one["leaders"][0]["name"] == "刘建新");
    CHECK(one["leaders"][0]["count"] == 3);
}

TEST_CASE("office sections split led from supported tasks") {
    Json v = view(ReportKind::Office);
    REQUIRE(v["offices"].size() == 2);
    const Json& jijiao = v["offices"][0];
    CHECK(jijiao["name"] == "基教股");
    CHECK(jijiao["lead"]["count"] == 2);
    CHECK(jijiao["partner"]["count"] == 1);
    CHECK(jijiao["partner"]["tasks"][0]["id"] == 2);
}

TEST_CASE("scorecard arithmetic: late, red and unreported rounds, defaults from Rules") {
    Json v = view(ReportKind::Scorecard);
    CHECK(v["rounds"]["count"] == 4);
    REQUIRE(v["offices"].size() == 2);
    // 人事股: task 2 reported only in round 4 and was yellow or red before; task 4 done late.
    // 基教股: task 1 done on time (rounds 2-4 owe nothing); task 3 never reported, red from
    // round 2 on (yellow at 02-28: 16 behind).
    const Json* renshi = nullptr;
    const Json* jijiao = nullptr;
    for (const auto& o : v["offices"]) (o["name"] == "人事股" ? renshi : jijiao) = &o;
    REQUIRE(renshi);
    REQUIRE(jijiao);
    CHECK((*jijiao)["on_time"] == 1);
    CHECK((*jijiao)["unfinished"] == 1);
    CHECK((*jijiao)["red_rounds"] == 3);
    // Task 1 in round 1, task 3 in rounds 1-4: four rounds the office missed, one deduction
    // each however many of its tasks went unreported (unreported_per: office).
    CHECK((*jijiao)["unreported_rounds"] == 4);
    CHECK((*jijiao)["deducted"] == 3 * 2 + 4 * 1);
    CHECK((*jijiao)["score"] == 100 - 10);
    CHECK((*renshi)["late"] == 1);
    CHECK((*renshi)["on_time"] == 0);
    int expected = 100 - 5 - 2 * (*renshi)["red_rounds"].get<int>() -
                   (*renshi)["unreported_rounds"].get<int>();
    CHECK((*renshi)["score"] == expected);
    CHECK(v["offices"][0]["rank"] == 1);
}

TEST_CASE("scorecard deductions come from plan.rules and the score stops at 0") {
    std::string plan = kPlan;
    plan.replace(plan.find("categories:"), 0,
                 "rules:\n    score_base: 10\n    deduct_red_round: 50\n  ");
    Json v = view(ReportKind::Scorecard, {}, plan.c_str());
    CHECK(v["rules"]["score_base"] == 10);
    for (const auto& o : v["offices"])
        if (o["name"] == "基教股") CHECK(o["score"] == 0);
}

TEST_CASE("templates render from the view model; escaping follows the format") {
    Json v = {{"a", "x|y<z>"}, {"list", {{{"n", 1}}, {{"n", 2}}}}, {"yes", true}};
    CHECK(render("{{a}}", v) == "x|y<z>");
    CHECK(render("{{a}}", v, TemplateEscape::Html) == "x|y&lt;z&gt;");
    CHECK(render("{{a}}", v, TemplateEscape::Markdown) == "x\\|y&lt;z&gt;");
    CHECK(render("{{{a}}}", v, TemplateEscape::Html) == "x|y<z>");
    CHECK(render("{{#list}}{{n}}{{/list}}", v) == "12");
}

TEST_CASE("a standalone section line leaves no blank line, whether shown or skipped") {
    Json v = {{"t", true}, {"f", false}, {"none", Json::array()}};
    CHECK(render("a\n{{#t}}\nb\n{{/t}}\nc\n", v) == "a\nb\nc\n");
    CHECK(render("a\n{{#f}}\nb\n{{/f}}\nc\n", v) == "a\nc\n");
    CHECK(render("a\n  {{#none}}\nb\n  {{/none}}\n\nc\n", v) == "a\n\nc\n");
    CHECK(render("a\n{{! note }}\nc\n", v) == "a\nc\n");
}

TEST_CASE("template errors name the line and column") {
    Json v = {{"items", {{{"name", "x"}}}}};
    auto message = [&](const std::string& text) {
        try {
            render(text, v);
        } catch (const Error& e) {
            return std::string(e.what()).substr(0, std::string(e.what()).find('\n'));
        }
        return std::string("no error");
    };
    CHECK(message("ok\n{{#items}}{{nam}}{{/items}}") ==
          "t.mustache:2:11: the view model has no field 'nam' here");
    CHECK(message("{{#items}}") == "t.mustache:1:1: section 'items' is never closed");
    CHECK(message("{{/items}}") ==
          "t.mustache:1:1: '{{/items}}' closes a section that was never opened");
    CHECK(message("{{items}}") == "t.mustache:1:1: 'items' is a list and prints nothing");
    CHECK(message("{{>part}}") == "t.mustache:1:1: partials ({{>name}}) are not supported");
    CHECK(message("{{=<% %>=}}<%#items%><%name%><%/items%>") == "no error");
}

TEST_CASE("report kinds parse by keyword") {
    CHECK(parse_report_kind("bulletin") == ReportKind::Bulletin);
    CHECK(!parse_report_kind("Bulletin"));
    CHECK(report_kind_keyword(ReportKind::Scorecard) == "scorecard");
}

TEST_CASE("csv comes from the view model, with a BOM when asked") {
    Json v = view(ReportKind::Dispatch);
    std::string csv = report_csv(v, true);
    CHECK(csv.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(csv.find("\r\n2,甲类,任务二,何军、刘建新,人事股,基教股,") != std::string::npos);
    CHECK(report_csv(v, false).substr(0, 6) == "序号");
}

TEST_CASE("CSV cells a spreadsheet would run as formulas get a quote; numbers stay numbers") {
    CHECK(csv_field("=HYPERLINK(\"http://x\",\"点此\")") ==
          "\"'=HYPERLINK(\"\"http://x\"\",\"\"点此\"\")\"");
    CHECK(csv_field("+1+cmd") == "'+1+cmd");
    CHECK(csv_field("-2+3") == "'-2+3");
    CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_field("\tx") == "'\tx");
    CHECK(csv_field("\rx") == "\"'\rx\"");
    CHECK(csv_field("-3") == "-3");
    CHECK(csv_field("-2.5") == "-2.5");
    CHECK(csv_field("45") == "45");
    CHECK(csv_field("-") == "'-");
    CHECK(csv_field("-.5") == "'-.5");
    CHECK(csv_field("完成图书采购") == "完成图书采购");
}

TEST_CASE("Markdown cells escape HTML, pipes and line breaks") {
    CHECK(md_cell("<script>alert(1)</script> & <img onerror=x>") ==
          "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img onerror=x&gt;");
    CHECK(md_cell("a|b\r\nc") == "a\\|b<br>c");
}

namespace {

// The bulletin's title lines for a plan of this title.
std::vector<std::string> title_lines(const std::string& title) {
    std::string yaml =
        "plan:\n  title: " + title +
        "\n  issuer: 测试局\n  start: 2021-01-01\n  due: 2021-12-31\n"
        "  categories: [甲类]\ntasks:\n"
        "  - {id: 1, category: 甲类, title: 任务一, leaders: [何军], office: 基教股}\n";
    ReportOptions o;
    o.as_of = d("2021-07-15");
    Json v = report_view(load_plan(yaml, "t.yaml"), ReportKind::Bulletin, o);
    std::vector<std::string> out;
    for (const auto& l : v["title_lines"]) out.push_back(l["text"].get<std::string>());
    return out;
}

}  // namespace

TEST_CASE("the title breaks where a reader pauses, each line within 19 characters of 2号") {
    using L = std::vector<std::string>;
    CHECK(title_lines("2021年度重点工作任务") == L{"关于2021年度重点工作任务推进情况的通报"});
    CHECK(title_lines("“富美教育”2021年度重点工作任务") ==
          L{"关于“富美教育”2021年度重点工作任务", "推进情况的通报"});
    // A head too long for a line breaks after a closing quotation mark or 年度, or before 及.
    CHECK(title_lines("华容县教育体育局2021年度“富美教育”重点工作任务及民生实事项目") ==
          L{"关于华容县教育体育局2021年度", "“富美教育”重点工作任务及民生实事项目",
            "推进情况的通报"});
    CHECK(title_lines("全县中小学校园安全专项整治和食品安全工作") ==
          L{"关于全县中小学校园安全专项整治", "和食品安全工作", "推进情况的通报"});
    // No pause within reach: the line is left whole for the word processor to wrap.
    CHECK(title_lines("华容县教育体育局全县中小学校园安全专项整治行动方案任务") ==
          L{"关于华容县教育体育局全县中小学校园安全专项整治行动方案任务", "推进情况的通报"});
}
