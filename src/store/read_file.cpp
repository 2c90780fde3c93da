#include "store/read_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <utility>

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

// What the SIGBUS handler says: the message for the file mapped last, as one buffer (a signal
// handler may only write(2) it), and where that mapping lies.
struct Mapped {
    char message[1024];
    size_t length = 0;
    std::uintptr_t from = 0;
    std::uintptr_t to = 0;
};
Mapped g_mapped;

void on_sigbus(int sig, siginfo_t* info, void*) {
    const auto at = reinterpret_cast<std::uintptr_t>(info->si_addr);
    if (g_mapped.length && at >= g_mapped.from && at < g_mapped.to) {
        ssize_t ignored = ::write(STDERR_FILENO, g_mapped.message, g_mapped.length);
        (void)ignored;
        ::_exit(kExitData);
    }
    ::signal(sig, SIG_DFL);  // another fault: the default, which stops the process
    ::raise(sig);
}

void watch_for_sigbus(const std::string& path, const char* data, size_t size) {
    static std::once_flag installed;
    std::call_once(installed, [] {
        struct sigaction sa {};
        sa.sa_sigaction = on_sigbus;
        sa.sa_flags = SA_SIGINFO;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGBUS, &sa, nullptr);
    });
    const std::string message =
        "duban: " +
        tr(N_("{0}: the file changed while duban read it (another program cut it "
              "short); nothing was written. Run the command again"),
           path) +
        "\n";
    g_mapped.length = 0;
    g_mapped.from = reinterpret_cast<std::uintptr_t>(data);
    g_mapped.to = g_mapped.from + size;
    const size_t n = std::min(message.size(), sizeof g_mapped.message);
    std::memcpy(g_mapped.message, message.data(), n);
    g_mapped.length = n;
}

// Unmaps what map_file mapped, and stops the SIGBUS handler speaking of it.
void unmap(const char* data, size_t size) {
    if (!data) return;
    if (g_mapped.from == reinterpret_cast<std::uintptr_t>(data)) g_mapped.length = 0;
    ::munmap(const_cast<char*>(data), size);
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

MappedFile::~MappedFile() {
    unmap(data_, size_);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        unmap(data_, size_);
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

void MappedFile::release(size_t from, size_t to) const {
    const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    const size_t first = (from + page - 1) / page * page;  // the mapping starts on a page
    const size_t end = std::min(to, size_) / page * page;
    if (data_ && first < end)
        ::madvise(const_cast<char*>(data_) + first, end - first, MADV_DONTNEED);
}

MappedFile map_file(const std::string& path, std::uint64_t limit) {
    Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)};
    if (f.fd < 0) fail_errno(path, "cannot open", errno);
    struct stat st {};
    if (::fstat(f.fd, &st) != 0) fail_errno(path, "cannot read", errno);
    check_regular(path, st, limit);
    MappedFile out;
    if (st.st_size == 0) return out;
    // The plan built from it still comes from the heap, which this readies as read_file does.
    ready_heap_for(static_cast<std::uint64_t>(st.st_size));
    const auto size = static_cast<size_t>(st.st_size);
    void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, f.fd, 0);
    if (data == MAP_FAILED) fail_errno(path, "cannot read", errno);
    ::madvise(data, size, MADV_SEQUENTIAL);
    out.data_ = static_cast<const char*>(data);
    out.size_ = size;
    watch_for_sigbus(path, out.data_, out.size_);
    return out;
}

bool same_file_state(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size &&
           a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

}  // namespace duban
