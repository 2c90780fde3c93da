// Replacing a file that exists and was read before: the new version keeps everything the old
// one had (mode, owner, group, ACLs, extended attributes, hard links) or is refused, and is
// never put over a version written by another program since it was read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/atomic_file.h"
#include "store/read_file.h"

namespace duban {

// Throws Error (exit 3, naming `path`, "the file is unchanged") when replacing the file
// described by `st` by rename would give it more or other than it had: when the caller may not
// write it (as `cp` would refuse: its permissions or a read-only file system), when it has more
// than one hard link (a rename would split them), or when it belongs to another user (the new
// file would be ours). Root may replace any file, and keeps its owner and group.
void check_replaceable(const std::string& path, const struct stat& st);

// Replaces `path`, which was read as `before` (read_file_stat), with `content` (its parts one
// after another, as TextEdit::parts gives them), atomically as write_file_atomic does. The new
// file gets the old one's owner and group (fchown, where we may), mode (setuid/setgid bits
// included, set after the owner), and extended attributes, ACLs included
// (system.posix_acl_access copied as it is, attributes the old file lacks removed); any that
// cannot be given refuses the replacement with the reason. Just before the rename the
// file is read again: if it is no longer the one read (device, inode, size, modification time
// or bytes differ), nothing is replaced and it returns false, so that the caller reads it again
// and starts over. A program writing the file between that check and the rename is not seen:
// docs/git.md describes this window. Calls check_replaceable first.
bool replace_file_as_read(const std::string& path, const FileContents& before,
                          const std::vector<std::string_view>& content,
                          const WriteStep& step = write_all);

}  // namespace duban
