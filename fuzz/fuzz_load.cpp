// libFuzzer target: any bytes given to the loader either load or raise duban::Error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "judge/check.h"
#include "model/error.h"
#include "store/load.h"
#include "judge/pace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        duban::Plan plan = duban::load_plan(text, "fuzz.yaml");
        // What loads must also survive everything that reads a plan.
        duban::check_plan(plan);
        for (const auto& t : plan.tasks) duban::judge(plan, t, plan.due);
    } catch (const duban::Error&) {
    }
    return 0;
}
