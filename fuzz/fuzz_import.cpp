// libFuzzer target: any bytes given to the importer either import or raise duban::Error, and
// what imports is written out as text that loads. The first byte picks the form the rest is
// read as (text, CSV, .docx, .xlsx, .xls), so one target covers every reader; seed it with
// the files of tests/fixtures/tables and the Office files the corpus script makes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "intake/import.h"
#include "model/error.h"
#include "store/load.h"
#include "store/save.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    static const char* const kNames[] = {"fuzz.txt", "fuzz.csv", "fuzz.docx", "fuzz.xlsx",
                                         "fuzz.xls"};
    const char* name = kNames[data[0] % 5];
    std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    duban::Plan plan;
    try {
        duban::ImportOptions options;
        options.year = 2021;
        plan = duban::import_table(bytes, name, options);
    } catch (const duban::Error&) {
        return 0;
    }
    // A plan import made must be written as a file that loads; anything else is a bug.
    try {
        duban::load_plan(duban::emit_plan(plan, duban::import_header_comment(plan)), "out.yaml");
    } catch (const duban::Error&) {
        std::abort();
    }
    return 0;
}
