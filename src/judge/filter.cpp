#include "judge/filter.h"

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "judge/deadline.h"
#include "model/error.h"
#include "model/typed_input.h"
#include "text/diagnostic.h"
#include "text/i18n.h"

namespace duban {

namespace {

bool any_name(const std::vector<std::string>& wanted, const std::vector<std::string>& names) {
    for (const auto& w : wanted)
        for (const auto& n : names)
            if (same_name(w, n)) return true;
    return false;
}

bool any_name(const std::vector<std::string>& wanted, const std::string& name) {
    for (const auto& w : wanted)
        if (same_name(w, name)) return true;
    return false;
}

bool office_matches(const Filter& f, const Task& t) {
    // A co-lead leads as the lead office does (共同牵头), so it matches the lead role.
    if (f.role != Role::Partner && any_name(f.offices, t.office)) return true;
    if (f.role != Role::Partner && any_name(f.offices, t.co_leads)) return true;
    return f.role != Role::Lead && any_name(f.offices, t.partners);
}

// Throws when a name in `wanted` is no task's; `unknown` and `suggested` word it, without and
// with a suggestion. `names` gives each name of one kind a task has (its leaders, its offices,
// its category) to a callback, until the callback returns true. Only for a name no task has are
// all the names gathered, for the suggestion: a plan of 20,000 names is read once more, never
// compared pair by pair.
void check_known(
    const Plan& plan, const std::vector<std::string>& wanted,
    const std::function<bool(const Task&, const std::function<bool(const std::string&)>&)>& names,
    const char* unknown, const char* suggested) {
    for (const auto& w : wanted) {
        auto same = [&](const std::string& n) { return same_name(w, n); };
        if (std::any_of(plan.tasks.begin(), plan.tasks.end(),
                        [&](const Task& t) { return names(t, same); }))
            continue;
        std::vector<std::string> known;  // in file order, each once
        std::unordered_set<std::string> seen;
        for (const Task& t : plan.tasks)
            names(t, [&](const std::string& n) {
                if (!n.empty() && seen.insert(strip_padding(n)).second)
                    known.push_back(strip_padding(n));
                return false;
            });
        std::string near = nearest(strip_padding(w), known);
        throw Error(near.empty() ? tr(unknown, w) : tr(suggested, w, near), kExitUsage);
    }
}

}  // namespace

void check_filter_names(const Plan& plan, const Filter& f) {
    using Each = std::function<bool(const std::string&)>;
    check_known(
        plan, f.leaders,
        [](const Task& t, const Each& each) {
            return std::any_of(t.leaders.begin(), t.leaders.end(), each);
        },
        N_("no responsible leader (责任领导) is named '{0}'"),
        N_("no responsible leader (责任领导) is named '{0}'; did you mean {1}?"));
    check_known(
        plan, f.offices,
        [](const Task& t, const Each& each) {
            return each(t.office) || std::any_of(t.co_leads.begin(), t.co_leads.end(), each) ||
                   std::any_of(t.partners.begin(), t.partners.end(), each);
        },
        N_("no office (股室) is named '{0}'"),
        N_("no office (股室) is named '{0}'; did you mean {1}?"));
    check_known(
        plan, f.categories, [](const Task& t, const Each& each) { return each(t.category); },
        N_("there is no category (类别) '{0}'"),
        N_("there is no category (类别) '{0}'; did you mean {1}?"));
}

Role parse_role(std::string_view text) {
    if (text == "lead") return Role::Lead;
    if (text == "partner") return Role::Partner;
    if (text == "any") return Role::Any;
    throw Error(tr(N_("--role takes lead, partner or any, not '{0}'"), text), kExitUsage);
}

bool Filter::matches(const Task& t) const {
    if (!leaders.empty() && !any_name(leaders, t.leaders)) return false;
    if (!offices.empty() && !office_matches(*this, t)) return false;
    if (!categories.empty() && !any_name(categories, t.category)) return false;
    Status status = as_of ? state_at(t, *as_of).status : t.status();
    if (!statuses.empty() && std::find(statuses.begin(), statuses.end(), status) == statuses.end())
        return false;
    if (!texts.empty() && std::none_of(texts.begin(), texts.end(), [&](const std::string& s) {
            return t.title.find(s) != std::string::npos;
        }))
        return false;
    return true;
}

std::optional<Date> Filter::due_window_end(Date from) const {
    std::optional<Date> end = due_before;
    if (due_within) {
        Date within = Date::from_days(from.days() + *due_within);
        if (!end || within < *end) end = within;
    }
    return end;
}

bool Filter::matches(const Plan& plan, const Task& t) const {
    if (!matches(t)) return false;
    const Date date = as_of.value_or(plan.due);
    if (std::optional<Date> end = due_window_end(date)) {
        if (is_finished(state_at(t, date).status)) return false;
        if (deadlines_between(plan, t, date, *end).empty()) return false;
    }
    if (lights.empty() && !overdue && !unreported) return true;
    Judgement j = judge(plan, t, date);
    if (!lights.empty() && std::find(lights.begin(), lights.end(), j.light) == lights.end())
        return false;
    if (overdue && !j.overdue) return false;
    return !unreported || !j.reported;
}

std::vector<Light> parse_lights(const std::vector<std::string>& typed) {
    std::vector<Light> out;
    for (const auto& s : typed) {
        bool found = false;
        for (Light l : {Light::Done, Light::Green, Light::Yellow, Light::Red}) {
            if (s != light_keyword(l) && s != light_label(l)) continue;
            out.push_back(l);
            found = true;
        }
        if (!found)
            throw Error(tr(N_("unknown light '{0}': use done, green, yellow, red (or 已完成, 绿灯, "
                              "黄灯, 红灯)"),
                           s),
                        kExitUsage);
    }
    return out;
}

std::vector<Status> parse_statuses(const std::vector<std::string>& typed) {
    std::vector<Status> out;
    for (const auto& s : typed) {
        Typed<Status> status = read_status(s);
        if (!status)
            throw Error(tr("--status: {0}; use {1}", tr(status.problem, s), _(status_choices())),
                        kExitUsage);
        out.push_back(*status.value);
    }
    return out;
}

std::vector<const Task*> select(const Plan& plan, const Filter& filter) {
    std::vector<const Task*> out;
    for (const auto& t : plan.tasks)
        if (filter.matches(plan, t)) out.push_back(&t);
    return out;
}

}  // namespace duban

namespace duban {

namespace {

std::string joined(const std::vector<std::string>& parts, std::string_view sep = "、") {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? std::string(sep) : "") + parts[i];
    return out;
}

std::string date_words(Date d) {
    return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) +
           "日";
}

std::string padded_names(const std::vector<std::string>& typed) {
    std::vector<std::string> out;
    for (const auto& n : typed) out.push_back(strip_padding(n));
    return joined(out);
}

}  // namespace

std::vector<std::string> describe_filter(const Filter& f) {
    std::vector<std::string> out;
    if (!f.leaders.empty()) out.push_back("责任领导：" + padded_names(f.leaders));
    if (!f.offices.empty())
        out.push_back("股室：" + padded_names(f.offices) +
                      (f.role == Role::Lead      ? "（牵头）"
                       : f.role == Role::Partner ? "（协办）"
                                                 : ""));
    if (!f.categories.empty()) out.push_back("类别：" + padded_names(f.categories));
    if (!f.statuses.empty()) {
        std::vector<std::string> s;
        for (Status st : f.statuses) s.emplace_back(status_label(st));
        out.push_back("状态：" + joined(s));
    }
    if (!f.lights.empty()) {
        std::vector<std::string> l;
        for (Light light : f.lights) l.emplace_back(light_label(light));
        out.push_back("灯色：" + joined(l));
    }
    if (f.overdue) out.push_back("超期未完成");
    if (f.unreported) out.push_back("本轮未报送");
    if (f.due_before) out.push_back(date_words(*f.due_before) + "前到期（含时间节点）");
    if (f.due_within) {
        std::string until;
        if (f.as_of) until = "，至" + date_words(Date::from_days(f.as_of->days() + *f.due_within));
        out.push_back(std::to_string(*f.due_within) + "天内到期（含时间节点" + until + "）");
    }
    if (!f.texts.empty()) {
        std::vector<std::string> t;
        for (const auto& text : f.texts) t.push_back("“" + text + "”");
        out.push_back("含文字：" + joined(t));
    }
    return out;
}

}  // namespace duban
