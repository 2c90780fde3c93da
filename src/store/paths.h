// Where the files installed beside the binary are: found from the binary's own location, so
// that an installed tree works wherever it was put (cmake --install --prefix, a .deb in /usr).
#pragma once

#include <string>
#include <vector>

namespace duban {

// The running binary's absolute path, read from /proc/self/exe; empty when it cannot be read.
std::string executable_path();

// The folders that may hold the default templates of the binary at `executable`, best first:
//   1. <executable's folder>/../share/duban/templates, the tree this binary was installed in;
//   2. <executable's folder>/templates: in the build tree, a link to the source's templates/
//      (CMake makes it), for a build never installed;
//   3. DUBAN_TEMPLATE_DIR, the data folder of the prefix the build was configured for.
// The first two are left out when `executable` is empty. Folders need not exist. No path of
// the machine that built the binary is in it, so a .deb carries none.
std::vector<std::string> default_template_dirs(const std::string& executable);

// The first of default_template_dirs(executable_path()) that is a folder; empty when none is.
// A user's own templates (templates/ beside tasks.yaml, $DUBAN_TEMPLATES) come before these:
// that part of the lookup belongs to the report code, which then calls this.
std::string default_template_dir();

// The folders that may hold the message catalogues (<lang>/LC_MESSAGES/duban.mo) of the binary
// at `executable`, best first: <executable's folder>/../share/locale, <executable's
// folder>/locale (the build tree's, for a build never installed), then DUBAN_LOCALE_DIR, the
// locale folder of the prefix the build was configured for. Folders need not exist.
std::vector<std::string> default_locale_dirs(const std::string& executable);

}  // namespace duban
