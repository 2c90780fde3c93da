#include <doctest/doctest.h>

#include <functional>

#include "text/diagnostic.h"
#include "store/yaml_doc.h"

using namespace duban;

namespace {

// Every mark of every node, checked against the slow way: its line and character column.
void check_marks(std::string_view text) {
    const size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    LineIndex lines(text.substr(bom));
    yaml::Node root = yaml::parse(text, "t.yaml");
    int checked = 0;
    std::function<void(const yaml::Node&)> walk = [&](const yaml::Node& n) {
        for (const yaml::Mark& m : {n.start, n.end}) {
            CAPTURE(m.line);
            CAPTURE(m.column);
            CHECK(m.offset == bom + lines.offset(m.line, m.column));
            ++checked;
        }
        for (const auto& item : n.items) walk(item);
        for (const auto& [k, v] : n.pairs) walk(k), walk(v);
    };
    walk(root);
    CHECK(checked > 10);
}

}  // namespace

TEST_CASE("byte offsets of marks agree with their line and character column") {
    const std::string text =
        "# 注释：中文\n"
        "plan:\n"
        "  title: “富美教育”2021年度重点工作任务\n"
        "  categories: [抓常规, 强队伍]\n"
        "tasks:\n"
        "  - id: 2\n"
        "    title: \"持续抓好\n      “平安校园”建设\"\n"
        "    note: |-\n      第一行\n      第二行\n"
        "    leaders: [何军, 戴方栋]\n";
    check_marks(text);
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    check_marks(crlf);
    check_marks("\xEF\xBB\xBF" + crlf);
}
