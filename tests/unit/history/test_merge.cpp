#include <doctest/doctest.h>

#include "history/merge.h"
#include "model/error.h"
#include "store/load.h"

using namespace duban;

namespace {

const std::string kBase =
    "# 台账\n"
    "plan:\n"
    "  title: 计划\n"
    "  start: 2021-01-01\n"
    "  due: 2021-12-31\n"
    "  categories: [抓常规]\n"
    "\n"
    "tasks:\n"
    "  - id: 1\n"
    "    category: 抓常规\n"
    "    title: 任务一\n"
    "    leaders: [何军]  # 分管\n"
    "    office: 基教股\n"
    "    updates:\n"
    "      - date: 2021-05-01\n"
    "        progress: 20\n"
    "\n"
    "  - id: 2\n"
    "    category: 抓常规\n"
    "    title: 任务二\n"
    "    leaders: [刘建新]\n"
    "    office: 人事股\n";

std::string with(std::string text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string crlf(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return out;
}

const std::string kUpdate0601 = "      - date: 2021-06-01\n        progress: 40\n";
const std::string kUpdate0701 = "      - date: 2021-07-01\n        progress: 60\n";

}  // namespace

TEST_CASE("updates added on both sides are all kept in date order, comments untouched") {
    std::string ours =
        with(kBase, "        progress: 20\n", "        progress: 20\n" + kUpdate0701);
    std::string theirs =
        with(kBase, "        progress: 20\n", "        progress: 20\n" + kUpdate0601);
    MergeResult r = merge_texts({kBase, ours, theirs});
    CHECK(r.conflicts.empty());
    CHECK(r.text == with(kBase, "        progress: 20\n",
                         "        progress: 20\n" + kUpdate0601 + kUpdate0701));
}

TEST_CASE("an update added identically on both sides appears once") {
    std::string both =
        with(kBase, "        progress: 20\n", "        progress: 20\n" + kUpdate0601);
    MergeResult r = merge_texts({kBase, both, both});
    CHECK(r.conflicts.empty());
    CHECK(r.text == both);
}

TEST_CASE("a field changed on one side takes that change; the other side's update stays") {
    std::string ours = with(kBase, "    office: 人事股\n", "    office: 人才中心\n");
    std::string theirs =
        with(kBase, "        progress: 20\n", "        progress: 20\n" + kUpdate0601);
    MergeResult r = merge_texts({kBase, ours, theirs});
    CHECK(r.conflicts.empty());
    CHECK(r.text == with(theirs, "    office: 人事股\n", "    office: 人才中心\n"));
}

TEST_CASE("a task without updates gets theirs, at ours' indentation") {
    std::string theirs =
        with(kBase, "    office: 人事股\n", "    office: 人事股\n    updates:\n" + kUpdate0601);
    std::string ours = with(kBase, "    title: 任务一\n", "    title: 任务一（修订）\n");
    MergeResult r = merge_texts({kBase, ours, theirs});
    CHECK(r.conflicts.empty());
    CHECK(r.text == with(theirs, "    title: 任务一\n", "    title: 任务一（修订）\n"));
}

TEST_CASE("the same field changed differently is marked at that field alone") {
    std::string ours = with(kBase, "    office: 基教股\n", "    office: 体卫股\n");
    std::string theirs = with(kBase, "    office: 基教股\n", "    office: 法制安全股\n");
    theirs = with(theirs, "    office: 人事股\n", "    office: 人才中心\n");
    MergeResult r = merge_texts({kBase, ours, theirs});
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0] == "第1项 office");
    std::string marked = with(ours, "    office: 体卫股\n",
                              "<<<<<<< ours\n    office: 体卫股\n=======\n"
                              "    office: 法制安全股\n>>>>>>> theirs\n");
    CHECK(r.text == with(marked, "    office: 人事股\n", "    office: 人才中心\n"));
}

TEST_CASE("CRLF files stay CRLF, with theirs' lines converted") {
    std::string ours = crlf(kBase);
    std::string theirs =
        with(kBase, "        progress: 20\n", "        progress: 20\n" + kUpdate0601);
    MergeResult r = merge_texts({crlf(kBase), ours, theirs});
    CHECK(r.text == crlf(theirs));
}

TEST_CASE("a task added by theirs goes in; one removed by theirs and untouched by ours goes") {
    std::string task3 =
        "\n  - id: 3\n    category: 抓常规\n    title: 任务三\n    leaders: [何军]\n"
        "    office: 基教股\n";
    std::string theirs = kBase + task3;
    MergeResult r = merge_texts({kBase, kBase, theirs});
    CHECK(r.text == theirs);
    std::string without2 = kBase.substr(0, kBase.find("\n  - id: 2")) + "\n";
    r = merge_texts({kBase, kBase, without2});
    CHECK(r.conflicts.empty());
    CHECK(load_plan(r.text, "m").tasks.size() == 1);
}

TEST_CASE("an input that does not load is an error naming it") {
    MergeInputs in{kBase, kBase, "plan:\n  title: x\n", "b", "o", "t"};
    CHECK_THROWS_WITH_AS(merge_texts(in), doctest::Contains("t:2:3: 'start:' is missing"), Error);
}

TEST_CASE("an empty base (both sides added the file) is a two-way merge keeping both sides") {
    std::string ours =
        with(kBase, "        progress: 20\n", "        progress: 20\n" + kUpdate0701);
    std::string theirs =
        with(kBase, "        progress: 20\n", "        progress: 20\n" + kUpdate0601);
    theirs +=
        "\n  - id: 3\n    category: 抓常规\n    title: 任务三\n    leaders: [何军]\n"
        "    office: 基教股\n";
    MergeResult r = merge_texts({"", ours, theirs});
    CHECK(r.conflicts.empty());
    Plan p = load_plan(r.text, "m");
    REQUIRE(p.tasks.size() == 3);
    CHECK(p.tasks[0].updates.size() == 3);  // the common one, ours' and theirs'
}

TEST_CASE("in a two-way merge, a key the sides hold differently is a conflict") {
    std::string theirs = with(kBase, "    office: 基教股\n", "    office: 人事股\n");
    MergeResult r = merge_texts({"\n", kBase, theirs});
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0] == "第1项 office");
    CHECK(r.text.find(
              "<<<<<<< ours\n    office: 基教股\n=======\n    office: 人事股\n>>>>>>> theirs") !=
          std::string::npos);
}

TEST_CASE("whole_file_conflict leaves both sides between markers that the loader refuses") {
    std::string text = whole_file_conflict(kBase, "broken: [", "theirs does not load");
    CHECK(
        text.rfind(
            "<<<<<<< ours: duban merge could not merge this file (theirs does not load)\n# 台账\n",
            0) == 0);
    CHECK(text.find("\n=======\nbroken: [\n>>>>>>> theirs\n") != std::string::npos);
    CHECK_THROWS_WITH_AS(load_plan(text, "t.yaml"),
                         doctest::Contains("t.yaml:1:1: line 1 holds an unresolved merge conflict "
                                           "(<<<<<<<); resolve it, then git add"),
                         Error);
}
