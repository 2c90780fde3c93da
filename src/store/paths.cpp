#include "store/paths.h"

#include <algorithm>
#include <filesystem>

namespace duban {

namespace fs = std::filesystem;

std::string executable_path() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.string();
}

namespace {

// `installed` (below the binary's ../share), `beside` (in the binary's own folder: the build
// tree), then `configured`, each once. lexically_normal turns /usr/bin/../share into
// /usr/share, so messages read well.
std::vector<std::string> dirs_for(const std::string& executable, const fs::path& installed,
                                  const char* beside, const char* configured) {
    std::vector<std::string> dirs;
    if (!executable.empty()) {
        const fs::path bin = fs::path(executable).parent_path();
        dirs.push_back((bin / ".." / "share" / installed).lexically_normal().string());
        dirs.push_back((bin / beside).string());
    }
    if (std::find(dirs.begin(), dirs.end(), configured) == dirs.end()) dirs.push_back(configured);
    return dirs;
}

}  // namespace

std::vector<std::string> default_template_dirs(const std::string& executable) {
    return dirs_for(executable, fs::path("duban") / "templates", "templates", DUBAN_TEMPLATE_DIR);
}

std::vector<std::string> default_locale_dirs(const std::string& executable) {
    return dirs_for(executable, "locale", "locale", DUBAN_LOCALE_DIR);
}

std::string default_template_dir() {
    std::error_code ec;
    for (const std::string& dir : default_template_dirs(executable_path()))
        if (fs::is_directory(dir, ec)) return dir;
    return {};
}

}  // namespace duban
