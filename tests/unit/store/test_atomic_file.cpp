#include "store/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <cerrno>
#include <filesystem>
#include <string>
#include <vector>

#include "model/error.h"
#include "store/load.h"
#include "store/read_file.h"
#include "store/replace.h"

using namespace duban;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temp folder, removed with everything in it at the end.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "duban-atomic-XXXXXX").string();
        std::vector<char> name(tmpl.begin(), tmpl.end());
        name.push_back('\0');
        path = ::mkdtemp(name.data());
    }
    ~TempDir() { fs::remove_all(path); }
    std::vector<std::string> entries() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename());
        return out;
    }
};

void write_plain(const fs::path& p, const std::string& bytes) {
    FILE* f = std::fopen(p.c_str(), "wb");
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
}

}  // namespace

TEST_CASE("a write that fails halfway leaves the original byte for byte, and no temp file") {
    TempDir dir;
    const fs::path file = dir.path / "tasks.yaml";
    const std::string original = "plan:\r\n  title: 原文\r\n";
    write_plain(file, original);
    ::chmod(file.c_str(), 0640);
    const std::string replacement(100000, 'x');
    size_t written = 0;
    // Like a disk that fills up: half the bytes go in, then ENOSPC.
    WriteStep half_then_full = [&](int fd, std::string_view bytes) {
        written = static_cast<size_t>(::write(fd, bytes.data(), bytes.size() / 2));
        errno = ENOSPC;
        return false;
    };
    CHECK_THROWS_WITH(write_file_atomic(file.string(), replacement, half_then_full),
                      doctest::Contains("cannot write: No space left on device; the file is "
                                        "unchanged"));
    CHECK(written == replacement.size() / 2);
    CHECK(read_file(file.string()) == original);
    CHECK(dir.entries() == std::vector<std::string>{"tasks.yaml"});
}

TEST_CASE("a successful write replaces the file and keeps its permissions") {
    TempDir dir;
    const fs::path file = dir.path / "tasks.yaml";
    write_plain(file, "old\n");
    ::chmod(file.c_str(), 0640);
    write_file_atomic(file.string(), "new\n");
    CHECK(read_file(file.string()) == "new\n");
    struct stat st {};
    ::stat(file.c_str(), &st);
    CHECK((st.st_mode & 07777) == 0640);
    CHECK(dir.entries() == std::vector<std::string>{"tasks.yaml"});
}

TEST_CASE("a second writer waits for the lock and gives up with a clear message") {
    TempDir dir;
    const std::string file = (dir.path / "tasks.yaml").string();
    write_plain(file, "x\n");
    {
        WriteLock first(file);
        CHECK_THROWS_WITH(WriteLock(file, 50),
                          (file + ": another duban is still writing it (waited 0 s); the file "
                                  "is unchanged")
                              .c_str());
    }
    // Released with the first lock: the next writer gets it at once.
    CHECK_NOTHROW(WriteLock(file, 0));
}

TEST_CASE("a file read is replaced by its new version given in parts, unless it changed since") {
    TempDir dir;
    const fs::path file = dir.path / "tasks.yaml";
    write_plain(file, "一\n二\n三\n");
    FileContents before = read_file_stat(file.string());
    const std::string added = "二点五\n";
    const std::string_view text = before.bytes;
    REQUIRE(
        replace_file_as_read(file.string(), before, {text.substr(0, 8), added, text.substr(8)}));
    CHECK(read_file(file.string()) == "一\n二\n二点五\n三\n");
    CHECK(dir.entries() == std::vector<std::string>{"tasks.yaml"});
    // Read again, then changed by another program: nothing is replaced.
    FileContents again = read_file_stat(file.string());
    write_plain(file, "另一个程序写的\n");
    CHECK_FALSE(replace_file_as_read(file.string(), again, {"不该写入\n"}));
    CHECK(read_file(file.string()) == "另一个程序写的\n");
    CHECK(dir.entries() == std::vector<std::string>{"tasks.yaml"});
}

TEST_CASE("a large file is written 2 MiB at a time, every byte in its place") {
    TempDir dir;
    const fs::path file = dir.path / "tasks.yaml";
    write_plain(file, "旧\n");
    std::string content;
    for (int i = 0; content.size() < (5u << 20) + 7; ++i)
        content += "  - id: " + std::to_string(i) + "\n    title: 第" + std::to_string(i) + "项\n";
    std::vector<size_t> pieces;
    WriteStep counting = [&](int fd, std::string_view bytes) {
        pieces.push_back(bytes.size());
        return write_all(fd, bytes);
    };
    write_file_atomic(file.string(), content, counting);
    CHECK(read_file(file.string()) == content);
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0] == (2u << 20));
    CHECK(pieces[1] == (2u << 20));
    CHECK(pieces[2] == content.size() - (4u << 20));
    CHECK(dir.entries() == std::vector<std::string>{"tasks.yaml"});
}
