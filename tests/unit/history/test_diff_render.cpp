#include <doctest/doctest.h>

#include "history/diff.h"
#include "history/diff_render.h"
#include "store/load.h"

using namespace duban;

namespace {

const char* kBefore = R"(plan:
  title: 测试计划
  start: 2021-01-01
  due: 2021-12-31
  categories: [甲类]
tasks:
  - id: 1
    category: 甲类
    title: 任务一
    leaders: [何军]
    office: 基教股
    updates:
      - {date: 2021-03-01, progress: 30}
  - id: 2
    category: 甲类
    title: 任务二
    leaders: [刘建新]
    office: 人事股
)";

// Task 1: its office changes and an update is added; task 2 is removed; task 3 is new.
const char* kAfter = R"(plan:
  title: 测试计划
  start: 2021-01-01
  due: 2021-12-31
  categories: [甲类]
tasks:
  - id: 1
    category: 甲类
    title: 任务一
    leaders: [何军]
    office: 人事股
    updates:
      - {date: 2021-03-01, progress: 30}
      - {date: 2021-05-10, progress: 60, note: 完成采购}
  - id: 3
    category: 甲类
    title: 任务三
    leaders: [何军]
    office: 基教股
)";

PlanDiff sample() {
    return diff_plans(load_plan(kBefore, "a.yaml"), load_plan(kAfter, "b.yaml"));
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the summary counts added, changed and removed tasks and new updates") {
    CHECK(diff_summary(PlanDiff{}) == "没有变化");
    const std::string s = diff_summary(sample());
    CAPTURE(s);
    CHECK(has(s, "新增 1 项"));
    CHECK(has(s, "修改 1 项"));
    CHECK(has(s, "删除 1 项"));
    CHECK(has(s, "进展：新增 1 条"));
}

TEST_CASE("the text names each task, each field before and after, and each new update") {
    const std::string t = diff_text(sample());
    CAPTURE(t);
    CHECK(has(t, "第1项 修改：任务一"));
    CHECK(has(t, "基教股 → 人事股"));
    CHECK(has(t, "2021-05-10"));
    CHECK(has(t, "完成采购"));
    CHECK(has(t, "第2项 删除：任务二"));
    CHECK(has(t, "第3项 新增：任务三"));
    // The changed task comes first (the newer file's order), the removed one last.
    CHECK(t.find("第1项") < t.find("第3项"));
    CHECK(t.find("第3项") < t.find("第2项"));
    // Every line of the indented form starts with the indent.
    const std::string indented = diff_text(sample(), 4);
    for (size_t start = 0; start < indented.size(); start = indented.find('\n', start) + 1)
        CHECK(indented.compare(start, 4, "    ") == 0);
}

TEST_CASE("Markdown has a heading per task and a bullet per change") {
    const std::string m = diff_markdown(sample());
    CAPTURE(m);
    CHECK(has(m, "\n#### 第1项 修改：任务一\n"));
    CHECK(has(m, "\n#### 第2项 删除：任务二\n"));
    CHECK(has(m, "基教股 → 人事股\n"));
    CHECK(has(m, "\n- "));
}

TEST_CASE("JSON gives each change's kind and fields for scripts") {
    const Json j = diff_json(sample());
    REQUIRE(j["tasks"].size() == 3);
    CHECK(j["plan"].empty());
    const Json& changed = j["tasks"][0];
    CHECK(changed["id"] == 1);
    CHECK(changed["change"] == "changed");
    bool office = false;
    for (const auto& f : changed["fields"])
        if (f["key"] == "office") {
            office = true;
            CHECK(f["before"] == "基教股");
            CHECK(f["after"] == "人事股");
        }
    CHECK(office);
    CHECK(j["tasks"][1]["change"] == "added");
    CHECK(j["tasks"][2]["change"] == "removed");
}
