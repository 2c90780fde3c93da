#include <doctest/doctest.h>

#include "store/paths.h"

using namespace duban;

TEST_CASE("an installed binary looks for templates in its own tree first") {
    std::vector<std::string> dirs = default_template_dirs("/opt/duban/bin/duban");
    REQUIRE(dirs.size() >= 2);
    CHECK(dirs[0] == "/opt/duban/share/duban/templates");
    CHECK(dirs[1] == DUBAN_TEMPLATE_DIR);
    CHECK(dirs.back() == DUBAN_SOURCE_TEMPLATE_DIR);
}

TEST_CASE("a binary whose path is unknown falls back to the configured folders") {
    std::vector<std::string> dirs = default_template_dirs("");
    REQUIRE(dirs.size() == 2);
    CHECK(dirs[0] == DUBAN_TEMPLATE_DIR);
    CHECK(dirs[1] == DUBAN_SOURCE_TEMPLATE_DIR);
}

TEST_CASE("a binary in the configured prefix lists that folder once") {
    std::string configured = DUBAN_TEMPLATE_DIR;
    // DUBAN_TEMPLATE_DIR is PREFIX/share/duban/templates; its binary is PREFIX/bin/duban.
    std::string prefix =
        configured.substr(0, configured.size() - std::string("/share/duban/templates").size());
    std::vector<std::string> dirs = default_template_dirs(prefix + "/bin/duban");
    CHECK(dirs.size() == 2);
    CHECK(dirs[0] == configured);
}

TEST_CASE("the running binary's path is absolute") {
    std::string exe = executable_path();
    REQUIRE_FALSE(exe.empty());
    CHECK(exe.front() == '/');
}
