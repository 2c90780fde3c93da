// What every subcommand shares: the global options and how they resolve. main fills a Context
// while parsing; commands receive it read-only.
#pragma once

#include <string>

#include "model/date.h"
#include "model/plan.h"
#include "term/colour.h"

namespace duban::cli {

struct Context {
    std::string file;        // -f; empty: $DUBAN_FILE, then tasks.yaml here or in a parent
    std::string as_of_text;  // --as-of; empty: today
    std::string rev;         // --rev; empty: the file as it is now
    term::ColourMode colour = term::ColourMode::Auto;

    // The tasks file to use: -f, else $DUBAN_FILE, else tasks.yaml in the current folder or
    // the nearest parent that has one. Throws Error when there is none.
    std::string resolve_file() const;
    // The date judgements are made at: --as-of, else today, but not before the plan starts
    // and not after the later of its due date and its last update. Throws Error (usage) on a
    // bad --as-of.
    Date as_of(const Plan& plan) const;
    // Whether standard output gets colour.
    bool colour_stdout() const;
};

// A plan with the file it came from.
struct Loaded {
    std::string path;
    Plan plan;
};

// Reads and strictly loads the context's tasks file, or with --rev the file as it stood at that
// revision of the git repository holding it; `path` is then "file@rev", the name errors and
// reports show. Throws Error naming file, line, column, or the revision that does not exist.
Loaded load(const Context& ctx);

// Throws a usage Error when --rev was given: `command` writes files, and an old version of the
// tasks file is not something to write to.
void refuse_rev(const Context& ctx, const std::string& command);

}  // namespace duban::cli
