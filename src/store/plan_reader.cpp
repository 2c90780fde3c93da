#include "store/plan_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/diagnostic.h"
#include "text/i18n.h"

namespace duban {

using yaml::Kind;
using yaml::Node;

namespace {

const std::vector<std::string> kTopKeys = {"plan", "tasks"};
const std::vector<std::string> kPlanKeys = {"title",      "issuer",     "document",
                                            "start",      "due",        "dispatch_months",
                                            "categories", "collective", "rules"};
const std::vector<std::string> kTaskKeys(kTaskKeyOrder.begin(), kTaskKeyOrder.end());
const std::vector<std::string> kUpdateKeys = {"date",     "progress", "status", "note",
                                              "problems", "next",     "by",     "evidence"};
const std::vector<std::string> kMilestoneKeys = {"date", "target", "what"};

// A hint for an unknown word: the likely intended one, if any is close, then what is allowed.
std::string suggest(const std::string& word, const std::vector<std::string>& known,
                    const std::string& allowed) {
    std::string near = nearest(word, known);
    return near.empty() ? allowed : tr(N_("did you mean '{0}'? {1}"), near, allowed);
}

// Whether `task` has a block list of updates whose first item stands after its dash on the
// dash's line, blanks between: what edit.cpp's task_dash_offset learns the dash's column from.
bool teaches_update_dash(std::string_view text, const Node& task) {
    const Node* u = task.kind == Kind::Mapping ? task.get("updates") : nullptr;
    if (!u || u->kind != Kind::Sequence || u->style != yaml::Style::Block || u->items.empty())
        return false;
    size_t at = u->items.front().start.offset;
    while (at > 0 && text[at - 1] == ' ') --at;
    return at > 0 && text[at - 1] == '-';
}

}  // namespace

PlanReader::PlanReader(std::string_view text, const std::string& file,
                       const std::function<void(const Node&)>* each_task,
                       const std::function<bool(int)>* keep_updates)
    : file_(file),
      text_(text),
      body_(text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text),
      each_task_(each_task),
      keep_updates_(keep_updates) {}

bool PlanReader::wants(const Node& key, const Node& root_so_far) {
    if (key.kind != Kind::Scalar || key.value != "tasks") return false;
    const Node* plan = root_so_far.get("plan");
    if (!plan) return false;
    try {
        Plan trial;
        read_plan(*plan, trial);
        streamed_ = std::move(trial);
    } catch (const Error&) {
        return false;
    }
    streaming_ = true;
    return true;
}

void PlanReader::item(Node&& task) {
    if (deferred_) return;
    if (shown_ && each_task_ && *each_task_ && shows(task)) shown_->push_back(task);
    moving_ = !(each_task_ && *each_task_) || !kept(task) || shown_;
    try {
        add_task(task, streamed_);
    } catch (const Error& e) {
        deferred_ = e;
    }
    moving_ = false;
}

Plan PlanReader::plan(const Node& root) {
    expect_kind(root, Kind::Mapping, _("the file to be a mapping with 'plan:' and 'tasks:'"));
    check_keys(root, kTopKeys, _("at the top of the file"));
    Plan p;
    read_plan(required(root, "plan", root), p);
    const Node& tasks = required(root, "tasks", root);
    if (streaming_) {
        if (deferred_) throw *deferred_;
        p.tasks = std::move(streamed_.tasks);
        return p;
    }
    if (!tasks.is_null()) {
        expect_kind(tasks, Kind::Sequence, _("a list of tasks, each starting with '- id:'"));
        for (const Node& t : tasks.items) add_task(t, p);
    }
    return p;
}

bool PlanReader::kept(const Node& task) const {
    if (!keep_updates_ || !*keep_updates_) return true;
    const Node* id = task.get("id");
    const bool number = id && id->kind == Kind::Scalar && !id->value.empty() &&
                        id->value.size() <= 9 &&
                        id->value.find_first_not_of("0123456789") == std::string::npos;
    return number && (*keep_updates_)(std::stoi(id->value));
}

bool PlanReader::shows(const Node& task) {
    if (kept(task)) return true;
    if (shown_updates_) return false;
    shown_updates_ = teaches_update_dash(text_, task);
    return true;
}

Task PlanReader::part_task(const Node& task, const Plan& head) {
    moving_ = true;
    return read_task(task, head);
}

bool PlanReader::adopt(Plan& p, std::vector<Task>&& tasks) {
    p.tasks.reserve(p.tasks.size() + tasks.size());
    for (Task& t : tasks) {
        if (!ids_.emplace(t.id, t.pos.line).second) return false;
        p.tasks.push_back(std::move(t));
    }
    return true;
}

Task PlanReader::lone_task(const Node& root, const Plan& p) {
    expect_kind(root, Kind::Sequence, _("one task as a list item"));
    if (root.items.size() != 1) fail(root, _("expected exactly one task"));
    return read_task(root.items.front(), p);
}

void PlanReader::add_task(const Node& t, Plan& p) {
    p.tasks.push_back(read_task(t, p));
    if (each_task_ && *each_task_ && !shown_) (*each_task_)(t);
    auto [it, fresh] = ids_.emplace(p.tasks.back().id, t.start.line);
    if (!fresh) {
        const Node& id = *t.get("id");
        fail(id,
             tr(N_("task id {0} is already used by the task on line {1}"), p.tasks.back().id,
                it->second),
             _("every task needs its own number (序号)"));
    }
    if (keep_updates_ && *keep_updates_ && !(*keep_updates_)(p.tasks.back().id))
        std::vector<Update>().swap(p.tasks.back().updates);
}

void PlanReader::fail(const Node& at, std::string_view message, std::string_view hint) const {
    // The line index is only needed to show the line, so it is built only on failure.
    throw Error(
        located_message(file_, LineIndex(body_), at.start.line, at.start.column, message, hint));
}

void PlanReader::expect_kind(const Node& n, Kind kind, std::string_view what) const {
    if (n.kind != kind) fail(n, tr(N_("expected {0}"), what));
}

const Node& PlanReader::required(const Node& map, std::string_view key, const Node& owner) const {
    const Node* v = map.get(key);
    if (!v) fail(owner, tr(N_("'{0}:' is missing here"), key));
    return *v;
}

void PlanReader::check_keys(const Node& map, const std::vector<std::string>& known,
                            std::string_view where) const {
    for (const auto& [k, v] : map.pairs) {
        if (k.kind != Kind::Scalar) fail(k, _("a key must be a plain word"));
        bool ok = false;
        for (const auto& name : known) ok = ok || k.value == name;
        if (ok) continue;
        fail(k, tr(N_("unknown key '{0}' {1}"), k.value, where),
             suggest(k.value, known,
                     tr(N_("the keys allowed {0} are: {1}"), where, fmt::join(known, ", "))));
    }
}

std::string PlanReader::text(const Node& n, std::string_view key) const {
    if (n.kind != Kind::Scalar) fail(n, tr(N_("'{0}' takes text, not a list or mapping"), key));
    return n.is_null() ? std::string() : take(n);
}

std::string PlanReader::take(const Node& n) const {
    return moving_ ? std::move(const_cast<Node&>(n).value) : n.value;
}

std::string PlanReader::required_text(const Node& n, std::string_view key) const {
    std::string s = text(n, key);
    if (s.empty()) fail(n, tr(N_("'{0}' must not be empty"), key));
    return s;
}

int PlanReader::integer(const Node& n, std::string_view key, int lo, int hi) const {
    // The message is made only for a value that fails: a plan of 10,000 tasks reads 70,000
    // numbers, and translating and formatting it each time was 3% of a load's instructions.
    auto what = [&] { return tr(N_("'{0}' must be a whole number from {1} to {2}"), key, lo, hi); };
    if (n.kind != Kind::Scalar || n.is_null()) fail(n, what());
    const std::string& v = n.value;
    bool digits =
        !v.empty() && v.size() <= 9 && v.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) fail(n, tr(N_("{0}, not '{1}'"), what(), v));
    int value = std::stoi(v);
    if (value < lo || value > hi) fail(n, tr(N_("{0}, not {1}"), what(), value));
    return value;
}

Date PlanReader::date(const Node& n, std::string_view key) const {
    if (n.kind != Kind::Scalar) fail(n, tr(N_("'{0}' takes a date, YYYY-MM-DD"), key));
    auto d = parse_date(n.value);
    if (!d)
        fail(n, tr(N_("'{0}' must be a real date written YYYY-MM-DD, not '{1}'"), key, n.value));
    return *d;
}

bool PlanReader::boolean(const Node& n, std::string_view key) const {
    if (n.kind == Kind::Scalar && (n.value == "true" || n.value == "false"))
        return n.value == "true";
    fail(n, tr(N_("'{0}' is true or false, not '{1}'"), key, n.value));
}

std::vector<ExtraField> PlanReader::read_extra(const Node& n) const {
    std::vector<ExtraField> out;
    if (n.is_null()) return out;
    expect_kind(n, Kind::Mapping, _("'extra:' to map column names to text: 备注: ..."));
    for (const auto& [k, v] : n.pairs) {
        if (k.kind != Kind::Scalar || k.value.empty()) fail(k, _("a column name must be text"));
        std::string value = text(v, k.value);
        out.push_back({k.value, std::move(value)});
    }
    return out;
}

std::vector<std::string> PlanReader::names(const Node& n, std::string_view key) const {
    std::vector<std::string> out;
    if (n.kind == Kind::Scalar) {
        if (!n.is_null()) out.push_back(take(n));
        return out;
    }
    if (n.kind != Kind::Sequence) fail(n, tr(N_("'{0}' takes a list: [a, b]"), key));
    for (const Node& item : n.items) {
        std::string s = text(item, key);
        if (s.empty()) fail(item, tr(N_("an empty name in '{0}'"), key));
        out.push_back(std::move(s));
    }
    return out;
}

void PlanReader::read_plan(const Node& n, Plan& p) {
    expect_kind(n, Kind::Mapping, _("'plan:' to hold title, start, due and categories"));
    check_keys(n, kPlanKeys, _("under 'plan:'"));
    p.title = required_text(required(n, "title", n), "title");
    if (const Node* v = n.get("issuer")) p.issuer = text(*v, "issuer");
    if (const Node* v = n.get("document")) p.document = text(*v, "document");
    p.start = date(required(n, "start", n), "start");
    p.due = date(required(n, "due", n), "due");
    if (p.due < p.start) fail(*n.get("due"), _("the plan's due date is before its start"));
    if (const Node* v = n.get("dispatch_months"))
        p.dispatch_months = integer(*v, "dispatch_months", 1, 12);
    const Node& cats = required(n, "categories", n);
    p.categories = names(cats, "categories");
    if (p.categories.empty()) fail(cats, _("'categories' must name at least one category"));
    if (const Node* v = n.get("collective")) p.collective = names(*v, "collective");
    if (const Node* v = n.get("rules")) read_rules(*v, p.rules);
}

std::string PlanReader::rule_text(const Node& n, const RuleKey& k) const {
    std::string v = required_text(n, k.name);
    if (!k.choices) return v;
    std::string choices = k.choices;
    std::vector<std::string> allowed;
    for (size_t i = 0; i < choices.size();) {
        size_t end = std::min(choices.find(' ', i), choices.size());
        allowed.push_back(choices.substr(i, end - i));
        i = end + 1;
    }
    std::vector<std::string> items = k.list ? rule_list(v) : std::vector<std::string>{v};
    if (items.empty()) fail(n, tr(N_("'{0}' must not be empty"), k.name));
    for (const auto& item : items)
        if (std::find(allowed.begin(), allowed.end(), item) == allowed.end())
            fail(n, tr(N_("'{0}' takes {1}{2}, not '{3}'"), k.name,
                       k.list ? _("a comma-separated list of ") : _("one of "),
                       fmt::join(allowed, ", "), item));
    return v;
}

void PlanReader::read_rules(const Node& n, Rules& r) {
    expect_kind(n, Kind::Mapping, _("'rules:' to be a mapping"));
    std::vector<std::string> known;
    for (const RuleKey& k : rule_keys()) known.push_back(k.name);
    check_keys(n, known, _("under 'rules:'"));
    for (const RuleKey& k : rule_keys())
        if (const Node* v = n.get(k.name)) {
            if (k.field)
                r.*k.field = integer(*v, k.name, k.min, k.max);
            else
                r.*k.text = rule_text(*v, k);
        }
    if (r.red_behind < r.yellow_behind) fail(n, _("'red_behind' must be at least 'yellow_behind'"));
}

Task PlanReader::read_task(const Node& n, const Plan& p) {
    expect_kind(n, Kind::Mapping, _("a task: a mapping starting with 'id:'"));
    check_keys(n, kTaskKeys, _("in a task"));
    Task t;
    t.pos = {n.start.line, n.start.column};
    for (const auto& [k, v] : n.pairs)  // check_keys let only kTaskKeyOrder's keys through
        for (size_t i = 0; i < kTaskKeyOrder.size(); ++i)
            if (kTaskKeyOrder[i] == k.value) t.key_pos[i] = {k.start.line, k.start.column};
    t.id = integer(required(n, "id", n), "id", 1, 999999);
    const Node& cat = required(n, "category", n);
    t.category = required_text(cat, "category");
    check_category(cat, t.category, p);
    t.title = required_text(required(n, "title", n), "title");
    if (const Node* v = n.get("leaders")) t.leaders = names(*v, "leaders");
    t.office = required_text(required(n, "office", n), "office");
    if (const Node* v = n.get("co_leads")) t.co_leads = names(*v, "co_leads");
    if (const Node* v = n.get("partners")) t.partners = names(*v, "partners");
    if (const Node* v = n.get("due")) t.due = date(*v, "due");
    if (const Node* v = n.get("due_text")) t.due_text = text(*v, "due_text");
    if (const Node* v = n.get("ongoing")) t.ongoing = boolean(*v, "ongoing");
    if (const Node* v = n.get("milestones")) t.milestones = read_milestones(*v);
    if (const Node* v = n.get("extra")) t.extra = read_extra(*v);
    if (const Node* v = n.get("updates")) t.updates = read_updates(*v);
    return t;
}

void PlanReader::check_category(const Node& at, const std::string& category, const Plan& p) const {
    for (const auto& c : p.categories)
        if (c == category) return;
    fail(at, tr(N_("unknown category '{0}'"), category),
         suggest(category, p.categories,
                 tr(N_("plan.categories lists: {0}"), fmt::join(p.categories, ", "))));
}

std::vector<Milestone> PlanReader::read_milestones(const Node& n) const {
    std::vector<Milestone> out;
    if (n.is_null()) return out;
    expect_kind(n, Kind::Sequence, _("a list of time nodes: - {date: ..., target: ...}"));
    out.reserve(n.items.size());
    for (const Node& m : n.items) {
        expect_kind(m, Kind::Mapping, _("a time node: {date: YYYY-MM-DD, target: 50, what: ...}"));
        check_keys(m, kMilestoneKeys, _("in a time node"));
        Milestone ms;
        ms.pos = {m.start.line, m.start.column};
        ms.date = date(required(m, "date", m), "date");
        ms.target = integer(required(m, "target", m), "target", 0, 100);
        if (const Node* v = m.get("what")) ms.what = text(*v, "what");
        out.push_back(std::move(ms));
    }
    return out;
}

std::vector<Update> PlanReader::read_updates(const Node& n) const {
    std::vector<Update> out;
    if (n.is_null()) return out;
    expect_kind(n, Kind::Sequence, _("a list of updates, each starting with '- date:'"));
    out.reserve(n.items.size());
    for (const Node& u : n.items) out.push_back(read_update(u));
    return out;
}

Update PlanReader::read_update(const Node& n) const {
    expect_kind(n, Kind::Mapping, _("an update: a mapping starting with 'date:'"));
    check_keys(n, kUpdateKeys, _("in an update"));
    Update u;
    u.pos = {n.start.line, n.start.column};
    u.date = date(required(n, "date", n), "date");
    u.progress = integer(required(n, "progress", n), "progress", 0, 100);
    u.status = u.progress == 0     ? Status::NotStarted
               : u.progress == 100 ? Status::Done
                                   : Status::InProgress;
    if (const Node* v = n.get("status")) {
        const std::string written = v->value;  // as written, before text() may move it
        auto s = parse_status(text(*v, "status"));
        if (!s)
            fail(*v, tr(N_("unknown status '{0}'"), written),
                 _("status is one of not-started, in-progress, done, closed (or 未启动, "
                   "推进中, 已完成, 已销号)"));
        u.status = *s;
    }
    if (const Node* v = n.get("note")) u.note = text(*v, "note");
    if (const Node* v = n.get("problems")) u.problems = text(*v, "problems");
    if (const Node* v = n.get("next")) u.next = text(*v, "next");
    if (const Node* v = n.get("by")) u.by = text(*v, "by");
    if (const Node* v = n.get("evidence")) u.evidence = names(*v, "evidence");
    return u;
}

}  // namespace duban
