#include "report/xlsx.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "model/error.h"
#include "report/report.h"
#include "store/load.h"

#if DUBAN_HAVE_XLSX

#include "report/xlsx_kit.h"
#include "report/xlsx_sheet.h"

using namespace duban;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system's temporary directory, removed with all it holds.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string name = (fs::temp_directory_path() / "duban-xlsx-XXXXXX").string();
        REQUIRE(::mkdtemp(name.data()) != nullptr);
        path = name;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

Plan progress_fixture() {
    const std::string file = DUBAN_TEST_FIXTURES "/progress.yaml";
    return load_plan(read_file(file), file);
}

std::vector<const Task*> tasks_of(const Plan& plan, std::vector<int> ids = {}) {
    std::vector<const Task*> out;
    if (ids.empty())
        for (const Task& t : plan.tasks) out.push_back(&t);
    for (int id : ids) out.push_back(plan.find(id));
    return out;
}

const Date kAsOf = *parse_date("2021-07-15");

// What openpyxl, a reader independent of libxlsxwriter, finds in `file`: the JSON that
// tests/scripts/read_xlsx.py prints. The system python3 is named because Debian's openpyxl is
// installed for it, and a python3 earlier on PATH may lack it.
json read_back(const fs::path& file) {
    const std::string cmd = "/usr/bin/python3 '" DUBAN_SOURCE_DIR "/tests/scripts/read_xlsx.py' '" +
                            file.string() + "' 2>&1";
    FILE* pipe = ::popen(cmd.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
    const int status = ::pclose(pipe);
    REQUIRE_MESSAGE(WIFEXITED(status), out);
    REQUIRE_MESSAGE(WEXITSTATUS(status) == 0, out);
    return json::parse(out);
}

json written(const Plan& plan, const std::vector<const Task*>& tasks, const TempDir& dir) {
    const fs::path file = dir.path / "台账.xlsx";
    write_ledger_xlsx(plan, tasks, kAsOf, file.string());
    return read_back(file);
}

// The fixture's whole ledger as of kAsOf, read back once: starting python3 with openpyxl takes
// most of a second, and two test cases look at this one workbook.
const json& fixture_book() {
    static const json book = [] {
        TempDir dir;
        const Plan plan = progress_fixture();
        return written(plan, tasks_of(plan), dir);
    }();
    return book;
}

std::vector<std::string> listing(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename());
    std::sort(names.begin(), names.end());
    return names;
}

// The column of a row: the first cell of each data row holds the task's 序号.
std::vector<json> column(const json& sheet, size_t col) {
    std::vector<json> out;
    for (size_t r = 2; r < sheet["rows"].size(); ++r) out.push_back(sheet["rows"][r][col]);
    return out;
}

}  // namespace

TEST_CASE("the ledger sheet holds the attachment's columns as they stood on the date") {
    const json& book = fixture_book();
    REQUIRE(book["sheets"].size() == 2);
    CHECK(book["sheets"][0]["name"] == "重点工作任务台账");
    CHECK(book["sheets"][1]["name"] == "进展记录");

    const json& s = book["sheets"][0];
    CHECK(s["rows"][0][0] == "“富美教育”2021年度重点工作任务台账（截至2021年7月15日）");
    CHECK(s["merged"] == json::array({"A1:O1"}));
    CHECK(s["rows"][1] ==
          json::array({"序号", "类别", "重点工作任务", "责任领导", "责任股室", "协办股室（单位）",
                       "时间节点", "本期进展", "存在问题", "下步计划", "进度", "序时进度", "状态",
                       "预警", "预警原因"}));
    CHECK(column(s, 0) == std::vector<json>{1, 2, 3, 6, 12, 21, 25, 27, 29});

    // Task 2: on pace (55% against 195 of 364 days, 54%), so green.
    CHECK(s["rows"][3] ==
          json::array({2, "抓常规",
                       "持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。",
                       "何军、戴方栋", "法制安全股", "基教股、校车办、体卫股", "2021-12-31 前完成",
                       "开展防溺水专项行动，组织应急演练 46 场。", "部分农村学校心理健康教师不足。",
                       "秋季开学前完成校车安全检查。", 0.55, 0.54, "推进中", "绿灯",
                       "超前序时进度1个百分点"}));
    CHECK(s["formats"]["K4"] == "0%");
    CHECK(s["formats"]["L4"] == "0%");
    CHECK(s["fills"]["N4"] == "FF00B050");
    CHECK(s["fonts"]["N4"] == "FFFFFFFF");

    // Task 3: 20% against 54%, red. Task 6: behind its time node, yellow. Task 27: closed.
    CHECK(s["rows"][4][13] == "红灯");
    CHECK(s["fills"]["N5"] == "FFFF0000");
    CHECK(s["rows"][5][6] == "2021-06-30 60% 完成上半年共读活动\n2021-12-31 前完成");
    CHECK(s["rows"][5][13] == "黄灯");
    CHECK(s["fills"]["N6"] == "FFFFFF00");
    CHECK(s["rows"][9][12] == "已销号");
    CHECK(s["rows"][9][13] == "已完成");
    CHECK(s["fills"]["N10"] == "FFBFBFBF");

    // Task 21: due 2021-06-30 and at 90%.
    CHECK(s["rows"][7][6] == "2021-06-30 前完成");
    CHECK(s["rows"][7][10] == 0.9);
    CHECK(s["rows"][7][11] == 1);
    CHECK(s["rows"][7][14] == "超期15天；落后序时进度10个百分点");

    // Task 12 has no update: nothing reported, not started.
    CHECK(s["rows"][6] ==
          json::array({12, "强队伍", "出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。",
                       "杨宏发", "人事股", nullptr, "2021-12-31 前完成", nullptr, nullptr, nullptr,
                       0, 0.54, "未启动", "红灯", "落后序时进度54个百分点"}));
}

TEST_CASE("the ledger sheet is laid out for screen and for A4") {
    const json& s = fixture_book()["sheets"][0];
    CHECK(s["freeze"] == "A3");
    CHECK(s["autofilter"] == "A2:O11");
    const json& print = s["print"];
    CHECK(print["paper"] == 9);
    CHECK(print["orientation"] == "landscape");
    CHECK(print["fit_to_page"] == true);
    CHECK(print["fit_width"] == 1);
    CHECK(print["fit_height"] == 0);
    CHECK(print["title_rows"] == "$1:$2");
    CHECK(print["margins"] == json::array({0.4, 0.4}));
    // Fitted to the page's width, the columns print at a readable size (openpyxl's widths and
    // margins, computed in read_xlsx.py): 70% or more.
    CHECK(print["fit_scale"].get<int>() >= 70);
    // Widths in Excel's units (libxlsxwriter adds 0.71 for the cell padding): the longest line
    // plus 2, a Chinese character counting 2, capped so that the sheet prints one page wide at
    // 70% or more. Task 21's title is 76 wide: capped at 30.
    auto width = [&](const char* col) { return std::floor(s["widths"][col].get<double>()); };
    CHECK(width("A") == 6);   // 序号: the header, 4, plus 2
    CHECK(width("C") == 30);  // 重点工作任务, capped
    CHECK(width("D") == 12);  // 责任领导: 局长办公会成员 is 14, capped
    CHECK(width("E") == 10);  // 责任股室: 法制安全股 is 10, capped
    CHECK(width("G") == 16);  // 时间节点: 2021-06-30 60% 完成上半年共读活动 is 31, capped
    CHECK(width("M") == 8);  // 状态: 推进中 is 6
    // Header and data cells wrap, so long text grows the row rather than hiding; the title,
    // one merged line, does not.
    const auto& wrapped = s["wrapped"];
    auto wraps = [&](const char* cell) {
        return std::find(wrapped.begin(), wrapped.end(), cell) != wrapped.end();
    };
    CHECK_FALSE(wraps("A1"));
    CHECK(wraps("F2"));
    CHECK(wraps("C8"));
    CHECK(wraps("O8"));
}

TEST_CASE("the updates sheet lists every update up to the date, oldest first per task") {
    Plan plan = progress_fixture();
    Task& two = *plan.find(2);
    Update later = two.updates.back();
    later.date = *parse_date("2021-09-01");
    later.progress = 100;
    later.status = Status::Done;
    Update earlier = two.updates.front();
    earlier.date = *parse_date("2021-03-01");
    earlier.progress = 10;
    two.updates.push_back(later);
    two.updates.push_back(earlier);  // out of order, as a hand-edited file may have them

    TempDir dir;
    const json book = written(plan, tasks_of(plan), dir);
    const json& s = book["sheets"][1];
    CHECK(s["rows"][0][0] == "“富美教育”2021年度重点工作任务进展记录（截至2021年7月15日）");
    CHECK(s["rows"][1] == json::array({"序号", "重点工作任务", "日期", "进度", "状态", "本期进展",
                                       "存在问题", "下步计划", "报送人", "佐证材料"}));
    CHECK(s["rows"].size() == 2 + 11);  // the fixture's 10 and the earlier one; not the later
    CHECK(column(s, 0) == std::vector<json>{1, 2, 2, 2, 3, 6, 21, 25, 27, 27, 29});
    CHECK(column(s, 2) == std::vector<json>{"2021-07-10", "2021-03-01", "2021-04-28", "2021-07-05",
                                            "2021-05-10", "2021-07-08", "2021-06-20", "2021-07-02",
                                            "2021-05-20", "2021-07-12", "2021-07-01"});
    CHECK(
        s["rows"][5] ==
        json::array({2, "持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。",
                     "2021-07-05", 0.55, "推进中", "开展防溺水专项行动，组织应急演练 46 场。",
                     "部分农村学校心理健康教师不足。", "秋季开学前完成校车安全检查。", "法制安全股",
                     nullptr}));
    CHECK(s["formats"]["C6"] == "yyyy-mm-dd");
    CHECK(s["formats"]["D6"] == "0%");
    CHECK(s["rows"][11][8] == "督导股 李明");
    CHECK(s["rows"][11][9] == "华教体发〔2021〕15号");
    CHECK(s["freeze"] == "A3");
    CHECK(s["autofilter"] == "A2:J13");

    // The ledger sheet ignores the later update too: task 2 still stands at 55%.
    CHECK(book["sheets"][0]["rows"][3][10] == 0.55);
    CHECK(book["sheets"][0]["rows"][3][13] == "绿灯");
}

TEST_CASE("a selection writes only the selected tasks, in the order given") {
    TempDir dir;
    const Plan plan = progress_fixture();
    const json book = written(plan, tasks_of(plan, {21, 2}), dir);
    CHECK(column(book["sheets"][0], 0) == std::vector<json>{21, 2});
    CHECK(column(book["sheets"][1], 0) == std::vector<json>{21, 2, 2});
    CHECK(book["sheets"][0]["autofilter"] == "A2:O4");
}

TEST_CASE("the same ledger as of the same date gives the same bytes") {
    TempDir dir;
    const Plan plan = progress_fixture();
    const std::string a = (dir.path / "a.xlsx").string(), b = (dir.path / "b.xlsx").string();
    write_ledger_xlsx(plan, tasks_of(plan), kAsOf, a);
    write_ledger_xlsx(plan, tasks_of(plan), kAsOf, b);
    const std::string bytes = read_file(a);
    CHECK(bytes.substr(0, 2) == "PK");
    CHECK(bytes == read_file(b));
    // The creation time comes from the as-of date, not the clock.
    CHECK(read_back(a)["created"] == "2021-07-15T00:00:00");
    write_ledger_xlsx(plan, tasks_of(plan), *parse_date("2021-07-16"), b);
    CHECK(read_back(b)["created"] == "2021-07-16T00:00:00");
}

TEST_CASE("a workbook that cannot be written leaves nothing behind") {
    TempDir dir;
    const Plan plan = progress_fixture();

    const std::string missing = (dir.path / "no-such-dir" / "台账.xlsx").string();
    CHECK_THROWS_WITH_AS(write_ledger_xlsx(plan, tasks_of(plan), kAsOf, missing),
                         (missing + ": cannot create a temporary file beside it: No such file or "
                                    "directory; the file is unchanged")
                             .c_str(),
                         Error);
    CHECK(listing(dir.path).empty());

    // The workbook is written, but the rename over a directory fails: the temporary goes.
    const fs::path taken = dir.path / "taken.xlsx";
    fs::create_directories(taken / "inside");
    CHECK_THROWS_WITH_AS(
        write_ledger_xlsx(plan, tasks_of(plan), kAsOf, taken.string()),
        (taken.string() + ": cannot replace: Is a directory; the file is unchanged").c_str(),
        Error);
    CHECK(listing(dir.path) == std::vector<std::string>{"taken.xlsx"});
    CHECK(listing(taken) == std::vector<std::string>{"inside"});
}

TEST_CASE("an existing ledger is replaced whole and keeps its permissions") {
    TempDir dir;
    const Plan plan = progress_fixture();
    const std::string file = (dir.path / "台账.xlsx").string();
    {
        FILE* f = std::fopen(file.c_str(), "w");
        REQUIRE(f != nullptr);
        std::fputs("old ledger", f);
        std::fclose(f);
    }
    REQUIRE(::chmod(file.c_str(), 0640) == 0);
    write_ledger_xlsx(plan, tasks_of(plan), kAsOf, file);
    CHECK(read_file(file).substr(0, 2) == "PK");
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
    CHECK(listing(dir.path) == std::vector<std::string>{"台账.xlsx"});

    const std::string fresh = (dir.path / "new.xlsx").string();
    write_ledger_xlsx(plan, tasks_of(plan), kAsOf, fresh);
    REQUIRE(::stat(fresh.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0644);
}

TEST_CASE("the print scale that fits columns to an A4 landscape page between 1 cm margins") {
    // 1045 pixels wide at 96 dpi; a column w units wide takes round(7w) + 5 pixels.
    CHECK(xlsx::fit_width_scale({100}) == 100);                          // 705 pixels
    CHECK(xlsx::fit_width_scale({148.5}) == 100);                        // 1045 pixels: just fits
    CHECK(xlsx::fit_width_scale({100, 100}) == 74);                      // 1410 pixels
    CHECK(xlsx::fit_width_scale(std::vector<double>(15, 12.67)) == 74);  // the ledger's 190 units
    CHECK(xlsx::fit_width_scale(std::vector<double>(20, 10)) == 69);
}

TEST_CASE("a sheet too wide for one page at 70% prints at 70%, its first columns repeated") {
    xlsx::Sheet wide{"宽表", "宽表（截至2021年7月15日）", {}, {}};
    for (int c = 0; c < 12; ++c) wide.columns.push_back({c == 0 ? "序号" : "很长的一列", 20});
    wide.keep_columns = 2;
    wide.rows.push_back({});
    for (int c = 0; c < 12; ++c)
        wide.rows.back().push_back(xlsx::text(std::string(40, static_cast<char>('a' + c))));
    xlsx::Sheet narrow{"窄表", "窄表", {{"序号", 6}, {"重点工作任务", 30}}, {}};
    narrow.rows.push_back({xlsx::number(1), xlsx::text("召开教育教学常规管理现场会。")});

    TempDir dir;
    const fs::path file = dir.path / "宽.xlsx";
    xlsx::write_book({wide, narrow}, "华容县教育体育局", kAsOf, file.string());
    const json book = read_back(file);
    const json& w = book["sheets"][0]["print"];
    CHECK(w["fit_to_page"] == false);
    CHECK(w["scale"] == 70);
    CHECK(w["title_cols"] == "$A:$B");
    CHECK(w["title_rows"] == "$1:$2");
    CHECK(w["orientation"] == "landscape");
    const json& n = book["sheets"][1]["print"];
    CHECK(n["fit_to_page"] == true);
    CHECK(n["fit_width"] == 1);
    CHECK(n["fit_scale"] == 100);
}

TEST_CASE("sheet names are cut to 31 characters, lose []:*?/\\ and are made unique") {
    std::vector<std::string> taken;
    CHECK(xlsx::sheet_name("何军", taken) == "何军");
    CHECK(xlsx::sheet_name("何军", taken) == "何军(2)");
    CHECK(xlsx::sheet_name("办公室/财务[A]", taken) == "办公室_财务_A_");
    const std::string wide(40, 'x');
    CHECK(xlsx::sheet_name(wide, taken) == std::string(31, 'x'));
    CHECK(xlsx::sheet_name(wide, taken) == std::string(28, 'x') + "(2)");
    CHECK(xlsx::sheet_name("", taken) == "Sheet");
}

#else

TEST_CASE("without libxlsxwriter the ledger writer says so") {
    CHECK_FALSE(duban::xlsx_available());
    CHECK_THROWS_AS(duban::write_ledger_xlsx(duban::Plan{}, {}, duban::Date{2021, 7, 15}, "x.xlsx"),
                    duban::Error);
}

#endif
