#include "store/load.h"

#include <sched.h>

#include <algorithm>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "model/error.h"
#include "store/heap.h"
#include "store/yaml_doc.h"
#include "text/diagnostic.h"
#include "text/i18n.h"

namespace duban {

namespace {

using yaml::Kind;
using yaml::Node;

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

// Turns the YAML tree into a Plan, checking every value against the file format
// (docs/tasks-format.md) and naming the exact spot of the first thing that is wrong.
class Reader {
  public:
    Reader(std::string_view body, const std::string& file,
           const std::function<void(const Node&)>* each_task = nullptr,
           const std::function<bool(int)>* keep_updates = nullptr)
        : file_(file), body_(body), each_task_(each_task), keep_updates_(keep_updates) {}

    // Streaming (yaml::ItemStream): the tasks are read one by one as the parser builds them,
    // once the plan before them has been read without error (its categories are needed). The
    // first error in a task is kept, not thrown: an error the parser finds later in the file,
    // or one plan() finds first, must win, as it does when the whole tree is read at once.
    bool wants(const Node& key, const Node& root_so_far) {
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

    // `task` is the reader's own: its values may be moved into the plan, unless each_task is to
    // see them (an edit reads a block scalar's kept newlines): not for a task whose updates
    // keep_updates drops, whose id and positions are all an edit looks at.
    void item(Node&& task) {
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

    // The plan of `root`, checked in file-format order (top-level keys, plan, tasks); with
    // streaming, `root` holds no tasks and the streamed ones (or their first error) are used.
    Plan plan(const Node& root) {
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

    // Whether keep_updates (when given) keeps the updates of `task`, by the id written in it.
    bool kept(const Node& task) const {
        if (!keep_updates_ || !*keep_updates_) return true;
        const Node* id = task.get("id");
        const bool number = id && id->kind == Kind::Scalar && !id->value.empty() &&
                            id->value.size() <= 9 &&
                            id->value.find_first_not_of("0123456789") == std::string::npos;
        return number && (*keep_updates_)(std::stoi(id->value));
    }

    // For a part of a file read on two cores (load_on_two_cores): each_task is not called as the
    // tasks are read, but shown the nodes `shown` collects (shows()) once both parts are read.
    void collect_shown(std::vector<Node>* shown) { shown_ = shown; }

    // Whether each_task is shown `task` when a part of the file is read on its own: what an edit
    // needs, the tasks whose updates are kept and the tasks up to the first with a block list of
    // updates (where mark learns how the file indents an update's dash).
    bool shows(const Node& task) {
        if (kept(task)) return true;
        if (shown_updates_) return false;
        const Node* u = task.get("updates");
        shown_updates_ =
            u && u->kind == Kind::Sequence && u->style == yaml::Style::Block && !u->items.empty();
        return true;
    }

    // The plan read before the tasks, once wants() has said yes: what a task is checked against.
    const Plan& head() const { return streamed_; }
    // Room for `tasks` tasks in the plan being streamed.
    void reserve(size_t tasks) { streamed_.tasks.reserve(tasks); }

    // A task of the file's second part (load_on_two_cores), read on another thread by a reader
    // of its own: its values are moved out of `task`.
    Task part_task(const Node& task, const Plan& head) {
        moving_ = true;
        return read_task(task, head);
    }

    // Appends the tasks read from the file's second part to `p`, and shows each_task the nodes
    // kept for it. False when a task's id was already used: the whole file is then read again
    // for the message.
    bool adopt(Plan& p, std::vector<Task>&& tasks, const std::vector<Node>& shown) {
        p.tasks.reserve(p.tasks.size() + tasks.size());
        for (Task& t : tasks) {
            if (!ids_.emplace(t.id, t.pos.line).second) return false;
            p.tasks.push_back(std::move(t));
        }
        if (each_task_ && *each_task_) {
            for (const Node& n : *shown_) (*each_task_)(n);
            for (const Node& n : shown) (*each_task_)(n);
        }
        return true;
    }

    // The one task of a one-item list (load_task).
    Task lone_task(const Node& root, const Plan& p) {
        expect_kind(root, Kind::Sequence, _("one task as a list item"));
        if (root.items.size() != 1) fail(root, _("expected exactly one task"));
        return read_task(root.items.front(), p);
    }

  private:
    void add_task(const Node& t, Plan& p) {
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

    [[noreturn]] void fail(const Node& at, std::string_view message,
                           std::string_view hint = {}) const {
        // The line index is only needed to show the line, so it is built only on failure.
        throw Error(located_message(file_, LineIndex(body_), at.start.line, at.start.column,
                                    message, hint));
    }

    void expect_kind(const Node& n, Kind kind, std::string_view what) const {
        if (n.kind != kind) fail(n, tr(N_("expected {0}"), what));
    }

    const Node& required(const Node& map, std::string_view key, const Node& owner) const {
        const Node* v = map.get(key);
        if (!v) fail(owner, tr(N_("'{0}:' is missing here"), key));
        return *v;
    }

    void check_keys(const Node& map, const std::vector<std::string>& known,
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

    std::string text(const Node& n, std::string_view key) const {
        if (n.kind != Kind::Scalar) fail(n, tr(N_("'{0}' takes text, not a list or mapping"), key));
        return n.is_null() ? std::string() : take(n);
    }

    // A scalar's value for the plan: moved out of the node when the node is a streamed task's
    // that no each_task callback will see (an edit reads values of the node: a block scalar's
    // kept newlines), copied otherwise. Half the allocations of loading a plan were these
    // copies.
    std::string take(const Node& n) const {
        return moving_ ? std::move(const_cast<Node&>(n).value) : n.value;
    }

    std::string required_text(const Node& n, std::string_view key) const {
        std::string s = text(n, key);
        if (s.empty()) fail(n, tr(N_("'{0}' must not be empty"), key));
        return s;
    }

    int integer(const Node& n, std::string_view key, int lo, int hi) const {
        std::string what = tr(N_("'{0}' must be a whole number from {1} to {2}"), key, lo, hi);
        if (n.kind != Kind::Scalar || n.is_null()) fail(n, what);
        const std::string& v = n.value;
        bool digits =
            !v.empty() && v.size() <= 9 && v.find_first_not_of("0123456789") == std::string::npos;
        if (!digits) fail(n, tr(N_("{0}, not '{1}'"), what, v));
        int value = std::stoi(v);
        if (value < lo || value > hi) fail(n, tr(N_("{0}, not {1}"), what, value));
        return value;
    }

    Date date(const Node& n, std::string_view key) const {
        if (n.kind != Kind::Scalar) fail(n, tr(N_("'{0}' takes a date, YYYY-MM-DD"), key));
        auto d = parse_date(n.value);
        if (!d)
            fail(n,
                 tr(N_("'{0}' must be a real date written YYYY-MM-DD, not '{1}'"), key, n.value));
        return *d;
    }

    bool boolean(const Node& n, std::string_view key) const {
        if (n.kind == Kind::Scalar && (n.value == "true" || n.value == "false"))
            return n.value == "true";
        fail(n, tr(N_("'{0}' is true or false, not '{1}'"), key, n.value));
    }

    // The columns a table had that duban has no field for: name → text, in the file's order.
    std::vector<ExtraField> read_extra(const Node& n) const {
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

    // A list of names; a single name written without brackets is a list of one.
    std::vector<std::string> names(const Node& n, std::string_view key) const {
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

    void read_plan(const Node& n, Plan& p) {
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

    // A text rule: not empty, and within its choices when it has any.
    std::string rule_text(const Node& n, const RuleKey& k) const {
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

    void read_rules(const Node& n, Rules& r) {
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
        if (r.red_behind < r.yellow_behind)
            fail(n, _("'red_behind' must be at least 'yellow_behind'"));
    }

    Task read_task(const Node& n, const Plan& p) {
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

    void check_category(const Node& at, const std::string& category, const Plan& p) const {
        for (const auto& c : p.categories)
            if (c == category) return;
        fail(at, tr(N_("unknown category '{0}'"), category),
             suggest(category, p.categories,
                     tr(N_("plan.categories lists: {0}"), fmt::join(p.categories, ", "))));
    }

    std::vector<Milestone> read_milestones(const Node& n) const {
        std::vector<Milestone> out;
        if (n.is_null()) return out;
        expect_kind(n, Kind::Sequence, _("a list of time nodes: - {date: ..., target: ...}"));
        out.reserve(n.items.size());
        for (const Node& m : n.items) {
            expect_kind(m, Kind::Mapping,
                        _("a time node: {date: YYYY-MM-DD, target: 50, what: ...}"));
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

    std::vector<Update> read_updates(const Node& n) const {
        std::vector<Update> out;
        if (n.is_null()) return out;
        expect_kind(n, Kind::Sequence, _("a list of updates, each starting with '- date:'"));
        out.reserve(n.items.size());
        for (const Node& u : n.items) out.push_back(read_update(u));
        return out;
    }

    Update read_update(const Node& n) const {
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

    const std::string& file_;
    std::string_view body_;
    const std::function<void(const Node&)>* each_task_;
    const std::function<bool(int)>* keep_updates_;
    std::unordered_map<int, int> ids_;  // task id → the line of the task that has it
    bool streaming_ = false;
    Plan streamed_;
    std::optional<Error> deferred_;
    bool moving_ = false;                 // whether take() may move a value out of its node
    std::vector<Node>* shown_ = nullptr;  // see collect_shown()
    bool shown_updates_ = false;          // shows() has shown a task with updates
};

// Where the tasks of a file can be cut in two for load_on_two_cores: byte offsets into the file's
// body (after a BOM) of the `tasks:` line and of the line that starts a task near the middle.
// Also how many lines come before the cut, and how many tasks before it and in all, for
// reserving the lists they go to: growing a list of 10,000 tasks by doubling it would hold 16,384
// places, and two lists joined hold three at once.
struct Cut {
    size_t tasks_key = 0;
    size_t at = 0;
    int lines_before = 0;
    size_t tasks_before = 0;
    size_t tasks = 0;
};

// Whether the line at `at` is `indent` spaces, a dash and a space or the line's end: an item of
// a block list whose dashes stand at that column.
bool dash_line(std::string_view body, size_t at, size_t indent) {
    if (at + indent + 1 >= body.size()) return false;
    for (size_t i = 0; i < indent; ++i)
        if (body[at + i] != ' ') return false;
    const char after = body[at + indent + 1];
    return body[at + indent] == '-' && (after == ' ' || after == '\n' || after == '\r');
}

// A line with nothing to parse: blank, or a comment.
bool empty_line(std::string_view line) {
    size_t i = line.find_first_not_of(" \r");
    return i == std::string_view::npos || line[i] == '#';
}

// A cut between two tasks near the middle of a file shaped `tasks:` at column 0, then a block
// list of tasks: the line found starts with a dash at the list's column, which inside that list
// can only start its next item (deeper lines of a task, block text included, are indented
// further; a quoted text or a flow list that runs over the cut makes the first part fail to
// parse). nullopt when the file is not so shaped.
std::optional<Cut> find_cut(std::string_view body) {
    Cut cut;
    if (body.substr(0, 6) == "tasks:") {
        cut.tasks_key = 0;
    } else {
        size_t at = body.find("\ntasks:");
        if (at == std::string_view::npos) return std::nullopt;
        cut.tasks_key = at + 1;
    }
    size_t eol = body.find('\n', cut.tasks_key);
    if (eol == std::string_view::npos ||
        !empty_line(body.substr(cut.tasks_key + 6, eol - cut.tasks_key - 6)))
        return std::nullopt;
    size_t first = eol + 1;
    while (first < body.size()) {
        eol = std::min(body.find('\n', first), body.size());
        if (!empty_line(body.substr(first, eol - first))) break;
        first = eol + 1;
    }
    const size_t indent = body.find_first_not_of(' ', first) - first;
    if (first >= body.size() || !dash_line(body, first, indent)) return std::nullopt;
    const size_t middle = first + (body.size() - first) / 2;
    int lines = static_cast<int>(std::count(body.begin(), body.begin() + first, '\n'));
    for (size_t at = first; at < body.size(); ++lines) {
        if (dash_line(body, at, indent)) {
            if (!cut.at && at >= middle && cut.tasks) {
                cut.at = at;
                cut.lines_before = lines;
                cut.tasks_before = cut.tasks;
            }
            ++cut.tasks;
        }
        at = body.find('\n', at);
        if (at == std::string_view::npos) break;
        ++at;
    }
    if (!cut.at) return std::nullopt;
    return cut;
}

// The processors this process may run on (taskset limits them), at least 1.
int usable_cores() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
    return std::max(1, CPU_COUNT(&set));
}

// The tasks of a file's second part, read on a second thread.
struct Part {
    std::vector<Task> tasks;
    std::vector<Node> shown;  // the nodes each_task is shown: the tasks keep_updates keeps
    bool ok = false;
};

void read_part(std::string_view body, size_t bom, const Cut& cut, const std::string& filename,
               const Plan& head, const std::function<void(const Node&)>& each_task,
               const std::function<bool(int)>& keep_updates, Part& out) {
    try {
        ready_thread_heap();
        Reader reader(body, filename, nullptr, &keep_updates);
        out.tasks.reserve(cut.tasks - cut.tasks_before);
        out.ok = yaml::parse_items(body.substr(cut.at), bom + cut.at, cut.lines_before, filename,
                                   [&](Node&& t) {
                                       const bool kept = keep_updates && reader.kept(t);
                                       if (each_task && reader.shows(t)) out.shown.push_back(t);
                                       out.tasks.push_back(reader.part_task(t, head));
                                       if (keep_updates && !kept)
                                           std::vector<Update>().swap(out.tasks.back().updates);
                                   });
        // The checks parse() makes first, on this part: the cut lies between two lines.
        yaml::check_utf8(body.substr(cut.at), filename);
        yaml::check_conflict_markers(body.substr(cut.at), filename);
    } catch (...) {
        out.ok = false;  // read again as one piece, for the message
    }
}

// load_plan on two threads, for a large file: the first reads the plan and the tasks up to a cut
// near the middle (find_cut), the second the tasks after it, as a block list on its own with its
// positions placed in the whole file. Gives the plan the whole file gives; nullopt when the file
// is small or not shaped for it, or at any error, so that the caller reads it as one piece and
// reports the same first error as always. each_task is supported only with keep_updates, and is
// shown (Reader::shows) only once both parts are read, so that it sees no task twice.
std::optional<Plan> load_on_two_cores(std::string_view text, const std::string& filename,
                                      const std::function<void(const Node&)>& each_task,
                                      const std::function<bool(int)>& keep_updates) {
    if (text.size() < two_core_load_bytes || (each_task && !keep_updates) || usable_cores() < 2)
        return std::nullopt;
    const size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::string_view body = text.substr(bom);
    const std::optional<Cut> cut = find_cut(body);
    if (!cut) return std::nullopt;
    Reader reader(body, filename, &each_task, &keep_updates);
    std::vector<Node> shown;  // the nodes of the first part each_task is shown, when both are read
    reader.collect_shown(&shown);
    Part part;
    Plan head;  // before `second`, which is joined before `head` goes
    std::thread second;
    struct Joined {
        std::thread& t;
        ~Joined() {
            if (t.joinable()) t.join();
        }
    } joined{second};
    bool doubt = false;  // the first part is not the file's beginning as find_cut saw it
    yaml::ItemStream stream;
    stream.wants = [&](const Node& key, const Node& root) {
        if (!reader.wants(key, root)) return false;
        if (second.joinable() || key.start.offset != bom + cut->tasks_key) {
            doubt = true;
            return true;
        }
        head = reader.head();
        reader.reserve(cut->tasks);
        try {
            second = std::thread(read_part, body, bom, std::cref(*cut), std::cref(filename),
                                 std::cref(head), std::cref(each_task), std::cref(keep_updates),
                                 std::ref(part));
        } catch (const std::system_error&) {
            doubt = true;  // no thread to be had: read as one piece
        }
        return true;
    };
    stream.item = [&](Node&& task) { reader.item(std::move(task)); };
    std::optional<Plan> plan;
    try {
        const std::string_view first = text.substr(0, bom + cut->at);
        plan = reader.plan(yaml::parse_checked(first, filename, stream));
        // After the parse, while the second thread works: any error reads the file as one piece,
        // which checks these first, as always.
        yaml::check_utf8(first, filename);
        yaml::check_conflict_markers(first, filename);
    } catch (const Error&) {
        plan.reset();
    }
    if (second.joinable())
        second.join();
    else
        doubt = true;
    if (!plan || doubt || !part.ok || !reader.adopt(*plan, std::move(part.tasks), part.shown))
        return std::nullopt;
    return plan;
}

}  // namespace

Plan load_plan(std::string_view text, const std::string& filename) {
    return load_plan(text, filename, {});
}

Task load_task(std::string_view text, const std::string& filename, const Plan& plan) {
    std::string_view body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
    return Reader(body, filename).lone_task(yaml::parse(text, filename), plan);
}

Plan load_plan(std::string_view text, const std::string& filename,
               const std::function<void(const yaml::Node& task)>& each_task) {
    return load_plan(text, filename, each_task, {});
}

Plan load_plan(std::string_view text, const std::string& filename,
               const std::function<void(const yaml::Node& task)>& each_task,
               const std::function<bool(int task_id)>& keep_updates) {
    if (std::optional<Plan> plan = load_on_two_cores(text, filename, each_task, keep_updates))
        return std::move(*plan);
    std::string_view body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
    Reader reader(body, filename, &each_task, &keep_updates);
    yaml::ItemStream stream;
    stream.wants = [&](const Node& key, const Node& root) { return reader.wants(key, root); };
    stream.item = [&](Node&& task) { reader.item(std::move(task)); };
    Node root = yaml::parse(text, filename, stream);
    return reader.plan(root);
}

}  // namespace duban
