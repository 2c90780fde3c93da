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

std::vector<std::string> default_template_dirs(const std::string& executable) {
    std::vector<std::string> dirs;
    if (!executable.empty()) {
        // lexically_normal turns /usr/bin/../share into /usr/share, so messages read well.
        fs::path installed = fs::path(executable).parent_path() / ".." / "share" / "duban";
        dirs.push_back((installed.lexically_normal() / "templates").string());
    }
    for (const char* dir : {DUBAN_TEMPLATE_DIR, DUBAN_SOURCE_TEMPLATE_DIR})
        if (std::find(dirs.begin(), dirs.end(), dir) == dirs.end()) dirs.push_back(dir);
    return dirs;
}

std::vector<std::string> default_locale_dirs(const std::string& executable) {
    std::vector<std::string> dirs;
    if (!executable.empty())
        dirs.push_back((fs::path(executable).parent_path() / ".." / "share" / "locale")
                           .lexically_normal()
                           .string());
    for (const char* dir : {DUBAN_BUILD_LOCALE_DIR, DUBAN_LOCALE_DIR})
        if (std::find(dirs.begin(), dirs.end(), dir) == dirs.end()) dirs.push_back(dir);
    return dirs;
}

std::string default_template_dir() {
    std::error_code ec;
    for (const std::string& dir : default_template_dirs(executable_path()))
        if (fs::is_directory(dir, ec)) return dir;
    return {};
}

}  // namespace duban
