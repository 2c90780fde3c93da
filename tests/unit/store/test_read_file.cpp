#include <doctest/doctest.h>

#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

#include "address_sanitizer.h"
#include "model/error.h"
#include "plan_head.h"
#include "store/edit.h"
#include "store/load.h"
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
    std::string read_error, map_error;
    try {
        read_file(path, limit);
    } catch (const Error& e) {
        CHECK(e.exit_code() == kExitData);
        read_error = e.what();
    }
    try {
        map_file(path, limit);
    } catch (const Error& e) {
        CHECK(e.exit_code() == kExitData);
        map_error = e.what();
    }
    CHECK(map_error == read_error);  // map_file refuses what read_file refuses, in its words
    return read_error;
}

// The bytes of the pages of this process's mapping that starts at `at` that are in memory
// (Rss in /proc/self/smaps).
long resident_bytes(const void* at) {
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool in = false;
    const auto want = reinterpret_cast<std::uintptr_t>(at);
    while (std::getline(smaps, line)) {
        size_t dash = line.find('-');
        if (dash != std::string::npos && dash < line.find(' ') &&
            isxdigit(static_cast<unsigned char>(line[0])))
            in = std::stoull(line.substr(0, dash), nullptr, 16) == want;
        else if (in && line.rfind("Rss:", 0) == 0)
            return std::stol(line.substr(4)) * 1024;
    }
    return -1;
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

TEST_CASE("map_file gives the file's bytes, and a page let go reads the same again") {
    TempDir d;
    const std::string path = (d.path / "f").string();
    std::string bytes;
    for (int i = 0; bytes.size() < (3u << 20); ++i) bytes += "- id: " + std::to_string(i) + "\n";
    std::ofstream(path, std::ios::binary) << bytes;
    const MappedFile file = map_file(path);
    REQUIRE(file.text() == bytes);
    const long before = resident_bytes(file.text().data());
    CHECK(before >= 3l << 20);  // every page was read just now
    file.release(0, 2u << 20);
    const long after = resident_bytes(file.text().data());
    CHECK(after <= before - (2l << 20));  // the first 2 MiB are let go
    CHECK(file.text() == bytes);          // and come back from the file when read
    file.release(0, bytes.size() + 100);
    CHECK(file.text() == bytes);
    // A range within the file: its whole pages go. The two-core load lets go of each part's
    // range as it reads it, parts finishing out of order. (The kernel may drop more of a large
    // folio than the range holds, so only the range is counted.)
    const long whole = resident_bytes(file.text().data());
    file.release((1u << 20) + 100, (2u << 20) + 100);
    const long middle = resident_bytes(file.text().data());
    CHECK(middle <= whole - (1l << 20) + 4096);  // the pages within the range: 1 MiB less one
    CHECK(file.text() == bytes);
    // A range within one page holds no whole page: nothing goes.
    const long again = resident_bytes(file.text().data());
    file.release((1u << 20) + 100, (1u << 20) + 4000);
    CHECK(resident_bytes(file.text().data()) == again);
    std::ofstream((d.path / "empty").string(), std::ios::binary);
    CHECK(map_file((d.path / "empty").string()).text().empty());
    MappedFile moved = map_file(path);
    MappedFile to = std::move(moved);
    CHECK(moved.text().empty());
    CHECK(to.text() == bytes);
}

// AddressSanitizer takes SIGBUS for its own reports.
constexpr bool kOwnSigbus = !test::kAddressSanitizer;

TEST_CASE("a mapped file cut short by another program ends the process with a message") {
    if (!kOwnSigbus) return;
    TempDir d;
    const std::string path = (d.path / "tasks.yaml").string();
    std::ofstream(path, std::ios::binary) << std::string(3 * 4096, 'x');
    int err[2];
    REQUIRE(::pipe(err) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(err[1], STDERR_FILENO);
        const MappedFile file = map_file(path);
        if (::truncate(path.c_str(), 0) != 0) ::_exit(10);
        volatile char c = file.text()[2 * 4096];  // past the file's new end: SIGBUS
        (void)c;
        ::_exit(11);  // not reached
    }
    ::close(err[1]);
    std::string said;
    char buf[512];
    for (ssize_t n; (n = ::read(err[0], buf, sizeof buf)) > 0;) said.append(buf, n);
    ::close(err[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == kExitData);
    CHECK(said == "duban: " + path +
                      ": the file changed while duban read it (another program cut it short); "
                      "nothing was written. Run the command again\n");
}

TEST_CASE("a plan loaded from a mapped file leaves only a window of the file in memory") {
    TempDir d;
    const std::string path = (d.path / "tasks.yaml").string();
    std::string text = test::kPlanHead;
    for (int id = 1; text.size() < (12u << 20); ++id)
        text += "  - id: " + std::to_string(id) +
                "\n    category: 抓常规\n    title: 开展“平安校园”建设，完善安全工作责任制\n"
                "    office: 法制安全股\n    updates:\n      - date: 2021-03-01\n"
                "        progress: 30\n        note: 已完成摸排，正在整改隐患，下月完成验收。\n";
    std::ofstream(path, std::ios::binary) << text;
    for (size_t threshold : {two_core_load_bytes, std::numeric_limits<size_t>::max()}) {
        CAPTURE(threshold);
        const size_t was = two_core_load_bytes;
        two_core_load_bytes = threshold;
        const MappedFile file = map_file(path);
        const Plan plan = load_plan(file, path);
        two_core_load_bytes = was;
        CHECK(same_plan(plan, load_plan(text, path)));
        // Read whole, then let go of but for a few MiB: the parse's last steps, and the last
        // piece the checks read. Without the letting go, all 12 MiB would be resident.
        const long resident = resident_bytes(file.text().data());
        CHECK(resident >= 0);
        CHECK(resident < 9l << 20);
    }
}
