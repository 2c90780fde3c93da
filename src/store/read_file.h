// Reading a whole file into memory: the one routine every reader of a tasks file, a template
// or an input table goes through, so that no short read is ever taken for the end of a file.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace duban {

// The largest file duban reads: 256 MiB. A year's tasks file is well under 1 MiB, and a bigger
// input is far more likely a mistake (a disk image, a log) than a plan; refusing it up front
// keeps a mistyped name from eating the machine's memory. Documented in docs/tasks-format.md
// and man/duban.1.scd.
inline constexpr std::uint64_t kMaxReadBytes = 256ull << 20;

// The whole file at `path` as bytes, read with open/fstat/read(2) until end of file.
// Throws Error (exit 3) naming `path` when it cannot be opened, when it is not a regular file
// (a folder, a device such as /dev/zero, a FIFO: opened without blocking, so a FIFO with no
// writer does not hang), when it is larger than `limit`, when any read fails (EINTR is
// retried), and when the bytes read differ from the size fstat gave (the file changed or the
// read was cut short). A successful return holds exactly the file's bytes.
std::string read_file(const std::string& path, std::uint64_t limit = kMaxReadBytes);

// A file's bytes with what fstat said of it when they were read: enough to tell, before
// replacing it, whether another program (git, an editor) has written it since, and what the
// replacement must keep (mode, owner, group, link count).
struct FileContents {
    std::string bytes;
    struct stat stat {};
};

// read_file, keeping the fstat of the descriptor the bytes came from.
FileContents read_file_stat(const std::string& path, std::uint64_t limit = kMaxReadBytes);

// A file's bytes mapped into memory, read-only, for a command that reads a large tasks file once
// from start to end: no copy is made, and the pages already read can be let go, so that the read
// holds a window of the file in memory rather than all of it (a plan of 20.7 MiB then peaks at
// about 2 times its size instead of 3 times; docs/benchmarks.md). A page let go comes back from
// the file when read again (an error message shows a line from anywhere).
class MappedFile {
  public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view text() const { return {data_ ? data_ : "", size_}; }
    // Lets go of the memory of the whole pages within bytes [from, to): what a reader has passed.
    void release(size_t from, size_t to) const;

  private:
    friend MappedFile map_file(const std::string& path, std::uint64_t limit);
    const char* data_ = nullptr;
    size_t size_ = 0;
};

// `path` mapped, after the checks read_file makes (a regular file, at most `limit` bytes), with
// the same messages. Should another program cut the file short while it is mapped, reading a page
// past its new end makes the kernel stop the process (SIGBUS): duban then says, naming the file,
// that it changed while being read, and exits with status 3.
MappedFile map_file(const std::string& path, std::uint64_t limit = kMaxReadBytes);

// Whether `a` and `b` describe the same file, unchanged: device, inode, size and modification
// time (to the nanosecond) all equal.
bool same_file_state(const struct stat& a, const struct stat& b);

}  // namespace duban
