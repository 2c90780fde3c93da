#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "history/git.h"
#include "model/error.h"

using namespace duban;
namespace fs = std::filesystem;

namespace {

// A throwaway repository with tasks.yaml committed twice (and a file beside it once), its
// folder removed at the end. Needs git, as duban's history commands do.
struct Repo {
    fs::path dir;
    Repo() {
        dir = fs::temp_directory_path() / ("duban-git-test-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir / "计划 2021");
        git({"init", "-q"});
        write("计划 2021/tasks.yaml", "v1\n");
        commit("第一版");
        write("other.txt", "x\n");
        commit("别的文件");
        write("计划 2021/tasks.yaml", "v2\n");
        commit("第二版");
    }
    ~Repo() { fs::remove_all(dir); }
    void write(const std::string& name, const std::string& text) {
        std::ofstream(dir / name, std::ios::binary) << text;
    }
    std::string git(const std::vector<std::string>& args) {
        std::vector<std::string> all = {
            "-c", "user.name=测试", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"};
        all.insert(all.end(), args.begin(), args.end());
        return run_git(dir.string(), all);
    }
    void commit(const std::string& message) {
        git({"add", "-A"});
        git({"commit", "-q", "-m", message});
    }
    GitFile tasks() { return locate_in_git((dir / "计划 2021" / "tasks.yaml").string()); }
};

}  // namespace

TEST_CASE("a file is found in its repository, by a path with spaces and Chinese") {
    Repo repo;
    GitFile f = repo.tasks();
    CHECK(fs::equivalent(f.root, repo.dir));
    CHECK(f.path == "计划 2021/tasks.yaml");
}

TEST_CASE("the file at a revision, and the commits that changed it, newest first") {
    Repo repo;
    GitFile f = repo.tasks();
    CHECK(file_at_revision(f, "HEAD") == "v2\n");
    CHECK(file_at_revision(f, "HEAD~2") == "v1\n");
    CHECK(resolve_revision(f, "HEAD").size() == 40);
    std::vector<Commit> commits = commits_touching(f, "");
    REQUIRE(commits.size() == 2);
    CHECK(commits[0].subject == "第二版");
    CHECK(commits[1].subject == "第一版");
    CHECK(commits[0].author == "测试");
    CHECK(commits[1].parents.empty());
    CHECK(commits[0].parents.size() == 1);
    CHECK(exists_at_revision(f, "HEAD"));
}

TEST_CASE("a revision that is not there is an error naming it") {
    Repo repo;
    GitFile f = repo.tasks();
    CHECK_THROWS_WITH_AS(resolve_revision(f, "v2099"), doctest::Contains("v2099"), Error);
    CHECK_THROWS_AS(file_at_revision(f, "no-such-branch"), Error);
    // Arguments go to git as they are, never through a shell.
    CHECK_THROWS_AS(resolve_revision(f, "HEAD; touch pwned"), Error);
    CHECK_FALSE(fs::exists(repo.dir / "pwned"));
    CHECK_FALSE(fs::exists("pwned"));
}

TEST_CASE("a folder outside any repository is an error") {
    fs::path outside = fs::temp_directory_path() / "duban-no-repo";
    fs::create_directories(outside);
    CHECK_THROWS_AS(locate_in_git((outside / "tasks.yaml").string()), Error);
    fs::remove_all(outside);
}
