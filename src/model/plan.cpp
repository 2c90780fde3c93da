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

const std::vector<RuleKey>& rule_keys() {
    static const std::vector<RuleKey> keys = {
        {"yellow_behind", &Rules::yellow_behind, 0, 100},
        {"red_behind", &Rules::red_behind, 0, 100},
        {"score_base", &Rules::score_base, 0, 1000},
        {"deduct_unfinished", &Rules::deduct_unfinished, 0, 1000},
        {"deduct_late", &Rules::deduct_late, 0, 1000},
        {"deduct_red_round", &Rules::deduct_red_round, 0, 1000},
        {"deduct_unreported_round", &Rules::deduct_unreported_round, 0, 1000},
    };
    return keys;
}

Pos Task::where(const std::string& key) const {
    auto it = key_pos.find(key);
    return it == key_pos.end() ? pos : it->second;
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

std::string strip_padding(std::string_view name) {
    static constexpr std::string_view kIdeographicSpace = "\u3000";
    static constexpr std::string_view kNoBreakSpace = "\u00a0";
    std::string out;
    out.reserve(name.size());
    for (size_t i = 0; i < name.size();) {
        if (name[i] == ' ' || name[i] == '\t' || name[i] == '\r' || name[i] == '\n') {
            ++i;
        } else if (name.substr(i, 3) == kIdeographicSpace) {
            i += 3;
        } else if (name.substr(i, 2) == kNoBreakSpace) {
            i += 2;
        } else {
            out += name[i++];
        }
    }
    return out;
}

}  // namespace duban
