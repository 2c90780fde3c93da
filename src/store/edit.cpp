#include "store/edit.h"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "model/error.h"
#include "store/load.h"
#include "store/save.h"
#include "store/text_edit.h"
#include "text/diagnostic.h"
#include "text/i18n.h"
#include "text/strings.h"

namespace duban {

namespace {

using yaml::Kind;
using yaml::Node;
using yaml::Style;

// The offset where the line after the one holding byte `at` starts; text.size() when that
// line is the last one and has no line ending.
size_t next_line(std::string_view text, size_t at) {
    size_t nl = text.find('\n', at);
    return nl == std::string_view::npos ? text.size() : nl + 1;
}

size_t line_start(std::string_view text, size_t at) {
    size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
}

const Node& last_leaf(const Node& n) {
    if (n.kind == Kind::Mapping && !n.pairs.empty()) return last_leaf(n.pairs.back().second);
    if (n.kind == Kind::Sequence && !n.items.empty()) return last_leaf(n.items.back());
    return n;
}

// Where lines go that should follow `n`: the start of the line after its last content line.
// A block scalar's end mark lies past the blank lines that follow it; those belong to it only
// when it keeps its trailing newlines (|+), and then as many as it kept.
size_t after_content(std::string_view text, const Node& n) {
    const Node& leaf = last_leaf(n);
    size_t end = leaf.end.offset;
    if (leaf.kind != Kind::Scalar || (leaf.style != Style::Literal && leaf.style != Style::Folded))
        return next_line(text, end > leaf.start.offset ? end - 1 : end);
    while (end > leaf.start.offset &&
           std::string_view(" \t\r\n").find(text[end - 1]) != std::string_view::npos)
        --end;
    size_t at = next_line(text, end > 0 ? end - 1 : 0);
    size_t kept = leaf.value.size() - leaf.value.find_last_not_of('\n') - 1;
    for (size_t k = 1; k < kept && at < text.size(); ++k) at = next_line(text, at);
    return at;
}

// The column of the dash before a block sequence item, or -1 when the item does not start on
// its dash's line.
int dash_column(std::string_view text, const Node& item) {
    size_t at = item.start.offset;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at == 0 || text[at - 1] != '-') return -1;
    return static_cast<int>(at - 1 - line_start(text, at - 1));
}

int key_indent(const Node& task) {
    return task.pairs.front().first.start.column - 1;
}

// How far task `t` sets its update dashes in from its keys; nullopt when it has no block list
// of updates to learn from.
std::optional<int> task_dash_offset(std::string_view text, const Node& t) {
    const Node* u = t.kind == Kind::Mapping ? t.get("updates") : nullptr;
    if (!u || u->kind != Kind::Sequence || u->style != Style::Block || u->items.empty())
        return std::nullopt;
    int dash = dash_column(text, u->items.front());
    if (dash < 0) return std::nullopt;
    return dash - key_indent(t);
}

// A literal that keeps its trailing newlines (|+) would also take in any blank line that
// follows it in the file, so the last field of the new update never is one: it is written
// double-quoted instead, which reads back the same.
std::string update_lines(const Update& u, int dash) {
    if (!u.by.empty() || !u.evidence.empty()) return emit_update(u, dash);
    Update head = u;
    std::string* last = !u.next.empty()       ? &head.next
                        : !u.problems.empty() ? &head.problems
                                              : &head.note;
    std::string_view name = last == &head.next       ? "next"
                            : last == &head.problems ? "problems"
                                                     : "note";
    if (last->size() < 2 || last->compare(last->size() - 2, 2, "\n\n") != 0)
        return emit_update(u, dash);
    std::string value = std::move(*last);
    last->clear();
    return emit_update(head, dash) +
           fmt::format("{}{}: {}\n", std::string(dash + 2, ' '), name, yaml_scalar(value));
}

std::string with_line_ending(std::string_view lines, std::string_view eol) {
    if (eol == "\n") return std::string(lines);
    std::string out;
    for (char c : lines) {
        if (c == '\n')
            out.append(eol);
        else
            out.push_back(c);
    }
    return out;
}

[[noreturn]] void cannot_append(int task_id, const Node& at, std::string_view why) {
    throw Error(tr(N_("{0}: task {1}: {2}; duban mark appends only to a block list "
                      "of updates (one '- date:' item after another)"),
                   at.start.line, task_id, why));
}

bool same_update(const Update& a, const Update& b) {
    return a.date == b.date && a.progress == b.progress && a.status == b.status &&
           a.note == b.note && a.problems == b.problems && a.next == b.next && a.by == b.by &&
           a.evidence == b.evidence;
}

bool same_milestone(const Milestone& a, const Milestone& b) {
    return a.date == b.date && a.target == b.target && a.what == b.what;
}

template <typename T, typename Eq>
bool same_list(const std::vector<T>& a, const std::vector<T>& b, Eq eq) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!eq(a[i], b[i])) return false;
    return true;
}

bool same_extra(const ExtraField& a, const ExtraField& b) {
    return a.name == b.name && a.text == b.text;
}

bool same_task(const Task& a, const Task& b) {
    return a.id == b.id && a.category == b.category && a.title == b.title &&
           a.leaders == b.leaders && a.office == b.office && a.co_leads == b.co_leads &&
           a.partners == b.partners && a.due == b.due && a.due_text == b.due_text &&
           a.ongoing == b.ongoing && same_list(a.milestones, b.milestones, same_milestone) &&
           same_list(a.extra, b.extra, same_extra) && same_list(a.updates, b.updates, same_update);
}

}  // namespace

bool same_plan(const Plan& a, const Plan& b) {
    return a.title == b.title && a.issuer == b.issuer && a.document == b.document &&
           a.start == b.start && a.due == b.due && a.dispatch_months == b.dispatch_months &&
           a.categories == b.categories && a.rules.yellow_behind == b.rules.yellow_behind &&
           a.rules.red_behind == b.rules.red_behind && same_list(a.tasks, b.tasks, same_task);
}

namespace {

// The change that appends `update` to task `task` (append_update says where and how), as the
// piece of `text` that changes: where lines are inserted, and where the key held an empty
// flow list or a null token, from that token to the inserted lines. `dash_offset` is how far
// the file sets update dashes in from a task's keys (task_dash_offset of its first task that
// tells).
TextEdit::Piece insert_into(std::string_view text, const Node& task, int task_id, int dash_offset,
                            const Update& update) {
    if (task.kind != Kind::Mapping || task.style != Style::Block || task.pairs.empty())
        cannot_append(task_id, task, "the task is not a block mapping");
    const std::string_view eol = line_ending(text);
    const int dash = key_indent(task) + dash_offset;
    const Node* updates = task.get("updates");
    auto insert = [&](size_t at, std::string lines) {
        if (at == text.size() && !text.empty() && text.back() != '\n') lines = "\n" + lines;
        return TextEdit::Piece{at, at, with_line_ending(lines, eol)};
    };
    if (!updates)
        return insert(after_content(text, task), std::string(key_indent(task), ' ') + "updates:\n" +
                                                     update_lines(update, dash));
    if (updates->kind == Kind::Sequence && updates->style == Style::Block) {
        int item_dash = dash_column(text, updates->items.back());
        return insert(after_content(text, *updates),
                      update_lines(update, item_dash >= 0 ? item_dash : dash));
    }
    bool empty_flow = updates->kind == Kind::Sequence && updates->items.empty();
    if (!empty_flow && !updates->is_null())
        cannot_append(task_id, *updates, "its updates are not a list of '- date:' items");
    // `updates: []`, `updates: ~` or a bare `updates:`: the token goes, the items follow on the
    // lines after it; what followed the token on its line (a comment) stays.
    size_t token = updates->start.offset;
    while (token > 0 && text[token - 1] == ' ') --token;
    // A flow sequence's end mark is where its start event ends, just after the '['.
    size_t token_end = empty_flow ? text.find(']', updates->start.offset) + 1 : updates->end.offset;
    if (token_end <= updates->start.offset)
        return insert(next_line(text, updates->start.offset), update_lines(update, dash));
    TextEdit::Piece piece = insert(next_line(text, token_end - 1), update_lines(update, dash));
    piece.text = std::string(text.substr(token_end, piece.from - token_end)) + piece.text;
    piece.from = token;
    return piece;
}

// A task that gets the update: its node (positions in the original text) and where the edit
// went.
struct Site {
    int id = 0;
    Node node;
    TextEdit::Piece piece;   // the change, in the original text
    size_t region_from = 0;  // the start of the line of the task's dash
    size_t region_to = 0;    // the start of the line after its content (and after the change)
    bool cut = false;        // whether the region can be read on its own
};

int node_id(const Node& task) {
    const Node* id = task.get("id");
    return id ? std::stoi(id->value) : 0;  // load_plan has checked it is a number
}

// The start of the line of the dash that opens block list item `task`, when only blanks lie
// between the two; npos otherwise.
size_t dash_line(std::string_view text, const Node& task) {
    size_t at = task.start.offset;
    while (at > 0 && std::string_view(" \r\n").find(text[at - 1]) != std::string_view::npos) --at;
    if (at == 0 || text[at - 1] != '-') return std::string_view::npos;
    return line_start(text, at - 1);
}

// The cheap check of an edit: each changed task's region, read on its own with its change in
// place, is the task it should now be. The bytes outside the regions are the old ones by
// construction (the change is made of pieces inside them). False when a region fails, two
// regions overlap or one cannot be cut out; the caller then reads the whole new file.
bool regions_check(std::string_view before, std::vector<Site>& sites, const Plan& expected,
                   const std::string& file) {
    std::sort(sites.begin(), sites.end(),
              [](const Site& a, const Site& b) { return a.region_from < b.region_from; });
    size_t was = 0;
    for (const Site& s : sites) {
        if (!s.cut || s.region_from < was || s.piece.to > s.region_to) return false;
        const std::string region =
            std::string(before.substr(s.region_from, s.piece.from - s.region_from)) + s.piece.text +
            std::string(before.substr(s.piece.to, s.region_to - s.piece.to));
        try {
            Task got = load_task(region, file, expected);
            if (!same_task(got, *expected.find(s.id))) return false;
        } catch (const Error&) {
            return false;
        }
        was = s.region_to;
    }
    return true;
}

// The offset of the first carriage return that ends a line on its own (not CRLF), or npos.
size_t lone_cr(std::string_view text) {
    for (size_t at = text.find('\r'); at != std::string_view::npos; at = text.find('\r', at + 1))
        if (at + 1 == text.size() || text[at + 1] != '\n') return at;
    return std::string_view::npos;
}

std::string replace_all(std::string_view text, char from, char to) {
    std::string out(text);
    for (char& c : out)
        if (c == from) c = to;
    return out;
}

TextEdit updates_edit_lf(std::string_view text, const std::string& file,
                         const std::vector<int>& task_ids, const Update& update,
                         const std::function<void(const Plan&, const Task&)>& check,
                         bool* reloaded) {
    std::map<int, Node> nodes;
    std::optional<int> dash_offset;
    auto marked = [&](int id) {
        return std::find(task_ids.begin(), task_ids.end(), id) != task_ids.end();
    };
    // Only the changed tasks keep their updates: the others' are checked while loading, and
    // the bytes that hold them are not changed.
    Plan expected = load_plan(
        text, file,
        [&](const Node& t) {
            if (!dash_offset) dash_offset = task_dash_offset(text, t);
            int id = node_id(t);
            if (marked(id)) nodes[id] = t;
        },
        marked);
    for (int id : task_ids) {
        const Task* task = expected.find(id);
        if (!task) throw Error(tr(N_("{0}: no task {1}"), file, id), kExitUsage);
        if (check) check(expected, *task);
    }
    // Each task's change is worked out on the original text, from the last task in the file to
    // the first: when two tasks cannot take the update, the later one is named, as before.
    std::vector<Site> sites;
    for (int id : task_ids) sites.push_back({id, std::move(nodes[id]), {}, 0, 0, false});
    std::sort(sites.begin(), sites.end(), [](const Site& a, const Site& b) {
        return a.node.start.offset > b.node.start.offset;
    });
    for (Site& s : sites) {
        try {
            s.piece = insert_into(text, s.node, s.id, dash_offset.value_or(2), update);
        } catch (const Error& e) {
            throw Error(file + ":" + e.what());
        }
        s.region_from = dash_line(text, s.node);
        size_t end = std::max(after_content(text, s.node), s.piece.to);
        if (end > 0 && end < text.size() && text[end - 1] != '\n') end = next_line(text, end);
        s.region_to = end;
        s.cut = s.region_from != std::string_view::npos && s.region_from <= s.piece.from;
        expected.find(s.id)->updates.push_back(update);
    }
    const bool alone = regions_check(text, sites, expected, file);
    if (reloaded) *reloaded = !alone;
    std::sort(sites.begin(), sites.end(),
              [](const Site& a, const Site& b) { return a.piece.from < b.piece.from; });
    TextEdit edit;
    for (Site& s : sites) edit.pieces.push_back(std::move(s.piece));
    if (alone) return edit;
    auto internal = [&](std::string_view why) {
        return Error(tr(N_("{0}: internal error: adding the update to task {1} {2}; nothing "
                           "was written. Please report this with the file."),
                        file, fmt::join(task_ids, ", "), why));
    };
    for (size_t i = 1; i < edit.pieces.size(); ++i)
        if (edit.pieces[i].from < edit.pieces[i - 1].to) throw internal("changed a task twice");
    Plan got;
    try {
        got = load_plan(edit.apply(text), file);
    } catch (const Error& e) {
        throw internal(std::string("gave a file that does not load:\n") + e.what());
    }
    // Every task is compared, updates and all: `expected` lacks the unchanged tasks' updates.
    Plan full = load_plan(text, file);
    for (int id : task_ids) full.find(id)->updates.push_back(update);
    if (!same_plan(full, got)) throw internal("did not read back as that update");
    return edit;
}

}  // namespace

TextEdit updates_edit(std::string_view text, const std::string& file,
                      const std::vector<int>& task_ids, const Update& update,
                      const std::function<void(const Plan&, const Task&)>& check, bool* reloaded) {
    // Old Mac files end their lines with CR alone. The edit works on LF lines, so such a file
    // is edited as LF (the offsets are the same) and the new lines get CRs; a file that mixes
    // the two cannot be given back as it was, and is refused up front.
    size_t cr = lone_cr(text);
    if (cr == std::string_view::npos)
        return updates_edit_lf(text, file, task_ids, update, check, reloaded);
    if (text.find('\n') == std::string_view::npos) {
        std::string lf = replace_all(text, '\r', '\n');
        TextEdit edit = updates_edit_lf(lf, file, task_ids, update, check, reloaded);
        for (TextEdit::Piece& p : edit.pieces) p.text = replace_all(p.text, '\n', '\r');
        return edit;
    }
    LineIndex lines(text);
    int line = 0, column = 0;
    lines.position(cr, &line, &column);
    throw Error(tr(
        N_("{0}:{1}:{2}: a carriage return (CR) alone ends a line here, while other lines end with "
           "LF; mark keeps a file's line endings and cannot keep this mix. Save the file with one "
           "kind of line ending (LF, or CRLF as Windows does), then mark again"),
        file, line, column));
}

std::string append_updates(std::string_view text, const std::string& file,
                           const std::vector<int>& task_ids, const Update& update,
                           const std::function<void(const Plan&, const Task&)>& check,
                           bool* reloaded) {
    return updates_edit(text, file, task_ids, update, check, reloaded).apply(text);
}

std::string append_update(std::string_view text, const std::string& file, int task_id,
                          const Update& update) {
    return append_updates(text, file, {task_id}, update);
}

size_t after_node_content(std::string_view text, const yaml::Node& n) {
    return after_content(text, n);
}

}  // namespace duban
