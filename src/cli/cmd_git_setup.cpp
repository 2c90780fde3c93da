// duban git-setup: register the merge driver and diff hunk headers for the tasks file.
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "history/git.h"
#include "model/error.h"
#include "store/atomic_file.h"
#include "store/load.h"
#include "store/paths.h"
#include "store/read_file.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

namespace fs = std::filesystem;

// `word` as one word for the shell git runs the driver with.
std::string shell_quote(const std::string& word) {
    if (!word.empty() &&
        word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                               "/._+-,:@") == std::string::npos)
        return word;
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// The .gitattributes pattern that matches exactly the file at `path` (relative to the
// repository's top, '/'-separated): glob characters escaped, and the whole pattern quoted in
// C style (git's rule for patterns that begin with a double quote) when it holds a space, a
// quote, a backslash or a control character, which an unquoted pattern cannot carry.
std::string attributes_pattern(const std::string& path) {
    std::string glob = "/";
    for (char c : path) {
        if (std::string_view("*?[\\").find(c) != std::string_view::npos) glob += '\\';
        glob += c;
    }
    bool plain = glob.find_first_of(" \t\"\\") == std::string::npos &&
                 std::none_of(glob.begin(), glob.end(),
                              [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    if (plain) return glob;
    std::string out = "\"";
    for (char c : glob) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out += std::string("\\") + c;
        else if (u < 0x20 || u == 0x7F)
            out += fmt::format("\\{:03o}", u);
        else
            out += c;
    }
    return out + "\"";
}

// The merge driver as git runs it, through the shell: this very binary by its absolute path,
// so that merges work whether or not duban is on PATH (scripts/run.sh does not put it there).
// Throws Error when that path cannot be known.
std::string driver_command() {
    std::string exe = executable_path();
    if (exe.empty() || (exe.size() > 10 && exe.compare(exe.size() - 10, 10, " (deleted)") == 0) ||
        ::access(exe.c_str(), X_OK) != 0)
        throw Error(
            tr(N_("git-setup: cannot tell where this duban's program file is ({0}), so it cannot "
                  "register a merge driver that git can run; nothing was changed. Run git-setup "
                  "with an installed duban"),
               exe.empty() ? std::string(_("/proc/self/exe cannot be read"))
                           : tr(N_("'{0}' is gone"), exe)));
    return shell_quote(exe) + " merge %O %A %B --name %P";
}

// The git config that makes git merge tasks.yaml with duban, and show the task's id line in
// the header of each diff hunk.
std::vector<std::pair<std::string, std::string>> wanted_config() {
    return {
        {"merge.duban.name", "duban: merge tasks.yaml task by task"},
        {"merge.duban.driver", driver_command()},
        {"diff.duban.xfuncname", "^[ \t]*- id:.*$"},
    };
}

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
    std::string line = attributes_pattern(file.path) + " merge=duban diff=duban";
    std::error_code ec;
    std::string text = fs::exists(path, ec) ? read_file(path) : std::string();
    if (has_line(text, line)) {
        std::cout << tr(N_(".gitattributes already has: {0}\n"), line);
        return;
    }
    if (!text.empty() && text.back() != '\n') text += "\n";
    write_file_atomic(path, text + line + "\n");
    std::cout << tr(N_(".gitattributes: added {0}\n"), line);
}

void set_config(const GitFile& file) {
    for (const auto& [key, value] : wanted_config()) {
        std::string now = run_git(file.root, {"config", "--local", "--get", key}, true);
        if (!now.empty() && now.back() == '\n') now.pop_back();
        if (now == value) {
            std::cout << tr(N_("git config {0} already set\n"), key);
            continue;
        }
        run_git(file.root, {"config", "--local", key, value});
        std::cout << (now.empty() ? tr(N_("git config {0} = {1}\n"), key, value)
                                  : tr(N_("git config {0} = {1} (was: {2})\n"), key, value, now));
    }
}

// Asks git whether the file now merges and diffs with duban, so that git-setup never says it
// did what git will not do (a later line of .gitattributes or .git/info/attributes may
// override ours).
void confirm(const GitFile& file) {
    std::string out = run_git(file.root, {"check-attr", "-z", "merge", "diff", "--", file.path});
    std::vector<std::string> fields;
    for (size_t at = 0, nul; (nul = out.find('\0', at)) != std::string::npos; at = nul + 1)
        fields.push_back(out.substr(at, nul - at));
    for (size_t i = 0; i + 2 < fields.size(); i += 3)
        if (fields[i + 2] != "duban")
            throw Error(
                tr(N_("git-setup: git still gives {0} {1}={2} although .gitattributes now says "
                      "{3}=duban: another line of .gitattributes or .git/info/attributes overrides "
                      "it; remove that line and run git-setup again"),
                   file.path, fields[i + 1], fields[i + 2], fields[i + 1]));
    std::cout << tr(N_("git merges and diffs {0} with duban\n"), file.path);
}

int run_git_setup(const Context& ctx) {
    refuse_rev(ctx, "git-setup");
    GitFile file = locate_in_git(ctx.resolve_file());
    set_config(file);
    set_attributes(file);
    confirm(file);
    return kExitOk;
}

}  // namespace

Command setup_git_setup(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand(
        "git-setup", _("Make git merge tasks.yaml with duban merge (run once per clone)"));
    cmd->footer(
        _("Adds '/PATH merge=duban diff=duban' to the repository's .gitattributes (commit it) and\n"
          "sets merge.duban.* and diff.duban.xfuncname in this clone's .git/config. The driver\n"
          "is this duban by its absolute path, so it works without duban on PATH; run git-setup\n"
          "again after moving duban. Running it again otherwise changes nothing.\n"
          "Example:\n  duban git-setup && git add .gitattributes && git commit -m 'merge with "
          "duban'"));
    return {cmd, [](const Context& ctx) { return run_git_setup(ctx); }};
}

}  // namespace duban::cli
