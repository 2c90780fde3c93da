#include "text/diagnostic.h"

#include <doctest/doctest.h>

#include <ctime>
#include <string>

using namespace duban;

TEST_CASE("within_one_edit agrees with edit_distance") {
    const char* words[] = {"",      "a",        "ab",     "ba",     "abc",     "abd",
                           "acb",   "戴方栋",   "戴方栎", "戴方",   "方栋",    "何军",
                           "何 军", "戴方栋栋", "基教股", "基较股", "基教股a", "x戴方栋"};
    for (const char* a : words)
        for (const char* b : words) {
            CAPTURE(a);
            CAPTURE(b);
            CHECK(within_one_edit(a, b) == (edit_distance(a, b) <= 1));
        }
}

TEST_CASE("nearest still suggests a close word, and bounds its work on long ones") {
    CHECK(nearest("leadres", {"leaders", "office"}) == "leaders");
    CHECK(nearest("抓常归", {"抓常规", "强队伍"}) == "抓常规");
    CHECK(nearest("完全不同", {"抓常规", "强队伍"}).empty());
    // Two 80,000-character names one character apart: a full comparison is 6.4e9 steps.
    std::string a, b;
    for (int i = 0; i < 80000; ++i) a += "类";
    b = a + "别";
    std::clock_t start = std::clock();  // processor time: the test machine is shared
    CHECK(nearest(b, {a, "抓常规"}).empty());
    CHECK(nearest("抓常规", {a, b}).empty());
    CHECK(static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC < 0.5);
}

TEST_CASE("a short line is shown whole; a long one as a window around the column") {
    ShownLine whole = shown_line("title: 任务", 8);
    CHECK(whole.text == "title: 任务");
    CHECK(whole.column == 8);
    std::string line(kShownChars, 'x');
    CHECK(shown_line(line, 5).text == line);
    std::string huge = "title: " + std::string(1000000, 'x') + "\"" + std::string(1000000, 'y');
    ShownLine w = shown_line(huge, 1000008);
    CHECK(w.text.size() < 4 * kShownChars);
    CHECK(w.text.substr(0, 3) == "…");
    CHECK(w.text.substr(w.text.size() - 3) == "…");
    // The column lands on the quote, counted in characters of the window ("…" is one).
    CHECK(w.text.substr(3 + (w.column - 2), 1) == "\"");
    ShownLine start = shown_line(huge, 1);
    CHECK(start.column == 1);
    CHECK(start.text.substr(0, 7) == "title: ");
}

TEST_CASE("a located message on a huge line stays small") {
    std::string huge = "a: " + std::string(5000000, 'z');
    LineIndex lines(huge);
    std::string m = located_message("t.yaml", lines, 1, 2000000, "bad");
    CHECK(m.size() < 1000);
    CHECK(m.find("t.yaml:1:2000000: bad") == 0);
}
