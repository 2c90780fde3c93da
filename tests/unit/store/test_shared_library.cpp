#include <doctest/doctest.h>

#include <zlib.h>

#include <string>

#include "model/error.h"
#include "store/shared_library.h"

namespace duban {
namespace {

// zlib: on every Debian system, and not linked into the tests by name.
SharedLibrary& zlib_library() {
    static SharedLibrary library("libz.so.1", "compress", "zlib1g");
    return library;
}
SharedLibrary& missing_library() {
    static SharedLibrary library("libduban-no-such-library.so.7", "read .xls workbooks",
                                 "libduban-no-such7");
    return library;
}

DUBAN_LAZY_FUNCTION(zlib_library, zlibVersion);

std::string message_of(void (*f)()) {
    try {
        f();
    } catch (const Error& e) {
        CHECK(e.exit_code() == kExitData);
        return e.what();
    }
    FAIL("no Error thrown");
    return "";
}

}  // namespace

TEST_CASE("a lazy function opens its library on the first call and calls the real function") {
    // Unqualified, the name finds duban::zlibVersion, the LazyFunction, not ::zlibVersion.
    std::string version = zlibVersion();
    CHECK(version == ZLIB_VERSION);
    CHECK(zlib_library().loaded());
    CHECK(zlib_library().symbol("zlibVersion") != nullptr);
}

TEST_CASE("a library that cannot be opened is an error naming it, its use and its package") {
    CHECK_FALSE(missing_library().loaded());
    std::string message = message_of([] { missing_library().symbol("f"); });
    CHECK(message.find("cannot read .xls workbooks: the library "
                       "libduban-no-such-library.so.7 could not be loaded (") == 0);
    CHECK(message.find("\nInstall the package libduban-no-such7.") != std::string::npos);
}

TEST_CASE("a function the library lacks is an error naming it") {
    std::string message = message_of([] { zlib_library().symbol("duban_no_such_function"); });
    CHECK(message ==
          "cannot compress: the library libz.so.1 has no function "
          "duban_no_such_function");
}

}  // namespace duban
