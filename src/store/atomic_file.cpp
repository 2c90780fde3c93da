#include "store/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

[[noreturn]] void fail(const std::string& path, std::string_view what, int err) {
    throw Error(tr(N_("{0}: {1}: {2}; the file is unchanged"), path, what, std::strerror(err)));
}

}  // namespace

std::string temp_prefix(const std::string& path) {
    return "." + std::filesystem::path(path).filename().string() + ".duban-";
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

TempFile::TempFile(const std::string& path) : path_(path) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // The writer's pid in the name lets a later writer tell a temporary file left by a killed
    // one from a live one (remove_stale_temp_files).
    std::string tmpl = (dir / fmt::format("{}{}-XXXXXX", temp_prefix(path), ::getpid())).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) fail(path, _("cannot create a temporary file beside it"), errno);
    name_ = name.data();
    dir_ = dir.string();
}

TempFile::~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!name_.empty()) ::unlink(name_.c_str());
}

void TempFile::write(std::string_view content, const WriteStep& step) {
    // 2 MiB at a time, each handed to the disk as soon as it is written: sync_file_range starts
    // the writeback and does not wait, so the disk works while the rest is written and the
    // flush before the rename waits for less. Only a hint: the flush still makes the file
    // durable, and reports what fails.
    constexpr size_t kPiece = 2 << 20;
    do {
        const std::string_view piece = content.substr(0, kPiece);
        errno = 0;
        if (!step(fd_, piece)) fail(path_, _("cannot write"), errno ? errno : EIO);
        ::sync_file_range(fd_, static_cast<off_t>(written_), static_cast<off_t>(piece.size()),
                          SYNC_FILE_RANGE_WRITE);
        written_ += static_cast<long long>(piece.size());
        content.remove_prefix(piece.size());
    } while (!content.empty());
}

void TempFile::flush() {
    if (::fsync(fd_) != 0) fail(path_, _("cannot flush to disk"), errno);
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(path_, _("cannot close"), errno);
}

void TempFile::commit() {
    if (fd_ >= 0) {
        mode_t mode = 0644;
        struct stat st {};
        if (::stat(path_.c_str(), &st) == 0 && S_ISREG(st.st_mode)) mode = st.st_mode & 07777;
        if (::fchmod(fd_, mode) != 0) fail(path_, _("cannot set permissions"), errno);
        flush();
    }
    if (::rename(name_.c_str(), path_.c_str()) != 0) fail(path_, _("cannot replace"), errno);
    name_.clear();
    // Make the rename itself durable.
    if (int dfd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

void write_file_atomic(const std::string& path, std::string_view content, const WriteStep& step) {
    TempFile temp(path);
    temp.write(content, step);
    temp.commit();
}

}  // namespace duban

namespace duban {

WriteLock::WriteLock(const std::string& path, int timeout_ms) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) fail(path, _("cannot open its folder to lock it"), errno);
    // Polling keeps the wait bounded: a writer stuck on a dead network share must not hang
    // every later mark for ever.
    for (int waited = 0; ::flock(fd_, LOCK_EX | LOCK_NB) != 0; waited += 10) {
        int err = errno;
        if ((err != EWOULDBLOCK && err != EINTR) || waited >= timeout_ms) {
            ::close(fd_);
            if (err == EWOULDBLOCK)
                throw Error(tr(N_("{0}: another duban is still writing it (waited {1} s); "
                                  "the file is unchanged"),
                               path, timeout_ms / 1000));
            fail(path, _("cannot lock its folder"), err);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // Only lock holders write the file, so a temporary file of its naming whose writer is
    // gone was left by a writer killed before its rename.
    remove_stale_temp_files(path);
}

namespace {

// The pid a temporary file's name carries after `prefix` ("<pid>-XXXXXX"), or 0.
pid_t writer_pid(const std::string& name, const std::string& prefix) {
    size_t at = prefix.size(), end = name.find('-', at);
    if (end == std::string::npos || end == at || end - at > 9) return 0;
    if (name.find_first_not_of("0123456789", at) != end) return 0;
    return static_cast<pid_t>(std::stol(name.substr(at, end - at)));
}

}  // namespace

int remove_stale_temp_files(const std::string& path) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string prefix = temp_prefix(path);
    auto now = fs::file_time_type::clock::now();
    std::error_code ec;
    int removed = 0;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        std::error_code ignored;
        if (!it->is_regular_file(ignored) || it->is_symlink(ignored)) continue;
        pid_t pid = writer_pid(name, prefix);
        bool dead = pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
        auto written = fs::last_write_time(it->path(), ignored);
        bool old = !ignored && now - written > std::chrono::minutes(kStaleTempMinutes);
        if ((dead || old) && fs::remove(it->path(), ignored)) ++removed;
    }
    return removed;
}

WriteLock::~WriteLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace duban
