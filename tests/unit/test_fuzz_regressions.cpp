// Every input the fuzzers (fuzz/) ever crashed, leaked or hung on stays here as a test, with
// the outcome it must have now: it loads (or imports) into so many tasks, or it is refused with
// an Error whose message holds the given words. A file in tests/fuzz-regressions without an
// outcome below fails the test, so a new regression cannot be added without saying what it
// must do.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "intake/import.h"
#include "judge/check.h"
#include "judge/pace.h"
#include "model/error.h"
#include "store/load.h"
#include "store/read_file.h"
#include "store/save.h"

using namespace duban;
namespace fs = std::filesystem;

namespace {

// How many tasks the file gives, or (tasks < 0) the words its refusal must hold.
struct Outcome {
    int tasks = -1;
    const char* refusal = "";
};

const std::map<std::string, Outcome> kLoad = {
    {"error-on-line-past-the-end", {-1, "error-on-line-past-the-end:4:1: did not find expected"}},
    {"leak-on-syntax-error", {-1, "leak-on-syntax-error:1:1: control characters are not allowed"}},
    {"many-dispatch-rounds", {3}},
    {"unclosed-flow-at-end", {-1, "unclosed-flow-at-end:2:1: did not find expected node content"}},
};

const std::map<std::string, Outcome> kImport = {
    {"control-characters-in-prose.txt", {-1, "the control character \\x00"}},
    {"csv-without-title.csv", {1}},
    {"header-without-office-column.csv", {-1, "header-without-office-column.csv: no task table"}},
    {"xls-directory-name-too-long.xls",
     {-1, "xls-directory-name-too-long.xls: not a readable Excel 97–2003 workbook (.xls)"}},
};

std::vector<fs::path> inputs(const char* kind) {
    std::vector<fs::path> out;
    for (const auto& e :
         fs::directory_iterator(fs::path(DUBAN_SOURCE_DIR) / "tests" / "fuzz-regressions" / kind))
        out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// Runs `attempt` (which returns the number of tasks) and checks it against `expected`.
template <typename F>
void check_outcome(const Outcome& expected, F attempt) {
    try {
        const int tasks = attempt();
        CHECK_MESSAGE(expected.tasks == tasks, "expected a refusal holding: ", expected.refusal);
    } catch (const Error& e) {
        CHECK_MESSAGE(expected.tasks < 0, "refused: ", e.what());
        CHECK_MESSAGE(std::string(e.what()).find(expected.refusal) != std::string::npos,
                      "the refusal reads: ", e.what());
    }
}

}  // namespace

TEST_CASE("each loader regression has its outcome: so many tasks, or this refusal") {
    auto files = inputs("load");
    CHECK(files.size() == kLoad.size());
    for (const auto& f : files) {
        const std::string name = f.filename().string();
        CAPTURE(name);
        auto expected = kLoad.find(name);
        REQUIRE_MESSAGE(expected != kLoad.end(), "no outcome for ", name);
        check_outcome(expected->second, [&] {
            Plan p = load_plan(read_file(f.string()), name);
            check_plan(p);
            for (const auto& t : p.tasks) judge(p, t, p.due);
            return int(p.tasks.size());
        });
    }
}

TEST_CASE("each importer regression has its outcome, and what it imports loads again") {
    auto files = inputs("import");
    CHECK(files.size() == kImport.size());
    for (const auto& f : files) {
        const std::string name = f.filename().string();
        CAPTURE(name);
        auto expected = kImport.find(name);
        REQUIRE_MESSAGE(expected != kImport.end(), "no outcome for ", name);
        check_outcome(expected->second, [&] {
            ImportOptions o;
            o.year = 2021;
            Plan p = import_table(read_file(f.string()), name, o);
            Plan again = load_plan(emit_plan(p, import_header_comment(p)), "out.yaml");
            CHECK(again.tasks.size() == p.tasks.size());
            return int(p.tasks.size());
        });
    }
}
