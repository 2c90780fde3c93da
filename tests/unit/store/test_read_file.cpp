#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "model/error.h"
#include "store/read_file.h"

using namespace duban;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the temp dir, removed at the end of the test.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "duban-read-XXXXXX").string();
        path = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string error_of(const std::string& path, std::uint64_t limit = kMaxReadBytes) {
    try {
        read_file(path, limit);
    } catch (const Error& e) {
        CHECK(e.exit_code() == kExitData);
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("read_file returns exactly the file's bytes, NULs and all") {
    TempDir d;
    std::string bytes("a\0b\r\nc", 6);
    bytes += std::string(70000, 'x');
    std::ofstream((d.path / "f").string(), std::ios::binary) << bytes;
    CHECK(read_file((d.path / "f").string()) == bytes);
    std::ofstream((d.path / "empty").string(), std::ios::binary);
    CHECK(read_file((d.path / "empty").string()).empty());
}

TEST_CASE("read_file refuses what is not a regular file, naming it") {
    TempDir d;
    CHECK(error_of(d.path.string()) ==
          d.path.string() + ": is a folder, not a regular file; give the path of a file");
    CHECK(error_of("/dev/zero") ==
          "/dev/zero: is a device, not a regular file; give the path of a file");
    std::string fifo = (d.path / "fifo").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Must return at once although no one writes the FIFO.
    CHECK(error_of(fifo) ==
          fifo + ": is a pipe (FIFO), not a regular file; give the path of a file");
    CHECK(error_of((d.path / "missing").string()) ==
          (d.path / "missing").string() + ": cannot open: No such file or directory");
}

TEST_CASE("read_file refuses a file past the size limit") {
    TempDir d;
    std::string path = (d.path / "big").string();
    std::ofstream(path, std::ios::binary) << std::string(3 << 20, 'y');
    CHECK(error_of(path, 2 << 20) ==
          path + ": is 3 MiB, more than the 2 MiB duban reads; is it the right file?");
    CHECK(read_file(path, 3 << 20).size() == (3u << 20));
}
