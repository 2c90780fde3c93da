// duban diff: what changed between two versions of the plan, in task terms.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "history/diff_render.h"
#include "history/git.h"
#include "model/error.h"
#include "store/load.h"
#include "store/read_file.h"
#include "text/control.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

struct DiffOptions {
    std::vector<std::string> versions;
    std::string format = "text";
};

struct Version {
    std::string name;
    Plan plan;
};

Version from_file(const std::string& path, const std::string& label) {
    return {label, load_plan(read_file(path), path)};
}

Version from_revision(const GitFile& file, const std::string& rev) {
    std::string name = file.path + "@" + rev;
    return {name, load_plan(file_at_revision(file, rev), name)};
}

// The two versions the arguments name: two files; REV1..REV2 (either side HEAD when left out);
// REV against the working file; nothing: HEAD against the working file.
std::pair<Version, Version> versions(const DiffOptions& o, const Context& ctx) {
    if (o.versions.size() == 2)
        return {from_file(o.versions[0], o.versions[0]), from_file(o.versions[1], o.versions[1])};
    if (o.versions.size() > 2)
        throw Error(_("diff takes OLD NEW files, one revision, or REV1..REV2"), kExitUsage);
    std::string path = ctx.resolve_file();
    GitFile file = locate_in_git(path);
    std::string rev = o.versions.empty() ? "HEAD" : o.versions[0];
    if (size_t dots = rev.find(".."); dots != std::string::npos) {
        std::string a = rev.substr(0, dots), b = rev.substr(dots + 2);
        return {from_revision(file, a.empty() ? "HEAD" : a),
                from_revision(file, b.empty() ? "HEAD" : b)};
    }
    return {from_revision(file, rev), from_file(path, file.path)};
}

int run_diff(const DiffOptions& o, const Context& ctx) {
    if (!ctx.rev.empty())
        throw Error(_("diff names its versions itself: duban diff REV1..REV2, not --rev"),
                    kExitUsage);
    auto [before, after] = versions(o, ctx);
    PlanDiff d = diff_plans(before.plan, after.plan);
    std::string title = before.name + " → " + after.name;
    if (o.format == "json") {
        Json j = {{"old", before.name}, {"new", after.name}, {"summary", diff_summary(d)}};
        j.update(diff_json(d));
        std::cout << dump(j);
    } else if (o.format == "md") {
        std::cout << escape_controls("### " + title + "\n\n" + diff_summary(d) + "\n" +
                                     diff_markdown(d));
    } else {
        std::cout << escape_controls(title + "：" + diff_summary(d) + "\n" + diff_text(d));
    }
    return d.empty() ? kExitOk : kExitFound;
}

}  // namespace

Command setup_diff(CLI::App& app) {
    auto o = std::make_shared<DiffOptions>();
    CLI::App* cmd = app.add_subcommand(
        "diff", _("What changed between two versions of the plan: tasks, fields, updates"));
    cmd->add_option("VERSIONS", o->versions,
                    _("OLD NEW (two files), REV (against the file as it is), or REV1..REV2; "
                      "none: HEAD against the file as it is"));
    cmd->add_option("--format", o->format, _("text (default), md (for a pull request) or json"))
        ->check(CLI::IsMember({"text", "md", "json"}));
    cmd->footer(
        _("Revisions are read with git from the repository that holds the tasks file.\n"
          "Exit status: 0 no changes, 1 changes, 2 bad arguments, 3 a version does not load.\n"
          "Examples:\n"
          "  duban diff                       what the working file changes against HEAD\n"
          "  duban diff v2021-06..v2021-08    between two tags\n"
          "  duban diff old.yaml tasks.yaml --format md"));
    return {cmd, [o](const Context& ctx) { return run_diff(*o, ctx); }};
}

}  // namespace duban::cli
