#include "store/replace.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

[[noreturn]] void refuse(const std::string& path, std::string_view why) {
    throw Error(tr(N_("{0}: {1}; the file is unchanged"), path, why));
}

// Closes a descriptor however the function that opened it ends.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

// The NUL-separated attribute names of a file (path or descriptor), as a list.
std::vector<std::string> split_names(const std::vector<char>& buf, ssize_t n) {
    std::vector<std::string> names;
    for (ssize_t at = 0; at < n;) {
        std::string name(&buf[static_cast<size_t>(at)]);
        at += static_cast<ssize_t>(name.size()) + 1;
        if (!name.empty()) names.push_back(name);
    }
    return names;
}

std::vector<std::string> names_of(const std::string& path, int fd) {
    for (;;) {
        ssize_t size =
            fd >= 0 ? ::flistxattr(fd, nullptr, 0) : ::llistxattr(path.c_str(), nullptr, 0);
        if (size < 0 && (errno == ENOTSUP)) return {};
        if (size < 0)
            refuse(path, tr(N_("cannot list its extended attributes: {0}"), std::strerror(errno)));
        std::vector<char> buf(static_cast<size_t>(size) + 1);
        ssize_t n = fd >= 0 ? ::flistxattr(fd, buf.data(), buf.size())
                            : ::llistxattr(path.c_str(), buf.data(), buf.size());
        if (n < 0 && errno == ERANGE) continue;  // it grew between the two calls
        if (n < 0)
            refuse(path, tr(N_("cannot list its extended attributes: {0}"), std::strerror(errno)));
        return split_names(buf, n);
    }
}

std::string value_of(const std::string& path, const std::string& name) {
    for (;;) {
        ssize_t size = ::lgetxattr(path.c_str(), name.c_str(), nullptr, 0);
        if (size < 0)
            refuse(path, tr(N_("cannot read its extended attribute {0}: {1}"), name,
                            std::strerror(errno)));
        std::string value(static_cast<size_t>(size), '\0');
        ssize_t n = ::lgetxattr(path.c_str(), name.c_str(), value.data(), value.size());
        if (n < 0 && errno == ERANGE) continue;
        if (n < 0)
            refuse(path, tr(N_("cannot read its extended attribute {0}: {1}"), name,
                            std::strerror(errno)));
        value.resize(static_cast<size_t>(n));
        return value;
    }
}

// Makes the new file's extended attributes (ACLs among them) those of the old one: the old
// one's copied, and those the new one got from elsewhere (a folder's default ACL) removed.
void copy_attributes(const std::string& path, int fd) {
    std::vector<std::string> old_names = names_of(path, -1);
    for (const std::string& name : names_of(path, fd))
        if (std::find(old_names.begin(), old_names.end(), name) == old_names.end() &&
            ::fremovexattr(fd, name.c_str()) != 0)
            refuse(path, tr(N_("cannot give the new file the extended attributes of the old "
                               "one ({0} came from the folder and cannot be removed: {1})"),
                            name, std::strerror(errno)));
    for (const std::string& name : old_names) {
        std::string value = value_of(path, name);
        if (::fsetxattr(fd, name.c_str(), value.data(), value.size(), 0) != 0)
            refuse(path, tr(N_("cannot keep its extended attribute {0} in the new version: {1}"),
                            name, std::strerror(errno)));
    }
}

// Owner and group first (chown clears setuid/setgid), then the mode, then the attributes; an
// ACL sets the group bits to its mask, which the old file's mode already agrees with.
void keep_attributes(const std::string& path, const struct stat& st, int fd) {
    struct stat now {};
    if (::fstat(fd, &now) != 0)
        refuse(path, tr(N_("cannot inspect the new version: {0}"), std::strerror(errno)));
    if ((now.st_uid != st.st_uid || now.st_gid != st.st_gid) &&
        ::fchown(fd, st.st_uid, st.st_gid) != 0)
        refuse(path, tr(N_("cannot give the new version the old one's owner and group "
                           "(uid {0}, gid {1}): {2}"),
                        st.st_uid, st.st_gid, std::strerror(errno)));
    mode_t mode = st.st_mode & 07777;
    if (::fchmod(fd, mode) != 0)
        refuse(path, tr(N_("cannot set permissions: {0}"), std::strerror(errno)));
    copy_attributes(path, fd);
    if (::fstat(fd, &now) != 0)
        refuse(path, tr(N_("cannot inspect the new version: {0}"), std::strerror(errno)));
    if ((now.st_mode & 07777) != mode && ::fchmod(fd, mode) != 0)
        refuse(path, tr(N_("cannot set permissions: {0}"), std::strerror(errno)));
}

// Whether the file at `path` is still exactly what `before` read: the same file (device, inode,
// size, modification time) holding the same bytes. Read and compared a block at a time, so that
// a large file is not held twice; any failure to open or read counts as changed.
bool unchanged(const std::string& path, const FileContents& before) {
    Descriptor f{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)};
    struct stat st {};
    if (f.fd < 0 || ::fstat(f.fd, &st) != 0 || !same_file_state(st, before.stat)) return false;
    const std::string_view want = before.bytes;
    std::vector<char> block(size_t{1} << 16);
    for (size_t at = 0;;) {
        ssize_t n = ::read(f.fd, block.data(), block.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) return at == want.size();
        const size_t got = static_cast<size_t>(n);
        if (got > want.size() - at || want.substr(at, got) != std::string_view(block.data(), got))
            return false;
        at += got;
    }
}

}  // namespace

void check_replaceable(const std::string& path, const struct stat& st) {
    if (::access(path.c_str(), W_OK) != 0)
        refuse(path, tr(N_("you may not write it ({0}; mode {1:04o}); duban does not write "
                           "over a file its permissions protect"),
                        std::strerror(errno), st.st_mode & 07777));
    if (st.st_nlink > 1)
        refuse(path, tr(N_("it has {0} hard links; a new version would be written under "
                           "this name only and split them. Make it a single file (cp it, "
                           "then mv the copy over it) or mark through a symbolic link"),
                        st.st_nlink));
    if (::geteuid() != 0 && st.st_uid != ::geteuid())
        refuse(path, tr(N_("it belongs to another user (uid {0}); a new version written by "
                           "you would belong to you. Let its owner mark, or give it to you "
                           "(chown)"),
                        st.st_uid));
}

bool replace_file_as_read(const std::string& path, const FileContents& before,
                          const std::vector<std::string_view>& content, const WriteStep& step) {
    check_replaceable(path, before.stat);
    TempFile temp(path);
    for (std::string_view part : content) temp.write(part, step);
    keep_attributes(path, before.stat, temp.fd());
    temp.flush();
    if (!unchanged(path, before)) return false;
    temp.commit();
    return true;
}

}  // namespace duban
