#include "intake/import.h"

#include <iconv.h>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/error.h"
#include "store/save.h"

using duban::import_table;
using duban::ImportOptions;
using duban::Plan;
using Names = std::vector<std::string>;

namespace {

std::string seed_bytes() {
    std::ifstream in(DUBAN_TEST_FIXTURES "/notice-2021-2.txt", std::ios::binary);
    REQUIRE(in);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// `utf8` re-encoded with glibc iconv, as another tool would have saved it.
std::string encode(const std::string& utf8, const char* encoding) {
    iconv_t cd = iconv_open(encoding, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 4 + 4, '\0');
    char* src = const_cast<char*>(utf8.data());
    size_t src_left = utf8.size();
    char* dst = out.data();
    size_t dst_left = out.size();
    const size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    iconv_close(cd);
    REQUIRE(r != static_cast<size_t>(-1));
    out.resize(out.size() - dst_left);
    return out;
}

std::string with_crlf(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return out;
}

Plan import_text(const std::string& text, const std::string& filename = "t.txt",
                 ImportOptions opts = {}) {
    if (!opts.year) opts.year = 2021;
    return import_table(text, filename, opts);
}

// The message import_table throws, or "" when it does not throw.
std::string import_error(const std::string& text, ImportOptions opts = {}) {
    try {
        import_table(text, "t.txt", opts);
    } catch (const duban::Error& e) {
        return e.what();
    }
    return "";
}

const std::string kHeader = "类别\t序号\t重点工作任务\t责任领导\t责任股室\t协办股室（单位）\n";

}  // namespace

TEST_CASE("the seed notice gives its plan facts and 33 tasks in table order") {
    const Plan plan = import_table(seed_bytes(), "notice-2021-2.txt", {});
    CHECK(plan.title == "“富美教育”2021年度重点工作任务");
    CHECK(plan.issuer == "华容县教育体育局");
    CHECK(plan.document == "华教体发〔2021〕2号");
    CHECK(plan.start == duban::Date{2021, 1, 1});
    CHECK(plan.due == duban::Date{2021, 12, 31});
    CHECK(plan.dispatch_months == 2);
    CHECK(plan.categories == Names{"抓常规", "强队伍", "优布局", "调结构", "改评价", "重督导"});
    REQUIRE(plan.tasks.size() == 33);
    for (size_t i = 0; i < plan.tasks.size(); ++i) CHECK(plan.tasks[i].id == int(i) + 1);
}

TEST_CASE("the seed notice's cells are read as the domain expects") {
    const Plan plan = import_table(seed_bytes(), "notice-2021-2.txt", {});
    REQUIRE(plan.tasks.size() == 33);
    const auto& t1 = *plan.find(1);
    CHECK(t1.category == "抓常规");
    CHECK(t1.title == "组织教体系统行政骨干暑假学习班。");
    CHECK(t1.leaders == Names{"局长办公会成员"});
    CHECK(t1.office == "相关股室");
    CHECK(t1.partners.empty());
    const auto& t2 = *plan.find(2);
    CHECK(t2.category == "抓常规");
    CHECK(t2.leaders == Names{"何军", "戴方栋"});
    CHECK(t2.office == "法制安全股");
    CHECK(t2.partners == Names{"基教股", "校车办", "体卫股"});
    CHECK(plan.find(11)->category == "抓常规");
    CHECK(plan.find(12)->category == "强队伍");
    CHECK(plan.find(18)->category == "强队伍");
    CHECK(plan.find(18)->title == "组织女教职工免费体检，开展好第 37 个教师节庆祝表彰系列活动。");
    CHECK(plan.find(18)->partners == Names{"人事股", "教育基金会"});
    CHECK(plan.find(19)->category == "强队伍");
    CHECK(plan.find(20)->leaders == Names{"戴方栎"});  // kept as written, typo or not
    CHECK(plan.find(21)->category == "优布局");
    CHECK(plan.find(21)->leaders == Names{"何军"});
    CHECK(plan.find(33)->category == "重督导");
    CHECK(plan.find(33)->partners == Names{"相关股室"});
}

TEST_CASE("the seed notice reads the same from GBK, GB18030, UTF-16 and with CRLF") {
    const std::string utf8 = seed_bytes();
    const std::string expected = duban::emit_plan(import_table(utf8, "a.txt", {}), "");
    const std::string variants[] = {
        encode(utf8, "GBK"),
        encode(with_crlf(utf8), "GBK"),
        encode(utf8, "GB18030"),
        with_crlf(utf8),
        "\xEF\xBB\xBF" + with_crlf(utf8),
        "\xFF\xFE" + encode(with_crlf(utf8), "UTF-16LE"),
    };
    for (const auto& bytes : variants)
        CHECK(duban::emit_plan(import_table(bytes, "a.txt", {}), "") == expected);
    ImportOptions gbk;
    gbk.encoding = "GBK";
    CHECK(duban::emit_plan(import_table(encode(utf8, "GBK"), "a.txt", gbk), "") == expected);
}

TEST_CASE("a CSV table with quoted cells holding commas, quotes and newlines") {
    const std::string csv =
        "“测试”2022年度重点工作任务分解表,,,,,\n"
        "序号,重点工作任务,责任领导,责任股室,协办股室（单位）,类别\n"
        "1,\"召开\"\"平安校园\"\"现场会，含逗号, 和换行\n第二行\",何 "
        "军,法制安全股,\"基教股,校车办\",抓常规\n"
        "2,组织活动,\"戴方栋、何　军\",基教股,,\n"
        "3,\"\"\"书香校园\"\"活动\",刘建新,基教股,\"工会\n团委\",强队伍\n";
    for (const std::string name : {"t.csv", "t.txt"}) {
        CAPTURE(name);
        const Plan plan = import_table(csv, name, {});
        CHECK(plan.title == "“测试”2022年度重点工作任务");
        CHECK(plan.issuer.empty());
        CHECK(plan.start == duban::Date{2022, 1, 1});
        REQUIRE(plan.tasks.size() == 3);
        CHECK(plan.tasks[0].title == "召开\"平安校园\"现场会，含逗号, 和换行\n第二行");
        CHECK(plan.tasks[0].leaders == Names{"何军"});
        CHECK(plan.tasks[0].partners == Names{"基教股", "校车办"});
        CHECK(plan.tasks[1].leaders == Names{"戴方栋", "何军"});
        CHECK(plan.tasks[1].category == "抓常规");
        CHECK(plan.tasks[2].title == "\"书香校园\"活动");
        CHECK(plan.tasks[2].partners == Names{"工会", "团委"});
        CHECK(plan.categories == Names{"抓常规", "强队伍"});
    }
}

TEST_CASE("a .csv file is read as CSV even when its header has no commas to tell") {
    const std::string csv = "序号,重点工作任务,责任领导,责任股室\n1,甲,何 军,基教股\n";
    CHECK(import_text(csv, "T.CSV").tasks.at(0).leaders == Names{"何军"});
}

TEST_CASE("partner cells split on every separator and names lose their padding") {
    const Plan plan = import_text(kHeader +
                                  "抓常规\t1\t任务一\t何 军\t督 导 股\t基教股、校车办，体卫股\n"
                                  "\t2\t任务二\t何　军 戴方栋\t人事股\t工会；团委/妇联\n"
                                  "\t3\t任务三\t杨宏发\t人事股、工会\t\"教研室\n技术中心\"\n");
    CHECK(plan.tasks[0].leaders == Names{"何军"});
    CHECK(plan.tasks[0].office == "督导股");
    CHECK(plan.tasks[0].partners == Names{"基教股", "校车办", "体卫股"});
    CHECK(plan.tasks[1].leaders == Names{"何军", "戴方栋"});
    CHECK(plan.tasks[1].partners == Names{"工会", "团委", "妇联"});
    // Several units in a lead cell: the first leads, the others co-lead.
    CHECK(plan.tasks[2].office == "人事股");
    CHECK(plan.tasks[2].co_leads == Names{"工会"});
    CHECK(plan.tasks[2].partners == Names{"教研室", "技术中心"});
}

TEST_CASE("columns are found by their header, in any order; without 类别 a task is 未分类") {
    const Plan plan = import_text(
        "责任股室\t重点工作任务\t序  号\t责任领导\t时间节点\n"
        "基教股\t  任务一  \t1\t刘建新\t6月底\n"
        "人事股\t任务二\t２\t杨宏发\t\n");
    // The loader needs every task in a category, so a table without one gets 未分类.
    CHECK(plan.categories == Names{"未分类"});
    REQUIRE(plan.tasks.size() == 2);
    CHECK(plan.tasks[0].category == "未分类");
    CHECK(plan.tasks[0].title == "任务一");
    CHECK(plan.tasks[0].office == "基教股");
    CHECK(plan.tasks[1].id == 2);
    CHECK(plan.tasks[1].leaders == Names{"杨宏发"});
}

TEST_CASE("blank lines inside the table are skipped and a note ends it") {
    const std::string table = "说明文字\n" + kHeader + "抓常规\t1\t任务一\t刘建新\t基教股\t\n" +
                              "\n\t\t\t\t\t\n" + "强队伍\t2\t任务二\t杨宏发\t人事股\t\n" +
                              "\n注：本表由督导股负责解释。\n某某局\n";
    const Plan plan = import_text(table);
    REQUIRE(plan.tasks.size() == 2);
    CHECK(plan.categories == Names{"抓常规", "强队伍"});
    // A row of cells after the note is refused rather than dropped.
    ImportOptions y;
    y.year = 2021;
    CHECK(import_error(table + "\t3\t不是任务\t\t\t\n", y) ==
          "t.txt:10: a table row after the note that ended the table (line 8); expected only "
          "text here");
}

TEST_CASE("options override what the notice says") {
    ImportOptions opts;
    opts.title = "新标题";
    opts.issuer = "某局";
    opts.document = "某教发〔2023〕5号";
    const Plan plan = import_table(seed_bytes(), "a.txt", opts);
    CHECK(plan.title == "新标题");
    CHECK(plan.issuer == "某局");
    CHECK(plan.document == "某教发〔2023〕5号");
    CHECK(plan.start == duban::Date{2023, 1, 1});
    opts.year = 2024;
    CHECK(import_table(seed_bytes(), "a.txt", opts).due == duban::Date{2024, 12, 31});
}

TEST_CASE("a bare table needs the year from the user and is titled by it") {
    const std::string table = kHeader + "抓常规\t1\t任务一\t刘建新\t基教股\t\n";
    CHECK(import_error(table) ==
          "t.txt: cannot tell which year the plan is for: no document number, title or text "
          "above the table names one\nhint: give the year with --year");
    ImportOptions opts;
    opts.year = 2022;
    const Plan plan = import_table(table, "t.txt", opts);
    CHECK(plan.title == "2022年度重点工作任务");  // a plan needs a title; a bare table has none
    CHECK(plan.start == duban::Date{2022, 1, 1});
    CHECK(plan.due == duban::Date{2022, 12, 31});
}

TEST_CASE("an empty 责任股室 cell is refused where it stands") {
    ImportOptions y;
    y.year = 2021;
    CHECK(import_error(kHeader + "抓常规\t1\t任务\t何军\t\t\n", y) ==
          "t.txt:2:13: the 责任股室 cell is empty");
}

TEST_CASE("import errors name the file, line and column") {
    ImportOptions y;
    y.year = 2021;
    CHECK(
        import_error("没有表格\n序号 重点工作任务 责任领导\n", y) ==
        "t.txt: no task table found\nhint: the table needs a header row naming the task text "
        "(重点工作任务, 工作任务, 具体要求 …) and the lead unit (责任单位, 牵头单位, 责任股室 …), "
        "or each task a line with （牵头单位：…） after it; --map '列名=title' names a column the "
        "guess missed");
    CHECK(import_error("\n" + kHeader + "抓常规\t一\t任务\t甲\t乙\t\n", y) ==
          "t.txt:3:5: 序号 \"一\" is not a task number");
    CHECK(import_error(kHeader + "抓常规\t\t任务\t甲\t乙\t\n", y) ==
          "t.txt:2:5: the 序号 cell is empty and no numbered row is above it");
    CHECK(import_error(kHeader + "抓常规\t1\t任务\t甲\t乙\t\n\t1\t任务\t甲\t乙\t\n", y) ==
          "t.txt:3:2: 序号 1 repeats the one on line 2");
    CHECK(import_error(kHeader + "抓常规\t1\t任务\t甲\n", y) ==
          "t.txt:2: expected at least 5 cells separated by tabs, found 4");
    CHECK(import_error(kHeader + "抓常规\t1\t任务\t甲\t乙\t丙\t多余\n", y) ==
          "t.txt:2:16: this cell is beyond the header's 6 columns\n"
          "hint: tabs inside a cell must be quoted (\"...\")");
    CHECK(import_error(kHeader + "抓常规\t1\t \t甲\t乙\t\n", y) ==
          "t.txt:2:7: the 重点工作任务 cell is empty");
    CHECK(import_error(kHeader + "\n注：无\n", y) ==
          "t.txt:1: the table under this header has no rows");
}

TEST_CASE("import_header_comment says where the data came from, the same on every run") {
    const Plan plan = import_table(seed_bytes(), "/some/path/notice.txt", {});
    CHECK(duban::import_header_comment(plan) ==
          "来源：华容县教育体育局 华教体发〔2021〕2号 附件“富美教育”2021年度重点工作任务分解表\n"
          "由 duban import 从通知原文生成；进展用 duban mark 追加，不要手改已有记录。");
    CHECK(duban::import_header_comment(Plan{}) ==
          "来源：重点工作任务分解表\n"
          "由 duban import 从通知原文生成；进展用 duban mark 追加，不要手改已有记录。");
}
