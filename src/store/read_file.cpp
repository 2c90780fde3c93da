#include "store/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "model/error.h"
#include "store/heap.h"
#include "text/i18n.h"

namespace duban {

namespace {

[[noreturn]] void fail(const std::string& path, std::string_view what) {
    throw Error(fmt::format("{}: {}", path, what));
}

[[noreturn]] void fail_errno(const std::string& path, std::string_view what, int err) {
    fail(path, fmt::format("{}: {}", what, std::strerror(err)));
}

// Closes the descriptor however the read ends.
struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

std::string_view kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

void check_regular(const std::string& path, const struct stat& st, std::uint64_t limit) {
    if (!S_ISREG(st.st_mode))
        fail(path,
             tr(N_("is {0}, not a regular file; give the path of a file"), kind_of(st.st_mode)));
    if (static_cast<std::uint64_t>(st.st_size) > limit)
        fail(path, tr(N_("is {0} MiB, more than the {1} MiB duban reads; is it the right file?"),
                      (static_cast<std::uint64_t>(st.st_size) + (1 << 20) - 1) >> 20, limit >> 20));
}

// Reads exactly out.size() bytes, then checks that the file ends there.
void read_exactly(const std::string& path, int fd, std::string& out) {
    size_t done = 0;
    while (done < out.size()) {
        ssize_t n = ::read(fd, out.data() + done, out.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail_errno(path, "cannot read", errno);
        if (n == 0)
            fail(path, tr(N_("cannot read: the file ended after {0} of its {1} bytes "
                             "(did something change it while duban read it?)"),
                          done, out.size()));
        done += static_cast<size_t>(n);
    }
    char extra;
    for (;;) {
        ssize_t n = ::read(fd, &extra, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail_errno(path, "cannot read", errno);
        if (n > 0) fail(path, _("cannot read: the file grew while duban read it; try again"));
        return;
    }
}

}  // namespace

FileContents read_file_stat(const std::string& path, std::uint64_t limit) {
    // O_NONBLOCK so that opening a FIFO with no writer returns at once; fstat then refuses it.
    Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)};
    if (f.fd < 0) fail_errno(path, "cannot open", errno);
    FileContents out;
    if (::fstat(f.fd, &out.stat) != 0) fail_errno(path, "cannot read", errno);
    check_regular(path, out.stat, limit);
    ready_heap_for(static_cast<std::uint64_t>(out.stat.st_size));
    out.bytes.assign(static_cast<size_t>(out.stat.st_size), '\0');
    read_exactly(path, f.fd, out.bytes);
    return out;
}

std::string read_file(const std::string& path, std::uint64_t limit) {
    return read_file_stat(path, limit).bytes;
}

bool same_file_state(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size &&
           a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

}  // namespace duban
