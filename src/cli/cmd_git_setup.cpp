// duban git-setup: register the merge driver and diff hunk headers for the tasks file.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "history/git.h"
#include "model/error.h"
#include "store/atomic_file.h"
#include "store/load.h"

namespace duban::cli {

namespace {

namespace fs = std::filesystem;

// The git config that makes git merge tasks.yaml with duban, and show the task's id line in
// the header of each diff hunk.
const std::vector<std::pair<std::string, std::string>> kConfig = {
    {"merge.duban.name", "duban: merge tasks.yaml task by task"},
    {"merge.duban.driver", "duban merge %O %A %B --name %P"},
    {"diff.duban.xfuncname", "^[ \t]*- id:.*$"},
};

bool has_line(const std::string& text, const std::string& line) {
    size_t from = 0;
    while (from <= text.size()) {
        size_t nl = text.find('\n', from);
        std::string l = text.substr(from, nl == std::string::npos ? std::string::npos : nl - from);
        if (!l.empty() && l.back() == '\r') l.pop_back();
        if (l == line) return true;
        if (nl == std::string::npos) break;
        from = nl + 1;
    }
    return false;
}

void set_attributes(const GitFile& file) {
    std::string path = (fs::path(file.root) / ".gitattributes").string();
    std::string line = "/" + file.path + " merge=duban diff=duban";
    std::string text = fs::exists(path) ? read_file(path) : std::string();
    if (has_line(text, line)) {
        std::cout << fmt::format(".gitattributes already has: {}\n", line);
        return;
    }
    if (!text.empty() && text.back() != '\n') text += "\n";
    write_file_atomic(path, text + line + "\n");
    std::cout << fmt::format(".gitattributes: added {}\n", line);
}

void set_config(const GitFile& file) {
    for (const auto& [key, value] : kConfig) {
        std::string now = run_git(file.root, {"config", "--local", "--get", key}, true);
        if (!now.empty() && now.back() == '\n') now.pop_back();
        if (now == value) {
            std::cout << fmt::format("git config {} already set\n", key);
            continue;
        }
        run_git(file.root, {"config", "--local", key, value});
        std::cout << fmt::format("git config {} = {}\n", key, value);
    }
}

int run_git_setup(const Context& ctx) {
    refuse_rev(ctx, "git-setup");
    GitFile file = locate_in_git(ctx.resolve_file());
    set_attributes(file);
    set_config(file);
    return kExitOk;
}

}  // namespace

Command setup_git_setup(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand(
        "git-setup", "Make git merge tasks.yaml with duban merge (run once per clone)");
    cmd->footer(
        "Adds '/PATH merge=duban diff=duban' to the repository's .gitattributes (commit it) and\n"
        "sets merge.duban.* and diff.duban.xfuncname in this clone's .git/config. Running it\n"
        "again changes nothing. 'duban' must be on PATH when git merges.\n"
        "Example:\n  duban git-setup && git add .gitattributes && git commit -m 'merge with "
        "duban'");
    return {cmd, [](const Context& ctx) { return run_git_setup(ctx); }};
}

}  // namespace duban::cli
