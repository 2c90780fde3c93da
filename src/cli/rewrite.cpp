#include "cli/rewrite.h"

#include <filesystem>

#include <fmt/format.h>

#include "model/error.h"
#include "store/atomic_file.h"
#include "store/read_file.h"
#include "store/replace.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

// The file a rename must replace: a symlinked tasks.yaml stays a symlink.
std::string write_target(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_symlink(path, ec)) return path;
    auto real = std::filesystem::canonical(path, ec);
    return ec ? path : real.string();
}

// How often a command starts over when another program (git merging or checking out, an
// editor) wrote the file while the command was writing it.
constexpr int kTries = 5;

Error changed_each_time(const std::string& path) {
    return Error(tr(N_("{0}: another program changed the file each time duban was about to "
                       "write it ({1} tries); the file is unchanged. Wait for it (a git "
                       "merge or checkout?) and try again"),
                    path, kTries));
}

}  // namespace

Rewrite rewrite_tasks_file_in_pieces(
    const Context& ctx, bool dry_run,
    const std::function<TextEdit(const std::string& text, const std::string& path)>& edit) {
    Rewrite r;
    r.path = ctx.resolve_file();
    const std::string target = write_target(r.path);
    // Held from reading to renaming, so that a concurrent writer reads our result, not the
    // text we started from.
    WriteLock lock(target);
    // git does not take the lock: when the file changes under us, read it again and redo the
    // edit on what is there now, so that neither side's change is lost.
    for (int attempt = 1;; ++attempt) {
        // One copy of the file's text: it moves into r.before once nothing needs it any more.
        FileContents before = read_file_stat(r.path);
        const TextEdit change = edit(before.bytes, r.path);
        if (dry_run) {
            r.after = change.apply(before.bytes);
        } else if (change.changes(before.bytes)) {
            if (!replace_file_as_read(target, before, change.parts(before.bytes))) {
                if (attempt == kTries) throw changed_each_time(r.path);
                continue;
            }
            r.written = true;
        }
        r.before = std::move(before.bytes);
        return r;
    }
}

Rewrite rewrite_tasks_file(
    const Context& ctx, bool dry_run,
    const std::function<std::string(const std::string& text, const std::string& path)>& edit) {
    return rewrite_tasks_file_in_pieces(ctx, dry_run,
                                        [&](const std::string& text, const std::string& path) {
                                            return TextEdit::whole(text.size(), edit(text, path));
                                        });
}

}  // namespace duban::cli
