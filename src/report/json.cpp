#include "report/json.h"

#include "judge/deadline.h"

namespace duban {

Json update_json(const Update& u) {
    Json j;
    j["date"] = u.date.str();
    j["progress"] = u.progress;
    j["status"] = std::string(status_keyword(u.status));
    j["note"] = u.note;
    j["problems"] = u.problems;
    j["next"] = u.next;
    j["by"] = u.by;
    j["evidence"] = u.evidence;
    return j;
}

Json task_json(const Task& t, const Plan& plan) {
    Json j;
    j["id"] = t.id;
    j["category"] = t.category;
    j["title"] = t.title;
    j["leaders"] = t.leaders;
    j["office"] = t.office;
    j["partners"] = t.partners;
    j["due"] = plan.due_of(t).str();
    // The newer schema's keys only where they hold something, so older consumers see no change.
    if (!t.co_leads.empty()) j["co_leads"] = t.co_leads;
    if (!t.due_text.empty()) j["due_text"] = t.due_text;
    if (t.ongoing) j["ongoing"] = true;
    if (!t.extra.empty()) {
        Json extra = Json::array();
        for (const auto& e : t.extra) extra.push_back({{"name", e.name}, {"text", e.text}});
        j["extra"] = std::move(extra);
    }
    Json milestones = Json::array();
    for (const auto& m : t.milestones)
        milestones.push_back({{"date", m.date.str()}, {"target", m.target}, {"what", m.what}});
    j["milestones"] = std::move(milestones);
    Json updates = Json::array();
    for (const auto& u : t.updates) updates.push_back(update_json(u));
    j["updates"] = std::move(updates);
    j["status"] = std::string(status_keyword(t.status()));
    j["progress"] = t.progress();
    return j;
}

Json judged_task_json(const Task& t, const Plan& plan, Date as_of) {
    Json j = task_json(t, plan);
    Judgement judged = judge(plan, t, as_of);
    j["status"] = std::string(status_keyword(judged.state.status));
    j["progress"] = judged.state.progress;
    j["expected"] = judged.expected;
    j["light"] = std::string(light_keyword(judged.light));
    j["light_reason"] = judged.reason;
    j["overdue_days"] = judged.overdue_days;
    j["reported"] = judged.reported;
    Json escalation = Json::array();
    for (const auto& e : judged.escalation)
        escalation.push_back({{"keyword", std::string(e.keyword)},
                              {"label", std::string(e.label)},
                              {"wording", e.wording},
                              {"reason", e.reason}});
    j["escalation"] = std::move(escalation);
    return j;
}

Json next_milestone_json(const Task& t, Date as_of) {
    const Milestone* next = next_milestone(t, as_of);
    if (!next) return nullptr;
    return {{"date", next->date.str()},
            {"target", next->target},
            {"what", next->what},
            {"days_left", days_between(as_of, next->date)}};
}

std::string dump(const Json& value) {
    return value.dump(2) + "\n";
}

}  // namespace duban
