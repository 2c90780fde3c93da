#include "history/git.h"

#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "model/error.h"
#include "text/i18n.h"

extern char** environ;

namespace duban {

namespace {

namespace fs = std::filesystem;

struct Output {
    int status = 0;
    std::string out;
    std::string err;
};

// Reads both pipes until both close; polling both keeps a chatty stderr from blocking git
// while we wait on stdout.
void drain(int out_fd, int err_fd, Output& o) {
    pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    std::string* into[2] = {&o.out, &o.err};
    int open = 2;
    char buf[65536];
    while (open > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                into[i]->append(buf, static_cast<size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
}

Output spawn_git(const std::string& dir, const std::vector<std::string>& args) {
    std::vector<std::string> full = {"git", "-C", dir};
    full.insert(full.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : full) argv.push_back(a.data());
    argv.push_back(nullptr);

    int out_pipe[2], err_pipe[2];
    if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0)
        throw Error(tr(N_("cannot run git: {0}"), std::strerror(errno)));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]})
        posix_spawn_file_actions_addclose(&actions, fd);
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out_pipe[1]);
    close(err_pipe[1]);
    Output o;
    if (rc != 0) {
        close(out_pipe[0]);
        close(err_pipe[0]);
        throw Error(tr(N_("cannot run git: {0}"), std::strerror(rc)));
    }
    drain(out_pipe[0], err_pipe[0], o);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    o.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    if (o.status == 127) throw Error(_("cannot run git: is it installed and on PATH?"));
    return o;
}

std::string chomp(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    size_t from = 0;
    for (size_t at; (at = s.find(sep, from)) != std::string::npos; from = at + 1)
        out.push_back(s.substr(from, at - from));
    out.push_back(s.substr(from));
    return out;
}

}  // namespace

std::string run_git(const std::string& dir, const std::vector<std::string>& args,
                    bool allow_status_1) {
    Output o = spawn_git(dir, args);
    if (o.status == 0 || (allow_status_1 && o.status == 1)) return o.out;
    std::string message = chomp(o.err);
    if (message.rfind("fatal: ", 0) == 0) message = message.substr(7);
    throw Error(tr(N_("git {0} failed: {1}"), args.empty() ? "" : args[0], message));
}

GitFile locate_in_git(const std::string& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    fs::path dir = fs::weakly_canonical(absolute.parent_path(), ec);
    if (ec || !fs::is_directory(dir, ec))
        throw Error(
            tr(N_("{0}: its folder {1} does not exist"), path, absolute.parent_path().string()));
    Output o = spawn_git(dir.string(), {"rev-parse", "--show-toplevel"});
    if (o.status != 0)
        throw Error(
            tr(N_("{0}: not inside a git repository, so it has no revisions to read\n"
                  "hint: 'git init' in its folder starts one; 'duban git-setup' then registers the "
                  "merge driver"),
               path));
    GitFile f;
    f.root = chomp(o.out);
    f.path = fs::relative(dir / absolute.filename(), fs::path(f.root), ec).generic_string();
    if (ec)
        throw Error(tr(N_("{0}: cannot place it inside the repository at {1}: {2}"), path, f.root,
                       ec.message()));
    f.display = path;
    return f;
}

std::string resolve_revision(const GitFile& file, const std::string& rev) {
    // "--end-of-options" is not needed: rev-parse --verify takes exactly one argument, and a
    // revision starting with '-' is refused here so git never reads it as an option.
    Output o = rev.empty() || rev[0] == '-'
                   ? Output{1, "", ""}
                   : spawn_git(file.root, {"rev-parse", "--verify", "--quiet", rev + "^{commit}"});
    if (o.status != 0)
        throw Error(tr(N_("{0}: revision '{1}' does not exist in the repository at {2}"), file.path,
                       rev, file.root));
    return chomp(o.out);
}

std::string file_at_revision(const GitFile& file, const std::string& rev) {
    std::string hash = resolve_revision(file, rev);
    Output o = spawn_git(file.root, {"cat-file", "blob", hash + ":" + file.path});
    if (o.status != 0)
        throw Error(tr(N_("{0}: the file is not in revision '{1}' of the repository at {2}"),
                       file.path, rev, file.root));
    return o.out;
}

bool exists_at_revision(const GitFile& file, const std::string& rev) {
    return spawn_git(file.root, {"cat-file", "-e", resolve_revision(file, rev) + ":" + file.path})
               .status == 0;
}

std::vector<Commit> commits_touching(const GitFile& file, const std::string& rev) {
    std::string start = rev.empty() ? "HEAD" : resolve_revision(file, rev);
    if (rev.empty() && spawn_git(file.root, {"rev-parse", "--verify", "--quiet", "HEAD"}).status)
        return {};  // a repository with no commits yet has no history
    std::string out = run_git(
        file.root, {"log", "--no-merges", "-z", "--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%s",
                    start, "--", file.path});
    std::vector<Commit> commits;
    for (const std::string& record : split(out, '\0')) {
        std::vector<std::string> f = split(chomp(record), '\x1f');
        if (f.size() != 6) continue;
        Commit c{f[0], {}, f[2], f[3], f[4], f[5]};
        if (!f[1].empty()) c.parents = split(f[1], ' ');
        commits.push_back(std::move(c));
    }
    return commits;
}

}  // namespace duban
