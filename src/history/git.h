// Reading tasks.yaml's history from git: the file at a revision, and the commits that touched
// it. git is run as a child process with an argument vector, never through a shell.
#pragma once

#include <string>
#include <vector>

namespace duban {

// A file seen from the git repository that holds it.
struct GitFile {
    std::string root;     // the repository's top folder
    std::string path;     // the file's path inside the repository, with '/' separators
    std::string display;  // the file's name as the user gave it, for messages
};

// The repository holding `path` (which need not exist in the working tree, but its folder
// must). Throws Error when the folder is not inside a git repository or git cannot be run.
GitFile locate_in_git(const std::string& path);

// The full hash of `rev` (a commit, tag, branch or expression such as HEAD~2). Throws Error
// naming the revision and the repository when it does not name a commit.
std::string resolve_revision(const GitFile& file, const std::string& rev);

// The file's bytes as they stood at `rev`. Throws Error when the revision does not exist or the
// file was not in it.
std::string file_at_revision(const GitFile& file, const std::string& rev);

// Whether the file existed at `rev`, which must exist.
bool exists_at_revision(const GitFile& file, const std::string& rev);

// A commit that changed the file.
struct Commit {
    std::string hash;
    std::vector<std::string> parents;  // full hashes; empty for a root commit
    std::string author;
    std::string email;
    std::string date;  // author date, ISO 8601 with its zone
    std::string subject;
};

// The non-merge commits reachable from `rev` (HEAD when empty) that changed the file, newest
// first. Merges are left out: what a merge brings in is shown by the commits it merges.
std::vector<Commit> commits_touching(const GitFile& file, const std::string& rev);

// Runs git with `args` in folder `dir` and returns its standard output. Throws Error with git's
// own message when it exits non-zero. `allow_status_1` lets exit status 1 through (returning
// the output), for commands such as `git config --get` that use it to say "nothing".
std::string run_git(const std::string& dir, const std::vector<std::string>& args,
                    bool allow_status_1 = false);

}  // namespace duban
