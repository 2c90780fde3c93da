// Writing a file so that a crash or a full disk leaves the old file or the new one, never a mix.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace duban {

// The step that puts bytes into an open file descriptor; returns false (with errno set) when it
// could not write them all. Tests inject one that fails on purpose.
using WriteStep = std::function<bool(int fd, std::string_view bytes)>;

// The real step: write(2) until done, retrying on EINTR.
bool write_all(int fd, std::string_view bytes);

// A temporary file beside `path` in which a new version of it is built, by write() or by a
// library given name(). commit() gives it the original's permissions (0644 for a new file),
// flushes it to disk and renames it over `path`; until then `path` is untouched, and the
// destructor removes the temporary file if commit() was never reached. Failures throw Error
// naming `path` and what failed.
class TempFile {
  public:
    explicit TempFile(const std::string& path);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::string& name() const { return name_; }
    // Writes `content` through `step`.
    void write(std::string_view content, const WriteStep& step = write_all);
    void commit();

  private:
    std::string path_;
    std::string dir_;
    std::string name_;
    int fd_ = -1;
};

// Replaces `path` with `content`: writes a temporary file beside it, flushes it to disk, gives
// it the original's permissions (0644 for a new file), and renames it over the original. On any
// failure the temporary file is removed, the original is untouched, and Error says what failed.
void write_file_atomic(const std::string& path, std::string_view content,
                       const WriteStep& step = write_all);

// An exclusive lock that every duban writer of `path` takes before it reads the file and holds
// until its new version is renamed into place, so that two writers never lose each other's
// changes. It is a flock on the folder that holds the file, not on the file: the rename gives
// the file a new inode, and a lock on the old inode would not stop a writer that opened the
// new one. Waits up to `timeout_ms` for another writer to finish, then throws Error naming
// the file. Released by the destructor.
class WriteLock {
  public:
    explicit WriteLock(const std::string& path, int timeout_ms = 30000);
    ~WriteLock();
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;

  private:
    int fd_ = -1;
};

}  // namespace duban
