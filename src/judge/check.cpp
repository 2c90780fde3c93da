#include "judge/check.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "text/diagnostic.h"
#include "text/i18n.h"

namespace duban {

namespace {

// Where each spelling of a name stands: the tasks and the first position.
struct Spelling {
    std::vector<int> tasks;
    Pos first;
};
using Spellings = std::map<std::string, Spelling>;

void note(Spellings& s, const std::string& name, const Task& t, const std::string& key) {
    Spelling& sp = s[name];
    if (sp.tasks.empty()) sp.first = t.where(key);
    if (sp.tasks.empty() || sp.tasks.back() != t.id) sp.tasks.push_back(t.id);
}

std::string task_list(const std::vector<int>& ids) {
    return fmt::format("{} {}", ids.size() == 1 ? _("task") : _("tasks"), fmt::join(ids, ", "));
}

// Candidate pairs (indexes into the spellings, first < second) that may be equal but for
// padding or one character apart, found without comparing every pair: spellings that strip to
// the same name share a bucket, and two spellings one edit apart share a key among "the
// spelling" and "the spelling with one character left out" (a deletion index). Spellings longer
// than kIndexedChars, never real names, are paired only with those of a length one apart.
constexpr size_t kIndexedChars = 32;

// A name without the punctuation a table may leave at its end: 办公室。 is 办公室.
std::string without_trailing_punctuation(std::string name) {
    static constexpr std::string_view kMarks[] = {"。", "，", "、", "；", "：", ".", ",", ";", ":"};
    for (bool cut = true; cut;) {
        cut = false;
        for (auto m : kMarks)
            if (name.size() > m.size() && name.compare(name.size() - m.size(), m.size(), m) == 0) {
                name.resize(name.size() - m.size());
                cut = true;
            }
    }
    return name;
}

std::vector<std::pair<size_t, size_t>> candidate_pairs(const std::vector<std::string_view>& names) {
    // (hash of a key, spelling) for every key of every spelling; equal hashes are candidates (a
    // collision only adds a pair that the caller's exact test then drops).
    std::vector<std::pair<size_t, size_t>> keys;
    std::map<size_t, std::vector<size_t>> long_by_length;
    std::string key;
    auto add = [&](char tag, size_t i) {
        keys.emplace_back(std::hash<std::string>()(key) ^ static_cast<size_t>(tag), i);
    };
    for (size_t i = 0; i < names.size(); ++i) {
        key = strip_padding(names[i]);
        add('s', i);
        key = without_trailing_punctuation(key);
        add('p', i);
        std::vector<size_t> starts = char_starts(names[i]);
        if (starts.size() > kIndexedChars) {
            long_by_length[starts.size()].push_back(i);
            continue;
        }
        key.assign(names[i]);
        add('e', i);
        starts.push_back(names[i].size());
        for (size_t c = 0; c + 1 < starts.size(); ++c) {
            key.assign(names[i].substr(0, starts[c]));
            key.append(names[i].substr(starts[c + 1]));
            add('e', i);
        }
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::pair<size_t, size_t>> pairs;
    for (size_t from = 0, to = 0; from < keys.size(); from = to) {
        while (to < keys.size() && keys[to].first == keys[from].first) ++to;
        for (size_t x = from; x < to; ++x)
            for (size_t y = x + 1; y < to; ++y)
                if (keys[x].second != keys[y].second)
                    pairs.emplace_back(keys[x].second, keys[y].second);
    }
    for (auto& [length, members] : long_by_length) {
        for (size_t len : {length, length + 1}) {
            auto other = long_by_length.find(len);
            if (other == long_by_length.end()) continue;
            for (size_t a : members)
                for (size_t b : other->second)
                    if (a != b) pairs.emplace_back(std::min(a, b), std::max(a, b));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

// Pairs of spellings one character apart, or equal but for padding. The rarer spelling is the
// likely typo, so the finding stands where it is written. Findings come in the order of the
// spellings (by bytes), first of a pair, then second.
void near_duplicates(const Spellings& names, std::string_view kind, std::vector<Finding>& out) {
    std::vector<Spellings::const_iterator> at;
    std::vector<std::string_view> spelled;
    for (auto it = names.begin(); it != names.end(); ++it) {
        at.push_back(it);
        spelled.push_back(it->first);
    }
    for (auto [i, j] : candidate_pairs(spelled)) {
        auto a = at[i], b = at[j];
        bool padding = strip_padding(a->first) == strip_padding(b->first);
        bool punctuation = !padding && without_trailing_punctuation(strip_padding(a->first)) ==
                                           without_trailing_punctuation(strip_padding(b->first));
        bool typo = !padding && !punctuation && count_chars(a->first) >= 2 &&
                    count_chars(b->first) >= 2 && within_one_edit(a->first, b->first) &&
                    a->first != b->first;
        if (!padding && !punctuation && !typo) continue;
        auto [rare, common] = a->second.tasks.size() <= b->second.tasks.size()
                                  ? std::make_pair(a, b)
                                  : std::make_pair(b, a);
        std::string why = padding       ? "is the same name written with different padding as"
                          : punctuation ? "is the same name written with different trailing "
                                          "punctuation as"
                                        : "looks like a misspelling of";
        out.push_back(
            {Severity::Warning, rare->second.first,
             fmt::format("{} {} ({}) {} {} ({})", kind, rare->first, task_list(rare->second.tasks),
                         why, common->first, task_list(common->second.tasks))});
    }
}

void check_update_dates(const Plan& p, const Task& t, Date today, std::vector<Finding>& out) {
    for (const Update& u : t.updates) {
        if (u.date > today)
            out.push_back(
                {Severity::Warning, u.pos,
                 tr(N_("task {0}: update dated {1} is after today"), t.id, u.date.str())});
        if (u.date < p.start)
            out.push_back({Severity::Warning, u.pos,
                           tr(N_("task {0}: update dated {1} is before the plan starts ({2})"),
                              t.id, u.date.str(), p.start.str())});
    }
}

void check_updates(const Task& t, std::vector<Finding>& out) {
    for (size_t i = 0; i < t.updates.size(); ++i) {
        const Update& u = t.updates[i];
        if (i > 0 && u.date < t.updates[i - 1].date)
            out.push_back({Severity::Error, u.pos,
                           tr(N_("task {0}: update of {1} comes after the one of {2}; updates "
                                 "go oldest first"),
                              t.id, u.date.str(), t.updates[i - 1].date.str())});
        if (i > 0 && u.progress < t.updates[i - 1].progress)
            out.push_back({Severity::Warning, u.pos,
                           // xgettext:no-c-format
                           tr(N_("task {0}: progress falls from {1}% to {2}% on {3}"), t.id,
                              t.updates[i - 1].progress, u.progress, u.date.str())});
        if (is_finished(u.status) && u.progress != 100)
            out.push_back({Severity::Error, u.pos,
                           tr(N_("task {0}: status {1} ({2}) with progress {3}%; done means 100"),
                              t.id, status_keyword(u.status), status_label(u.status), u.progress)});
        if (u.status == Status::Closed && u.evidence.empty())
            out.push_back({Severity::Error, u.pos,
                           tr(N_("task {0}: closed (已销号) without evidence (佐证材料)"), t.id)});
        if (u.status == Status::Closed && u.by.empty())
            out.push_back({Severity::Error, u.pos,
                           tr(N_("task {0}: closed (已销号) without 'by:' naming who signed "
                                 "it off"),
                              t.id)});
    }
}

void check_milestones(const Plan& p, const Task& t, std::vector<Finding>& out) {
    for (size_t i = 0; i < t.milestones.size(); ++i) {
        const Milestone& m = t.milestones[i];
        if (i > 0 && m.date < t.milestones[i - 1].date)
            out.push_back({Severity::Warning, m.pos,
                           tr(N_("task {0}: time node {1} comes after {2}; list them in date "
                                 "order"),
                              t.id, m.date.str(), t.milestones[i - 1].date.str())});
        if (m.date < p.start || m.date > p.due_of(t))
            out.push_back({Severity::Warning, m.pos,
                           tr(N_("task {0}: time node {1} lies outside {2} to {3}"), t.id,
                              m.date.str(), p.start.str(), p.due_of(t).str())});
    }
}

// A leader's name of one character is a two-character name that padding split ("何 军"
// read as 何 and 军), or a stray character.
void one_character_leaders(const Spellings& leaders, std::vector<Finding>& out) {
    for (const auto& [name, sp] : leaders)
        if (count_chars(strip_padding(name)) == 1)
            out.push_back({Severity::Warning, sp.first,
                           tr(N_("leader {0} ({1}) is a single character: a name split by "
                                 "its padding?"),
                              name, task_list(sp.tasks))});
}

// Once per plan, not per task: most bureaus' tables name no leaders at all.
void tasks_without_leaders(const Plan& plan, std::vector<Finding>& out) {
    std::vector<int> ids;
    Pos first;
    for (const Task& t : plan.tasks)
        if (t.leaders.empty()) {
            if (ids.empty()) first = t.pos;
            ids.push_back(t.id);
        }
    if (ids.empty()) return;
    const bool all = ids.size() == plan.tasks.size();
    // Whole sentences, so that a translation can order them its own way.
    std::string message =
        all ? std::string(_("no task names a responsible leader (责任领导); reports by leader "
                            "will leave them out"))
            : tr(N_("{0} of {1} tasks ({2}) name no responsible leader (责任领导); reports by "
                    "leader will leave these out"),
                 ids.size(), plan.tasks.size(), task_list(ids));
    out.push_back({Severity::Warning, first, message});
}

}  // namespace

std::vector<Finding> check_plan(const Plan& plan, Date today) {
    std::vector<Finding> out;
    Spellings leaders, offices;
    for (const Task& t : plan.tasks) {
        for (const auto& l : t.leaders) note(leaders, l, t, "leaders");
        note(offices, t.office, t, "office");
        for (const auto& o : t.co_leads) note(offices, o, t, "co_leads");
        for (const auto& o : t.partners) note(offices, o, t, "partners");
        check_updates(t, out);
        check_update_dates(plan, t, today, out);
        check_milestones(plan, t, out);
        if (t.due && (*t.due < plan.start))
            out.push_back({Severity::Warning, t.where("due"),
                           tr(N_("task {0}: due {1} is before the plan starts ({2})"), t.id,
                              t.due->str(), plan.start.str())});
    }
    near_duplicates(leaders, "leader", out);
    near_duplicates(offices, "office", out);
    one_character_leaders(leaders, out);
    tasks_without_leaders(plan, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding& a, const Finding& b) { return a.pos.line < b.pos.line; });
    return out;
}

}  // namespace duban
