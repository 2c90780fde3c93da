#include "history/diff.h"

#include <algorithm>

#include <fmt/format.h>

#include "report/listing.h"

namespace duban {

namespace {

const std::vector<std::string> kTaskKeys = {"category", "title",      "leaders", "office",
                                            "co_leads", "partners",   "due",     "due_text",
                                            "ongoing",  "milestones", "extra"};
const std::vector<std::string> kUpdateKeys = {"date",     "progress", "status", "note",
                                              "problems", "next",     "by",     "evidence"};

std::string plan_field(const Plan& p, const std::string& key) {
    if (key == "title") return p.title;
    if (key == "issuer") return p.issuer;
    if (key == "document") return p.document;
    if (key == "start") return p.start.str();
    if (key == "due") return p.due.str();
    if (key == "dispatch_months") return std::to_string(p.dispatch_months);
    if (key == "categories") return join_names(p.categories);
    // "rules.NAME": one key of plan.rules, from the one table of them.
    for (const RuleKey& k : rule_keys())
        if (key == std::string("rules.") + k.name)
            return k.field ? std::to_string(p.rules.*k.field) : p.rules.*k.text;
    return {};
}

template <typename T, typename Get>
std::vector<FieldChange> compare(const T& a, const T& b, const std::vector<std::string>& keys,
                                 Get get) {
    std::vector<FieldChange> out;
    for (const auto& k : keys) {
        std::string x = get(a, k), y = get(b, k);
        if (x != y) out.push_back({k, x, y});
    }
    return out;
}

bool same_update(const Update& a, const Update& b) {
    return compare(a, b, kUpdateKeys, update_field).empty();
}

// Matches updates by content, then by date, and lists the rest as added or removed, in the
// order of the newer list with removed ones after.
std::vector<UpdateChange> diff_updates(const std::vector<Update>& old_list,
                                       const std::vector<Update>& new_list) {
    std::vector<bool> old_used(old_list.size()), new_used(new_list.size());
    for (size_t j = 0; j < new_list.size(); ++j)
        for (size_t i = 0; i < old_list.size(); ++i)
            if (!old_used[i] && same_update(old_list[i], new_list[j])) {
                old_used[i] = new_used[j] = true;
                break;
            }
    std::vector<UpdateChange> out;
    for (size_t j = 0; j < new_list.size(); ++j) {
        if (new_used[j]) continue;
        UpdateChange c;
        c.after = new_list[j];
        for (size_t i = 0; i < old_list.size(); ++i)
            if (!old_used[i] && old_list[i].date == new_list[j].date) {
                old_used[i] = true;
                c.kind = ChangeKind::Changed;
                c.before = old_list[i];
                c.fields = compare(c.before, c.after, kUpdateKeys, update_field);
                break;
            }
        if (c.kind == ChangeKind::Added && j > 0) c.previous_progress = new_list[j - 1].progress;
        out.push_back(std::move(c));
    }
    for (size_t i = 0; i < old_list.size(); ++i)
        if (!old_used[i]) {
            UpdateChange c;
            c.kind = ChangeKind::Removed;
            c.before = old_list[i];
            out.push_back(std::move(c));
        }
    return out;
}

TaskChange compare_tasks(const Task& a, const Task& b, ChangeKind kind) {
    TaskChange c;
    c.kind = kind;
    c.before = a;
    c.after = b;
    c.fields = compare(a, b, kTaskKeys, task_field);
    c.updates = diff_updates(a.updates, b.updates);
    return c;
}

}  // namespace

std::string task_field(const Task& t, const std::string& key) {
    if (key == "id") return std::to_string(t.id);
    if (key == "category") return t.category;
    if (key == "title") return t.title;
    if (key == "leaders") return join_names(t.leaders);
    if (key == "office") return t.office;
    if (key == "co_leads") return join_names(t.co_leads);
    if (key == "partners") return join_names(t.partners);
    if (key == "due") return t.due ? t.due->str() : std::string();
    if (key == "due_text") return t.due_text;
    if (key == "ongoing") return t.ongoing ? "长期推进" : std::string();
    if (key == "extra") {
        std::vector<std::string> parts;
        for (const auto& e : t.extra) parts.push_back(e.name + "：" + e.text);
        return fmt::format("{}", fmt::join(parts, "；"));
    }
    if (key == "milestones") {
        std::vector<std::string> parts;
        for (const auto& m : t.milestones) parts.push_back(milestone_text(m));
        return fmt::format("{}", fmt::join(parts, "；"));
    }
    return {};
}

std::string update_field(const Update& u, const std::string& key) {
    if (key == "date") return u.date.str();
    if (key == "progress") return fmt::format("{}%", u.progress);
    if (key == "status") return std::string(status_label(u.status));
    if (key == "note") return u.note;
    if (key == "problems") return u.problems;
    if (key == "next") return u.next;
    if (key == "by") return u.by;
    if (key == "evidence") return join_names(u.evidence);
    return {};
}

bool PlanDiff::touches(int id) const {
    for (const auto& t : tasks)
        if ((t.kind != ChangeKind::Added && t.before.id == id) ||
            (t.kind != ChangeKind::Removed && t.after.id == id))
            return true;
    return false;
}

PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan) {
    PlanDiff d;
    std::vector<std::string> keys = {"title", "issuer",          "document",  "start",
                                     "due",   "dispatch_months", "categories"};
    for (const RuleKey& k : rule_keys()) keys.push_back(std::string("rules.") + k.name);
    d.plan = compare(old_plan, new_plan, keys, plan_field);
    std::vector<const Task*> gone;
    for (const Task& t : old_plan.tasks)
        if (!new_plan.find(t.id)) gone.push_back(&t);
    for (const Task& t : new_plan.tasks) {
        if (const Task* before = old_plan.find(t.id)) {
            TaskChange c = compare_tasks(*before, t, ChangeKind::Changed);
            if (!c.fields.empty() || !c.updates.empty()) d.tasks.push_back(std::move(c));
            continue;
        }
        auto same_title = std::find_if(gone.begin(), gone.end(),
                                       [&](const Task* g) { return g->title == t.title; });
        if (same_title != gone.end()) {
            d.tasks.push_back(compare_tasks(**same_title, t, ChangeKind::Renumbered));
            gone.erase(same_title);
            continue;
        }
        TaskChange c;
        c.kind = ChangeKind::Added;
        c.after = t;
        d.tasks.push_back(std::move(c));
    }
    for (const Task* g : gone) {
        TaskChange c;
        c.kind = ChangeKind::Removed;
        c.before = *g;
        d.tasks.push_back(std::move(c));
    }
    return d;
}

}  // namespace duban
