// duban merge: git's merge driver for tasks.yaml, task by task and field by field.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "history/merge.h"
#include "model/error.h"
#include "store/atomic_file.h"
#include "store/load.h"
#include "store/read_file.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

struct MergeOptions {
    std::string base, ours, theirs;
    std::string output;  // default: OURS, as git's %A requires
    std::string name;    // the file's name in messages (git's %P)
};

int run_merge(const MergeOptions& o, const Context& ctx) {
    refuse_rev(ctx, "merge");
    std::string base = read_file(o.base), ours = read_file(o.ours), theirs = read_file(o.theirs);
    std::string name = o.name.empty() ? o.ours : o.name;
    MergeInputs in{base, ours, theirs, name + " (base)", name + " (ours)", name + " (theirs)"};
    std::string output = o.output.empty() ? o.ours : o.output;
    MergeResult r;
    try {
        r = merge_texts(in);
    } catch (const Error& e) {
        // Left as it was, OURS would look merged to git's user, and `git add` would drop
        // THEIRS: leave both sides between markers instead, which duban refuses to load.
        std::string why = e.what();
        write_file_atomic(output, whole_file_conflict(ours, theirs, why.substr(0, why.find('\n'))));
        throw Error(tr(N_("{0}\nduban merge: left both sides of {1} between conflict markers "
                          "in {2}; resolve them, then git add"),
                       e.what(), name, output),
                    e.exit_code());
    }
    write_file_atomic(output, r.text);
    if (r.conflicts.empty()) return kExitOk;
    std::cerr << tr(r.conflicts.size() == 1
                        ? N_("duban merge: {0} conflict in {1}, marked with <<<<<<< ours and "
                             ">>>>>>> theirs:\n")
                        : N_("duban merge: {0} conflicts in {1}, marked with <<<<<<< ours and "
                             ">>>>>>> theirs:\n"),
                    r.conflicts.size(), name);
    for (const auto& c : r.conflicts) std::cerr << "  " << c << "\n";
    return kExitFound;
}

}  // namespace

Command setup_merge(CLI::App& app) {
    auto o = std::make_shared<MergeOptions>();
    CLI::App* cmd = app.add_subcommand(
        "merge", _("Three-way merge of tasks.yaml by task and field (git's merge driver)"));
    cmd->add_option("BASE", o->base, _("the common ancestor (git's %O)"))->required();
    cmd->add_option("OURS", o->ours, _("our version, overwritten with the result (git's %A)"))
        ->required();
    cmd->add_option("THEIRS", o->theirs, _("their version (git's %B)"))->required();
    cmd->add_option("-o,--output", o->output, _("write the result here instead of into OURS"));
    cmd->add_option("--name", o->name, _("the file's name for messages (git's %P)"));
    cmd->footer(
        _("Updates added on both sides are all kept, in date order; a field changed on one side\n"
          "takes that change. The same field changed differently on both sides gets conflict\n"
          "markers around that field alone.\n"
          "An empty BASE (both branches added the file) makes it a two-way merge: everything\n"
          "either side holds alone is kept, and what the sides hold differently is a conflict.\n"
          "Exit status: 0 merged cleanly, 1 conflicts were marked, 3 an input does not load:\n"
          "both sides are then written whole between conflict markers, for a person to resolve.\n"
          "Example (what 'duban git-setup' registers):\n"
          "  git config merge.duban.driver 'duban merge %O %A %B --name %P'"));
    return {cmd, [o](const Context& ctx) { return run_merge(*o, ctx); }};
}

}  // namespace duban::cli
