#include "model/plan.h"

namespace duban {

namespace {

struct StatusName {
    Status status;
    std::string_view keyword;
    std::string_view label;
};

constexpr StatusName kStatusNames[] = {
    {Status::NotStarted, "not-started", "未启动"},
    {Status::InProgress, "in-progress", "推进中"},
    {Status::Done, "done", "已完成"},
    {Status::Closed, "closed", "已销号"},
};

}  // namespace

std::string_view status_keyword(Status s) {
    return kStatusNames[static_cast<int>(s)].keyword;
}
std::string_view status_label(Status s) {
    return kStatusNames[static_cast<int>(s)].label;
}

std::optional<Status> parse_status(std::string_view text) {
    for (const auto& n : kStatusNames)
        if (text == n.keyword || text == n.label) return n.status;
    return std::nullopt;
}

// What may set a measure off (docs/pace.md, "Escalation").
constexpr const char* kTriggers = "red yellow overdue unreported red-twice unreported-twice never";

const std::vector<RuleKey>& rule_keys() {
    static const std::vector<RuleKey> keys = {
        {"yellow_behind", &Rules::yellow_behind, 0, 100},
        {"red_behind", &Rules::red_behind, 0, 100},
        {"score_base", &Rules::score_base, 0, 1000},
        {"deduct_unfinished", &Rules::deduct_unfinished, 0, 1000},
        {"deduct_late", &Rules::deduct_late, 0, 1000},
        {"deduct_red_round", &Rules::deduct_red_round, 0, 1000},
        {"deduct_unreported_round", &Rules::deduct_unreported_round, 0, 1000},
        {"unreported_per", nullptr, 0, 0, &Rules::unreported_per, "office task"},
        {"chart", nullptr, 0, 0, &Rules::chart, "auto yes no"},
        {"criticism_when", nullptr, 0, 0, &Rules::criticism_when, kTriggers, true},
        {"criticism_wording", nullptr, 0, 0, &Rules::criticism_wording},
        {"talk_when", nullptr, 0, 0, &Rules::talk_when, kTriggers, true},
        {"talk_wording", nullptr, 0, 0, &Rules::talk_wording},
        {"self_examination_when", nullptr, 0, 0, &Rules::self_examination_when, kTriggers, true},
        {"self_examination_wording", nullptr, 0, 0, &Rules::self_examination_wording},
        {"accountability_when", nullptr, 0, 0, &Rules::accountability_when, kTriggers, true},
        {"accountability_wording", nullptr, 0, 0, &Rules::accountability_wording},
    };
    return keys;
}

Pos Task::where(const std::string& key) const {
    for (size_t i = 0; i < kTaskKeyOrder.size(); ++i)
        if (kTaskKeyOrder[i] == key) return key_pos[i].line ? key_pos[i] : pos;
    return pos;
}

bool Plan::is_collective(std::string_view name) const {
    static const char* const kBuiltIn[] = {"局长办公会成员", "相关股室", "各科室", "各有关单位"};
    std::string n = strip_padding(name);
    for (const char* c : kBuiltIn)
        if (n == c) return true;
    for (const auto& c : collective)
        if (n == strip_padding(c)) return true;
    return false;
}

std::vector<std::string> rule_list(std::string_view value) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= value.size()) {
        size_t end = value.find(',', start);
        if (end == std::string_view::npos) end = value.size();
        std::string_view item = value.substr(start, end - start);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) out.emplace_back(item);
        start = end + 1;
    }
    return out;
}

const Task* Plan::find(int id) const {
    for (const auto& t : tasks)
        if (t.id == id) return &t;
    return nullptr;
}

Task* Plan::find(int id) {
    for (auto& t : tasks)
        if (t.id == id) return &t;
    return nullptr;
}

std::string milestone_text(const Milestone& m) {
    std::string s = m.date.str() + " " + std::to_string(m.target) + "%";
    return m.what.empty() ? s : s + " " + m.what;
}

namespace {

// The length in bytes of the padding character at `i` in `name` (a half- or full-width space, a
// no-break space, a tab or a line break), or 0.
size_t padding_at(std::string_view name, size_t i) {
    static constexpr std::string_view kIdeographicSpace = "\u3000";
    static constexpr std::string_view kNoBreakSpace = "\u00a0";
    const char c = name[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (name.substr(i, 3) == kIdeographicSpace) return 3;
    if (name.substr(i, 2) == kNoBreakSpace) return 2;
    return 0;
}

}  // namespace

std::string strip_padding(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (size_t i = 0; i < name.size();) {
        if (size_t n = padding_at(name, i))
            i += n;
        else
            out += name[i++];
    }
    return out;
}

bool same_name(std::string_view a, std::string_view b) {
    size_t i = 0, j = 0;
    for (;;) {
        while (i < a.size() && padding_at(a, i)) i += padding_at(a, i);
        while (j < b.size() && padding_at(b, j)) j += padding_at(b, j);
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
        if (a[i++] != b[j++]) return false;
    }
}

}  // namespace duban
