#include "report/report_items.h"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "report/report_model.h"

namespace duban::report_detail {

namespace {

std::string text_of(const Json& row, const char* key) {
    return row[key].get<std::string>();
}

// Rows that share a key, in the order of their first row. An empty key is a group of its own.
struct Group {
    std::string key;
    std::vector<const Json*> rows;
};

template <typename KeyOf>
std::vector<Group> group_by(const Json& rows, KeyOf key_of) {
    std::vector<Group> groups;
    for (const Json& row : rows) {
        std::string key = key_of(row);
        Group* into = nullptr;
        if (!key.empty())
            for (Group& g : groups)
                if (g.key == key) into = &g;
        if (!into) into = &groups.emplace_back(Group{key, {}});
        into->rows.push_back(&row);
    }
    return groups;
}

std::vector<int> ids_of(const Group& g) {
    std::vector<int> ids;
    for (const Json* row : g.rows) ids.push_back((*row)["id"].get<int>());
    return ids;
}

// The names in `joined` (split at 、) added to `names` unless already there.
void add_names(std::vector<std::string>& names, const std::string& joined) {
    size_t start = 0;
    while (start < joined.size()) {
        size_t end = joined.find("、", start);
        if (end == std::string::npos) end = joined.size();
        std::string name = joined.substr(start, end - start);
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
        start = end + std::string("、").size();
    }
}

std::string joined(const std::vector<std::string>& names) {
    return fmt::format("{}", fmt::join(names, "、"));
}

Json item(const Group& g, std::string text) {
    std::vector<int> ids = ids_of(g);
    return {{"text", std::move(text)},
            {"grouped", g.rows.size() > 1},
            {"count", static_cast<int>(g.rows.size())},
            {"ids", ids},
            {"ids_text", task_numbers_text(ids)}};
}

// 召开…现场会（第3项；责任领导：何军；责任股室：后勤中心）进度20%，序时进度54%，
std::string problem_head(const Json& t) {
    std::vector<std::string> who;
    if (!text_of(t, "leaders_text").empty())
        who.push_back("责任领导：" + text_of(t, "leaders_text"));
    who.push_back("责任股室：" + text_of(t, "office"));
    if (t["has_partners"].get<bool>()) who.push_back("协办：" + text_of(t, "partners_text"));
    return fmt::format("{}（第{}项；{}）进度{}，序时进度{}，", text_of(t, "title_clause"),
                       t["id"].get<int>(), fmt::join(who, "；"), text_of(t, "progress_text"),
                       text_of(t, "expected_text"));
}

std::string problem_tail(const Json& t) {
    std::string s = "：" + text_of(t, "reason") + "。";
    if (t["has_problems"].get<bool>()) s += "存在问题：" + text_of(t, "problems_sentence");
    if (!t["has_update"].get<bool>()) s += "未报送任何进展。";
    return s;
}

// 基教股、督导股牵头的5项任务（第6、7、8至10项）均未报送任何进展，进度均为0%，序时进度55%，
// Tasks led by collective owners (相关股室) are a group of their own that names no office, as
// 下步要求 words them: 第1、5项等2项任务均未报送任何进展，…
std::string problem_group_head(const Group& g) {
    std::vector<std::string> offices;
    for (const Json* row : g.rows) add_names(offices, text_of(*row, "named_office"));
    const Json& t = *g.rows.front();
    const std::string ids = task_numbers_text(ids_of(g));
    const std::string tasks = offices.empty() ? fmt::format("{}等{}项任务", ids, g.rows.size())
                                              : fmt::format("{}牵头的{}项任务（{}）",
                                                            joined(offices), g.rows.size(), ids);
    return fmt::format("{}均未报送任何进展，进度均为{}，序时进度{}，", tasks,
                       text_of(t, "progress_text"), text_of(t, "expected_text"));
}

// Whether a task's lead office is a collective owner: such tasks are never grouped with tasks a
// named office leads, so that no sentence lists 相关股室 among offices that failed to report or
// that a measure names.
const char* owner_kind(const Json& t) {
    return text_of(t, "named_office").empty() ? "collective" : "office";
}

// Who a requirement names: 责任股室：后勤中心；责任领导：何军, collective owners left out.
std::string named_of(const Group& g, bool with_offices) {
    std::vector<std::string> offices, leaders;
    for (const Json* row : g.rows) {
        add_names(offices, text_of(*row, "named_office"));
        add_names(leaders, text_of(*row, "named_leaders_text"));
    }
    std::vector<std::string> who;
    if (with_offices && !offices.empty()) who.push_back("责任股室：" + joined(offices));
    if (!leaders.empty()) who.push_back("责任领导：" + joined(leaders));
    return fmt::format("{}", fmt::join(who, "；"));
}

std::string requirement_text(const Group& g) {
    const Json& t = *g.rows.front();
    const std::string grounds = text_of(t, "grounds_text");
    if (g.rows.size() == 1) {
        std::string who = text_of(t, "named_text");
        return fmt::format("{}（第{}项{}）：{}。", text_of(t, "title_clause"), t["id"].get<int>(),
                           who.empty() ? "" : "；" + who, grounds);
    }
    std::vector<std::string> offices;
    for (const Json* row : g.rows) add_names(offices, text_of(*row, "named_office"));
    const std::string ids = task_numbers_text(ids_of(g));
    if (offices.empty()) {
        std::string who = named_of(g, false);
        return fmt::format("{}等{}项任务{}：{}。", ids, g.rows.size(),
                           who.empty() ? "" : "（" + who + "）", grounds);
    }
    std::string leaders = named_of(g, false);
    return fmt::format("{}牵头的{}项任务（{}{}）：{}。", joined(offices), g.rows.size(), ids,
                       leaders.empty() ? "" : "；" + leaders, grounds);
}

}  // namespace

Json problem_items(const Json& rows) {
    std::vector<Group> groups = group_by(rows, [](const Json& t) -> std::string {
        if (t["has_update"].get<bool>()) return {};
        return fmt::format("{}|{}|{}|{}|{}", text_of(t, "light"), text_of(t, "reason"),
                           text_of(t, "progress_text"), text_of(t, "expected_text"), owner_kind(t));
    });
    Json items = Json::array();
    for (const Group& g : groups) {
        const Json& t = *g.rows.front();
        const bool one = g.rows.size() == 1;
        std::string head = one ? problem_head(t) : problem_group_head(g);
        std::string tail = one ? problem_tail(t) : "：" + text_of(t, "reason") + "。";
        Json it = item(g, head + text_of(t, "light_label") + tail);
        it["head"] = std::move(head);
        it["light"] = t["light"];
        it["light_label"] = t["light_label"];
        it["tail"] = std::move(tail);
        items.push_back(std::move(it));
    }
    return mark_ends(items);
}

Json requirement_items(const Json& rows) {
    std::vector<Group> groups = group_by(rows, [](const Json& t) {
        return fmt::format("{}|{}", text_of(t, "grounds_text"), owner_kind(t));
    });
    Json items = Json::array();
    for (const Group& g : groups) items.push_back(item(g, requirement_text(g)));
    return mark_ends(items);
}

}  // namespace duban::report_detail
