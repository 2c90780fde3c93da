#include "store/task_edit.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "model/error.h"
#include "store/edit.h"
#include "store/load.h"
#include "store/save.h"
#include "text/i18n.h"
#include "text/strings.h"

namespace duban {

namespace {

using yaml::Kind;
using yaml::Node;
using yaml::Style;

// The keys of a task in the order the file format writes them; a missing key is put before the
// first present key that follows it here.
const std::vector<std::string_view> kKeyOrder = {
    "id",  "category", "title",   "leaders",    "office", "co_leads", "partners",
    "due", "due_text", "ongoing", "milestones", "extra",  "updates"};

size_t line_start(std::string_view text, size_t at) {
    size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
}

size_t next_line(std::string_view text, size_t at) {
    size_t nl = text.find('\n', at);
    return nl == std::string_view::npos ? text.size() : nl + 1;
}

// One change of the text: bytes [from, to) become `text` (written with '\n' line ends).
struct Splice {
    size_t from = 0;
    size_t to = 0;
    std::string text;
    int order = 0;  // among insertions at one point, the order they appear in
};

// The text with every splice made, new lines in the file's line ending. Splices must not
// overlap; insertions at one point come before a replacement that starts there.
std::string apply(std::string_view text, std::vector<Splice> splices) {
    const std::string_view eol = line_ending(text);
    std::stable_sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) {
        if (a.from != b.from) return a.from < b.from;
        if ((a.to == a.from) != (b.to == b.from)) return a.to == a.from;
        return a.order < b.order;
    });
    std::string out;
    size_t at = 0;
    for (const Splice& s : splices) {
        if (s.from < at) throw Error(_("internal error: overlapping edits of one task"));
        out.append(text.substr(at, s.from - at));
        std::string lines = s.text;
        // Lines added after a last line that has no line ending start on a line of their own.
        if (s.from == text.size() && !text.empty() && text.back() != '\n' && !lines.empty() &&
            lines.back() == '\n')
            lines = "\n" + lines.substr(0, lines.size() - 1);
        for (char c : lines) {
            if (c == '\n')
                out.append(eol);
            else
                out.push_back(c);
        }
        at = s.to;
    }
    out.append(text.substr(at));
    return out;
}

// A task's node and the key/value pairs of it that an edit looks at.
struct TaskNode {
    const Node* node = nullptr;
    int indent = 0;  // the column (0-based) of its keys

    const std::pair<Node, Node>* pair(std::string_view key) const {
        for (const auto& p : node->pairs)
            if (p.first.value == key) return &p;
        return nullptr;
    }
};

// Where the lines of key `p` and its value stand: from the start of the key's line to the start
// of the line after the value's content.
std::pair<size_t, size_t> key_lines(std::string_view text, const std::pair<Node, Node>& p) {
    const Node& v = p.second;
    size_t end = v.kind == Kind::Scalar && v.is_null() ? next_line(text, p.first.end.offset)
                                                       : after_node_content(text, v);
    return {line_start(text, p.first.start.offset),
            std::max(end, next_line(text, p.first.end.offset))};
}

// Where a key the task lacks goes: before the first present key that follows it in the key
// order, or after the task's content.
size_t new_key_at(std::string_view text, const TaskNode& t, std::string_view key) {
    auto it = std::find(kKeyOrder.begin(), kKeyOrder.end(), key);
    for (++it; it != kKeyOrder.end(); ++it)
        if (const auto* p = t.pair(*it)) return line_start(text, p->first.start.offset);
    return after_node_content(text, *t.node);
}

std::string flow_names(const std::vector<std::string>& names) {
    std::string out = "[";
    for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + yaml_scalar(names[i], true);
    return out + "]";
}

// Sets key `key` to the YAML `value` (one line), or removes the key when `value` is empty.
void set_key(std::string_view text, const TaskNode& t, std::string_view key,
             const std::string& value, std::vector<Splice>& out) {
    const std::string line = fmt::format("{}{}: {}\n", std::string(t.indent, ' '), key, value);
    const auto* p = t.pair(key);
    if (!p) {
        if (!value.empty()) {
            size_t at = new_key_at(text, t, key);
            out.push_back({at, at, line});
        }
        return;
    }
    auto [from, to] = key_lines(text, *p);
    if (value.empty()) {
        out.push_back({from, to, ""});
        return;
    }
    const Node& v = p->second;
    const bool inline_scalar = v.kind == Kind::Scalar && !v.is_null() &&
                               v.style != Style::Literal && v.style != Style::Folded &&
                               v.start.line == v.end.line && v.start.line == p->first.start.line;
    if (inline_scalar) {
        out.push_back({v.start.offset, v.end.offset, value});
        return;
    }
    // A flow list on the key's line: from its '[' to its ']'.
    if (v.kind == Kind::Sequence && v.style == Style::Flow && v.start.line == p->first.start.line) {
        size_t close = text.find(']', v.end.offset);
        if (close != std::string_view::npos &&
            text.substr(v.end.offset, close - v.end.offset).find_first_not_of(" ,") ==
                std::string_view::npos &&
            close < next_line(text, v.start.offset)) {
            out.push_back({v.start.offset, close + 1, value});
            return;
        }
    }
    out.push_back({from, to, line});
}

bool same_milestone(const Milestone& a, const Milestone& b) {
    return a.date == b.date && a.target == b.target && a.what == b.what;
}

// The dash column of a block list item, or -1.
int dash_column(std::string_view text, const Node& item) {
    size_t at = item.start.offset;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at == 0 || text[at - 1] != '-') return -1;
    return static_cast<int>(at - 1 - line_start(text, at - 1));
}

std::string milestone_lines(const std::vector<Milestone>& ms, int dash) {
    std::string out;
    for (const Milestone& m : ms) out += std::string(dash, ' ') + "- " + emit_milestone(m) + "\n";
    return out;
}

// Time nodes: each one removed loses its lines, each one added is a new line before the first
// kept node dated after it. A list not written as one item a line is written anew.
void set_milestones(std::string_view text, const TaskNode& t, const std::vector<Milestone>& was,
                    const std::vector<Milestone>& now, std::vector<Splice>& out) {
    const auto* p = t.pair("milestones");
    const std::string key_line = std::string(t.indent, ' ') + "milestones:\n";
    const int dash = t.indent + 2;
    if (!p) {
        size_t at = new_key_at(text, t, "milestones");
        if (!now.empty()) out.push_back({at, at, key_line + milestone_lines(now, dash)});
        return;
    }
    auto [from, to] = key_lines(text, *p);
    const Node& v = p->second;
    bool itemwise = v.kind == Kind::Sequence && v.style == Style::Block && !v.items.empty() &&
                    v.items.size() == was.size() && !now.empty();
    for (size_t i = 0; itemwise && i < v.items.size(); ++i)
        itemwise = dash_column(text, v.items[i]) >= 0;
    if (!itemwise) {
        out.push_back({from, to, now.empty() ? "" : key_line + milestone_lines(now, dash)});
        return;
    }
    // Which old nodes stay: each new node takes the first equal old one not yet taken.
    std::vector<bool> kept(was.size(), false);
    std::vector<bool> is_new(now.size(), true);
    for (size_t n = 0; n < now.size(); ++n)
        for (size_t o = 0; o < was.size(); ++o)
            if (!kept[o] && same_milestone(now[n], was[o])) {
                kept[o] = true;
                is_new[n] = false;
                break;
            }
    auto item_from = [&](size_t o) { return line_start(text, v.items[o].start.offset); };
    auto item_to = [&](size_t o) { return after_node_content(text, v.items[o]); };
    const int item_dash = dash_column(text, v.items.front());
    for (size_t o = 0; o < was.size(); ++o)
        if (!kept[o]) out.push_back({item_from(o), item_to(o), ""});
    int order = 0;
    for (size_t n = 0; n < now.size(); ++n) {
        if (!is_new[n]) continue;
        std::optional<size_t> before;
        for (size_t o = 0; o < was.size() && !before; ++o)
            if (kept[o] && was[o].date > now[n].date) before = o;
        size_t last_kept = was.size();
        for (size_t o = 0; o < was.size(); ++o)
            if (kept[o]) last_kept = o;
        size_t at = before                   ? item_from(*before)
                    : last_kept < was.size() ? item_to(last_kept)
                                             : item_from(0);
        out.push_back({at, at, milestone_lines({now[n]}, item_dash), order++});
    }
}

[[noreturn]] void internal(const std::string& file, int id, std::string_view why) {
    throw Error(
        tr(N_("{0}: internal error: changing task {1} {2}; nothing was written. Please report "
              "this with the file."),
           file, id, why));
}

// The splices that turn task `was` (at node `t`) into `now`.
std::vector<Splice> task_splices(std::string_view text, const TaskNode& t, const Task& was,
                                 const Task& now, const std::string& file) {
    std::vector<Splice> out;
    if (now.title != was.title) set_key(text, t, "title", yaml_scalar(now.title), out);
    if (now.office != was.office) set_key(text, t, "office", yaml_scalar(now.office), out);
    if (now.leaders != was.leaders)
        set_key(text, t, "leaders", now.leaders.empty() ? "" : flow_names(now.leaders), out);
    if (now.partners != was.partners)
        set_key(text, t, "partners", now.partners.empty() ? "" : flow_names(now.partners), out);
    if (now.due != was.due) set_key(text, t, "due", now.due ? now.due->str() : "", out);
    bool milestones_changed = now.milestones.size() != was.milestones.size();
    for (size_t i = 0; !milestones_changed && i < now.milestones.size(); ++i)
        milestones_changed = !same_milestone(now.milestones[i], was.milestones[i]);
    if (milestones_changed) set_milestones(text, t, was.milestones, now.milestones, out);
    if (now.id != was.id || now.category != was.category || now.co_leads != was.co_leads ||
        now.due_text != was.due_text || now.ongoing != was.ongoing ||
        now.updates.size() != was.updates.size() || now.extra.size() != was.extra.size())
        internal(file, was.id, "would change a field that edit does not change");
    return out;
}

// Refuses a file whose lines end with CR alone: the edit could not keep its line endings.
void check_line_ends(std::string_view text, const std::string& file) {
    for (size_t at = text.find('\r'); at != std::string_view::npos; at = text.find('\r', at + 1))
        if (at + 1 == text.size() || text[at + 1] != '\n')
            throw Error(
                tr(N_("{0}: lines end with a carriage return (CR) alone; save the file with LF "
                      "or CRLF line endings, then try again"),
                   file));
}

// Loads `after` and makes sure it holds `expected`.
void check_result(std::string_view after, const std::string& file, const Plan& expected, int id) {
    Plan got;
    try {
        got = load_plan(after, file);
    } catch (const Error& e) {
        internal(file, id, std::string("gave a file that does not load:\n") + e.what());
    }
    if (!same_plan(expected, got)) internal(file, id, "did not read back as that change");
}

}  // namespace

std::string edit_task(std::string_view text, const std::string& file, int task_id,
                      const std::function<Task(const Plan&, const Task&)>& change) {
    check_line_ends(text, file);
    std::optional<Node> node;
    Plan plan = load_plan(text, file, [&](const Node& t) {
        const Node* id = t.get("id");
        if (id && id->value == std::to_string(task_id)) node = t;
    });
    Task* task = plan.find(task_id);
    if (!task || !node) throw Error(tr(N_("{0}: no task {1}"), file, task_id), kExitUsage);
    Task now = change(plan, *task);
    if (node->kind != Kind::Mapping || node->style != Style::Block || node->pairs.empty())
        throw Error(
            tr(N_("{0}:{1}: task {2} is not written as a block of 'key: value' lines; edit it "
                  "by hand"),
               file, node->start.line, task_id));
    TaskNode t{&*node, node->pairs.front().first.start.column - 1};
    std::string after = apply(text, task_splices(text, t, *task, now, file));
    *task = now;
    check_result(after, file, plan, task_id);
    return after;
}

namespace {

// Where a task item stands: the start of its dash's line, and the end of its content.
struct TaskSpot {
    int id = 0;
    size_t from = 0;
    size_t to = 0;
    int dash = 2;
};

// The task's lines with its dash at column `dash` instead of 2.
std::string indented(const std::string& lines, int dash) {
    std::string out;
    for (size_t at = 0; at < lines.size();) {
        size_t end = lines.find('\n', at) + 1;
        std::string_view line(lines.data() + at, end - at);
        if (dash >= 2)
            out += std::string(dash - 2, ' ') + std::string(line);
        else
            out += line.substr(std::min<size_t>(2 - dash, line.find_first_not_of(' ')));
        at = end;
    }
    return out;
}

}  // namespace

std::string add_task(std::string_view text, const std::string& file,
                     const std::function<Task(const Plan&)>& make) {
    check_line_ends(text, file);
    std::vector<TaskSpot> spots;
    Plan plan = load_plan(text, file, [&](const Node& t) {
        const Node* id = t.get("id");
        size_t from = line_start(text, t.start.offset);
        spots.push_back({id ? std::stoi(id->value) : 0, from, after_node_content(text, t),
                         std::max(0, dash_column(text, t))});
    });
    Task task = make(plan);
    if (plan.find(task.id))
        throw Error(tr(N_("{0}: there is already a task {1}"), file, task.id), kExitUsage);
    if (spots.empty())
        throw Error(
            tr(N_("{0}: the file has no task yet; write the first one by hand or make the file "
                  "with duban import"),
               file));
    const TaskSpot* after = nullptr;
    size_t index = 0;  // where the task goes in plan.tasks
    for (size_t i = 0; i < spots.size(); ++i)
        if (spots[i].id < task.id && (!after || spots[i].id > after->id)) {
            after = &spots[i];
            index = i + 1;
        }
    const std::string lines = indented(emit_task_item(task), spots.front().dash);
    Splice s = after ? Splice{after->to, after->to, "\n" + lines}
                     : Splice{spots.front().from, spots.front().from, lines + "\n"};
    std::string result = apply(text, {s});
    plan.tasks.insert(plan.tasks.begin() + static_cast<long>(index), task);
    check_result(result, file, plan, task.id);
    return result;
}

}  // namespace duban
