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

// The start of the names of temporary files beside `path`: ".NAME.duban-"; the writer's pid
// and a unique suffix follow ("<pid>-XXXXXX").
std::string temp_prefix(const std::string& path);

// How old a temporary file must be before it is taken for a leftover even when its pid is alive
// (pids are reused, and a writer on another machine sharing the folder has another pid space).
inline constexpr int kStaleTempMinutes = 15;

// Removes the temporary files beside `path` that a killed writer left: those of temp_prefix's
// naming whose writer pid no longer exists, or older than kStaleTempMinutes. Call it only under
// WriteLock (WriteLock does), so that no live writer's file is taken. Returns how many went.
int remove_stale_temp_files(const std::string& path);

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
    // The open descriptor (until flush() or commit()), for setting its attributes.
    int fd() const { return fd_; }
    // Writes `content` through `step`.
    void write(std::string_view content, const WriteStep& step = write_all);
    // Flushes the file to disk and closes it; commit() then only renames. For callers that
    // set the file's attributes themselves and check something before the rename.
    void flush();
    // Gives the file the original's permissions (0644 for a new file) unless flush() was
    // called, flushes it and renames it over the original.
    void commit();

  private:
    std::string path_;
    std::string dir_;
    std::string name_;
    int fd_ = -1;
    long long written_ = 0;  // bytes written so far, from the start
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
// the file. Once it holds the lock it removes stale temporary files of `path`
// (remove_stale_temp_files). Released by the destructor.
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
