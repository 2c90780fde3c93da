#include "text/line_diff.h"

#include <doctest/doctest.h>

using duban::unified_diff;

TEST_CASE("equal texts have no diff") {
    CHECK(unified_diff("a\nb\n", "a\nb\n", "f") == "");
}

TEST_CASE("an insertion in the middle, with three lines of context") {
    CHECK(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nnew\n5\n6\n7\n8\n", "t.yaml") ==
          "--- t.yaml\n+++ t.yaml\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n");
}

TEST_CASE("changes far apart make two hunks; close ones share one") {
    std::string a;
    for (int i = 1; i <= 20; ++i) a += std::to_string(i) + "\n";
    std::string b = a;
    b.insert(b.find("3\n"), "x\n");
    b.insert(b.find("18\n"), "y\n");
    CHECK(unified_diff(a, b, "f") ==
          "--- f\n+++ f\n@@ -1,5 +1,6 @@\n 1\n 2\n+x\n 3\n 4\n 5\n"
          "@@ -15,6 +16,7 @@\n 15\n 16\n 17\n+y\n 18\n 19\n 20\n");
    std::string c = a;
    c.insert(c.find("3\n"), "x\n");
    c.insert(c.find("9\n"), "y\n");
    CHECK(unified_diff(a, c, "f") ==
          "--- f\n+++ f\n@@ -1,11 +1,13 @@\n 1\n 2\n+x\n 3\n 4\n 5\n 6\n 7\n 8\n+y\n 9\n 10\n"
          " 11\n");
}

TEST_CASE("a replaced line, CR kept, and a missing final newline") {
    CHECK(unified_diff("a\r\nb\r\n", "a\r\nc\r\n", "f") ==
          "--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
    CHECK(unified_diff("a", "a\nb\n", "f") ==
          "--- f\n+++ f\n@@ -1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n");
    CHECK(unified_diff("", "a\n", "f") == "--- f\n+++ f\n@@ -0,0 +1 @@\n+a\n");
}
