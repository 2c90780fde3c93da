#include "cli/context.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "history/git.h"
#include "model/error.h"
#include "model/typed_input.h"
#include "store/load.h"
#include "store/read_file.h"
#include "text/i18n.h"

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
        _("no tasks.yaml here or in any parent folder; name one with -f FILE or $DUBAN_FILE,\n"
          "or make one from the official table with 'duban import TABLE -o tasks.yaml'"));
}

Date Context::as_of(const Plan& plan) const {
    Date d = today();
    if (!as_of_text.empty()) {
        Typed<Date> parsed = read_date(as_of_text, plan.start.year);
        if (!parsed) throw Error("--as-of: " + tr(parsed.problem, as_of_text), kExitUsage);
        return *parsed.value;
    }
    // A plan still being reported on after its due date (late closings) is judged up to its
    // last report, not frozen at the due date.
    Date last = plan.due;
    for (const auto& t : plan.tasks)
        for (const auto& u : t.updates) last = std::max(last, u.date);
    if (d > last) d = last;
    return d < plan.start ? plan.start : d;
}

bool Context::colour_stdout() const {
    return term::colour_enabled(colour, STDOUT_FILENO);
}

Loaded load(const Context& ctx) {
    Loaded out;
    out.path = ctx.resolve_file();
    if (!ctx.rev.empty()) {
        GitFile file = locate_in_git(out.path);
        const std::string text = file_at_revision(file, ctx.rev);
        out.path = file.path + "@" + ctx.rev;
        out.plan = load_plan(text, out.path);
        return out;
    }
    // Mapped, not copied: the pages read are let go as the load goes, so that a large plan is
    // never held twice, as text and as a plan.
    const MappedFile file = map_file(out.path);
    out.plan = load_plan(file, out.path);
    return out;
}

void refuse_rev(const Context& ctx, const std::string& command) {
    if (ctx.rev.empty()) return;
    throw Error(tr(N_("{0} writes files and cannot work on an old version (--rev {1}); run it "
                      "without --rev"),
                   command, ctx.rev),
                kExitUsage);
}

}  // namespace duban::cli
