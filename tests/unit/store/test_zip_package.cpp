#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "model/error.h"
#include "store/zip_package.h"

using namespace duban;

namespace {

std::string fixture_bytes(const std::string& name) {
    std::ifstream in(std::string(DUBAN_TEST_FIXTURES) + "/" + name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a package's parts are read by name, exactly or ignoring case") {
    const std::string bytes = fixture_bytes("workbooks/excel.xlsx");
    REQUIRE(!bytes.empty());
    ZipPackage package(bytes, "台账.xlsx", "{0}: not a zip ({1})");
    const std::vector<std::string> names = package.names();
    CHECK(std::find(names.begin(), names.end(), "xl/workbook.xml") != names.end());
    std::optional<std::string> doc = package.part("xl/workbook.xml");
    REQUIRE(doc);
    CHECK(doc->find("<sheets") != std::string::npos);
    CHECK(package.part("XL/Workbook.xml") == doc);
    CHECK_FALSE(package.part("xl/nothing.xml"));
}

TEST_CASE("bytes that are not a zip archive are refused with the caller's message") {
    CHECK_THROWS_WITH_AS(ZipPackage("plain text", "表.xlsx", "{0}: not an .xlsx ({1})"),
                         doctest::Contains("表.xlsx: not an .xlsx ("), Error);
}
