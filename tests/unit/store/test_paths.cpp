#include <doctest/doctest.h>

#include <filesystem>

#include "store/paths.h"

using namespace duban;

TEST_CASE("an installed binary looks for templates in its own tree first") {
    std::vector<std::string> dirs = default_template_dirs("/opt/duban/bin/duban");
    REQUIRE(dirs.size() == 3);
    CHECK(dirs[0] == "/opt/duban/share/duban/templates");
    CHECK(dirs[1] == "/opt/duban/bin/templates");
    CHECK(dirs[2] == DUBAN_TEMPLATE_DIR);
    std::vector<std::string> locales = default_locale_dirs("/opt/duban/bin/duban");
    REQUIRE(locales.size() == 3);
    CHECK(locales[0] == "/opt/duban/share/locale");
    CHECK(locales[1] == "/opt/duban/bin/locale");
    CHECK(locales[2] == DUBAN_LOCALE_DIR);
}

TEST_CASE("a build never installed finds the templates and catalogues beside its binary") {
    // CMake links build/templates to the source's templates/ and compiles build/locale/.
    const std::string bin = DUBAN_BINARY_DIR;
    std::vector<std::string> dirs = default_template_dirs(bin + "/duban");
    CHECK(std::filesystem::exists(dirs[1] + "/dispatch.txt.mustache"));
    std::vector<std::string> locales = default_locale_dirs(bin + "/duban");
    CHECK(std::filesystem::exists(locales[1] + "/zh_CN/LC_MESSAGES/duban.mo"));
}

TEST_CASE("a binary whose path is unknown falls back to the configured folders") {
    std::vector<std::string> dirs = default_template_dirs("");
    REQUIRE(dirs.size() == 1);
    CHECK(dirs[0] == DUBAN_TEMPLATE_DIR);
}

TEST_CASE("a binary in the configured prefix lists that folder once") {
    std::string configured = DUBAN_TEMPLATE_DIR;
    // DUBAN_TEMPLATE_DIR is PREFIX/share/duban/templates; its binary is PREFIX/bin/duban.
    std::string prefix =
        configured.substr(0, configured.size() - std::string("/share/duban/templates").size());
    std::vector<std::string> dirs = default_template_dirs(prefix + "/bin/duban");
    CHECK(dirs.size() == 2);
    CHECK(dirs[0] == configured);
    CHECK(dirs[1] == prefix + "/bin/templates");
}

TEST_CASE("the running binary's path is absolute") {
    std::string exe = executable_path();
    REQUIRE_FALSE(exe.empty());
    CHECK(exe.front() == '/');
}
