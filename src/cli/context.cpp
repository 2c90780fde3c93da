#include "cli/context.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "core/error.h"
#include "core/load.h"

namespace duban::cli {

namespace fs = std::filesystem;

std::string Context::resolve_file() const {
    if (!file.empty()) return file;
    if (const char* env = std::getenv("DUBAN_FILE"); env && *env) return env;
    // Named relative to the current folder (tasks.yaml, ../tasks.yaml), as git names files,
    // so that messages stay short and transcripts do not depend on where a checkout lives.
    std::error_code ec;
    fs::path up;
    for (fs::path dir = fs::current_path(ec); !dir.empty(); dir = dir.parent_path()) {
        if (fs::exists(dir / "tasks.yaml", ec)) return (up / "tasks.yaml").string();
        if (dir == dir.root_path()) break;
        up /= "..";
    }
    throw Error(
        "no tasks.yaml here or in any parent folder; name one with -f FILE or $DUBAN_FILE,\n"
        "or make one from the official table with 'duban import TABLE -o tasks.yaml'");
}

Date Context::as_of(const Plan& plan) const {
    Date d = today();
    if (!as_of_text.empty()) {
        auto parsed = parse_date(as_of_text);
        if (!parsed)
            throw Error("--as-of takes a date as YYYY-MM-DD, not '" + as_of_text + "'",
                        kExitUsage);
        return *parsed;
    }
    if (d < plan.start) return plan.start;
    if (d > plan.due) return plan.due;
    return d;
}

bool Context::colour_stdout() const { return term::colour_enabled(colour, STDOUT_FILENO); }

Loaded load(const Context& ctx) {
    Loaded out;
    out.path = ctx.resolve_file();
    out.text = read_file(out.path);
    out.plan = load_plan(out.text, out.path);
    return out;
}

}  // namespace duban::cli
