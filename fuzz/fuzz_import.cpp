// libFuzzer target: any bytes given to the importer either import or raise duban::Error, and
// what imports is written out as text that loads.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/error.h"
#include "intake/import.h"
#include "store/load.h"
#include "store/save.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    duban::Plan plan;
    try {
        duban::ImportOptions options;
        options.year = 2021;
        plan = duban::import_table(bytes, "fuzz.txt", options);
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
