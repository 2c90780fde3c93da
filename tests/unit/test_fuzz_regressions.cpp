// Every input the fuzzers (fuzz/) ever crashed, leaked or hung on stays here as a test: it must
// now load or import, or be refused with an Error, and nothing else.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "judge/check.h"
#include "model/error.h"
#include "intake/import.h"
#include "store/load.h"
#include "judge/pace.h"
#include "store/save.h"

using namespace duban;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs(const char* kind) {
    std::vector<fs::path> out;
    for (const auto& e :
         fs::directory_iterator(fs::path(DUBAN_SOURCE_DIR) / "tests" / "fuzz-regressions" / kind))
        out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("loader regressions load or are refused with an Error") {
    auto files = inputs("load");
    CHECK(!files.empty());
    for (const auto& f : files) {
        CAPTURE(f.string());
        try {
            Plan p = load_plan(read_file(f.string()), "fuzz.yaml");
            check_plan(p);
            for (const auto& t : p.tasks) judge(p, t, p.due);
        } catch (const Error&) {
        }
    }
}

TEST_CASE("importer regressions import into a plan that loads, or are refused") {
    auto files = inputs("import");
    CHECK(!files.empty());
    for (const auto& f : files) {
        CAPTURE(f.string());
        Plan p;
        try {
            ImportOptions o;
            o.year = 2021;
            p = import_table(read_file(f.string()), f.filename().string(), o);
        } catch (const Error&) {
            continue;
        }
        CHECK_NOTHROW(load_plan(emit_plan(p, import_header_comment(p)), "out.yaml"));
    }
}
