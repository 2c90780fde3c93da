#include "history/merge.h"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "history/merge_text.h"
#include "model/error.h"
#include "store/load.h"
#include "store/yaml_doc.h"
#include "text/i18n.h"

namespace duban {

namespace {

using yaml::Kind;
using yaml::Node;

// A comparable form of a node's data, blind to formatting and key order: two nodes with the
// same canonical form say the same thing. nullptr (a missing key or task) has its own form.
std::string canon(const Node* n) {
    if (!n) return "\x01";
    switch (n->kind) {
        case Kind::Scalar:
            return "s" + (n->is_null() ? std::string() : n->value) + "\x02";
        case Kind::Sequence: {
            std::string s = "[";
            for (const Node& i : n->items) s += canon(&i);
            return s + "]";
        }
        case Kind::Mapping:
            break;
    }
    std::map<std::string, std::string> sorted;
    for (const auto& [k, v] : n->pairs) sorted[k.value] = canon(&v);
    std::string s = "{";
    for (const auto& [k, v] : sorted) s += k + "\x03" + v;
    return s + "}";
}

const Node* task_by_id(const Node* tasks, const std::string& id) {
    if (!tasks || tasks->kind != Kind::Sequence) return nullptr;
    for (const Node& t : tasks->items)
        if (const Node* v = t.get("id"); v && v->value == id) return &t;
    return nullptr;
}

const Node* key_node(const Node& map, std::string_view key) {
    for (const auto& [k, v] : map.pairs)
        if (k.value == key) return &k;
    return nullptr;
}

std::string date_of(const Node& update) {
    const Node* d = update.get("date");
    return d ? d->value : std::string();
}

// Exact matches between two lists of updates by content: for each item of `a`, the index of
// its match in `b`, or -1.
std::vector<int> match(const std::vector<Node>& a, const std::vector<Node>& b) {
    std::vector<int> out(a.size(), -1);
    std::vector<bool> used(b.size());
    for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = 0; j < b.size(); ++j)
            if (!used[j] && canon(&a[i]) == canon(&b[j])) {
                out[i] = static_cast<int>(j);
                used[j] = true;
                break;
            }
    return out;
}

// The base updates that `matched` left without a match, paired by date with the unmatched
// items of the other side: the edits. Returns, for each base item, its edited counterpart or
// -1; `added` gets the other side's items that are neither matches nor edits.
std::vector<int> pair_edits(const std::vector<Node>& base, const std::vector<Node>& side,
                            const std::vector<int>& matched, std::vector<int>& added) {
    std::vector<bool> used(side.size());
    for (int m : matched)
        if (m >= 0) used[static_cast<size_t>(m)] = true;
    std::vector<int> edits(base.size(), -1);
    for (size_t i = 0; i < base.size(); ++i) {
        if (matched[i] >= 0) continue;
        for (size_t j = 0; j < side.size(); ++j)
            if (!used[j] && date_of(side[j]) == date_of(base[i])) {
                edits[i] = static_cast<int>(j);
                used[j] = true;
                break;
            }
    }
    for (size_t j = 0; j < side.size(); ++j)
        if (!used[j]) added.push_back(static_cast<int>(j));
    return edits;
}

class Merger {
  public:
    Merger(const Node& base, const Node& ours, const Node& theirs, TextEdits& edits)
        : b_(base), o_(ours), t_(theirs), e_(edits) {}

    std::vector<std::string> run() {
        if (const Node* op = o_.get("plan"); op && op->kind == Kind::Mapping)
            merge_mapping(b_.get("plan"), *op, *t_.get("plan"), "计划信息", false);
        merge_tasks(b_.get("tasks"), o_.get("tasks"), t_.get("tasks"));
        return conflicts_;
    }

  private:
    void merge_tasks(const Node* base, const Node* ours, const Node* theirs) {
        for (const Node* list : {base, ours, theirs})
            if (list && list->kind == Kind::Sequence && list->style == yaml::Style::Flow)
                throw Error(_("duban merge works on a block list of tasks, not [ ... ]"));
        std::vector<const Node*> our_tasks;
        if (ours && ours->kind == Kind::Sequence)
            for (const Node& t : ours->items) our_tasks.push_back(&t);
        for (const Node* o : our_tasks) {
            std::string id = o->get("id")->value;
            const Node* b = task_by_id(base, id);
            const Node* t = task_by_id(theirs, id);
            std::string cb = canon(b), co = canon(o), ct = canon(t);
            std::string where = "第" + id + "项";
            if (ct == cb || ct == co) continue;
            if (!t) {
                if (co == cb)
                    e_.remove_item(*o, true);
                else
                    conflict_item(o, nullptr, *o, where + "（对方删除，本方修改）");
            } else if (co == cb) {
                e_.replace_item(*o, *t);
            } else {
                merge_mapping(b, *o, *t, where, true);
            }
        }
        if (!theirs || theirs->kind != Kind::Sequence) return;
        const Node* previous = nullptr;  // the ours task that the next insertion follows
        for (const Node& t : theirs->items) {
            std::string id = t.get("id")->value;
            if (const Node* o = task_by_id(ours, id)) {
                previous = o;
                continue;
            }
            const Node* b = task_by_id(base, id);
            if (b && canon(b) == canon(&t)) continue;  // removed by ours, untouched by theirs
            if (our_tasks.empty()) throw Error(_("duban merge cannot add tasks to an empty list"));
            if (b) {
                conflict_item(nullptr, &t, previous ? *previous : *our_tasks.front(),
                              "第" + id + "项（本方删除，对方修改）", previous == nullptr);
                continue;
            }
            if (previous)
                e_.insert_item_after(*previous, t, true);
            else
                e_.insert_item_before(*our_tasks.front(), t, true);
        }
    }

    // Merges the keys of one task (`task`), update or the plan block.
    void merge_mapping(const Node* b, const Node& o, const Node& t, const std::string& where,
                       bool task) {
        std::vector<std::string> keys;
        for (const auto& [k, v] : o.pairs) keys.push_back(k.value);
        for (const auto& [k, v] : t.pairs)
            if (!o.get(k.value)) keys.push_back(k.value);
        for (const std::string& k : keys) {
            const Node* bv = b ? b->get(k) : nullptr;
            const Node* ov = o.get(k);
            const Node* tv = t.get(k);
            if (task && k == "updates") {
                merge_updates(bv, ov, tv, o, t, where);
                continue;
            }
            std::string cb = canon(bv), co = canon(ov), ct = canon(tv);
            if (ct == cb || ct == co) continue;
            if (co != cb) {
                conflict_key(o, t, k, where + " " + k);
            } else if (!tv) {
                e_.remove_pair(o, *key_node(o, k));
            } else {
                e_.put_pair(o, t, k);
            }
        }
    }

    void merge_updates(const Node* bv, const Node* ov, const Node* tv, const Node& o_task,
                       const Node& t_task, const std::string& where) {
        static const std::vector<Node> kNone;
        auto items = [](const Node* n) -> const std::vector<Node>& {
            return n && n->kind == Kind::Sequence ? n->items : kNone;
        };
        const std::vector<Node>& B = items(bv);
        const std::vector<Node>& O = items(ov);
        const std::vector<Node>& T = items(tv);
        for (const Node* n : {ov, tv})
            if (n && n->style == yaml::Style::Flow && !n->items.empty())
                throw Error(
                    tr(N_("{0}: duban merge needs updates as a block list, not [ ... ]"), where));
        std::vector<int> t_added, o_added;
        std::vector<int> bt = match(B, T), bo = match(B, O);
        std::vector<int> t_edit = pair_edits(B, T, bt, t_added);
        std::vector<int> o_edit = pair_edits(B, O, bo, o_added);
        for (size_t i = 0; i < B.size(); ++i) {
            if (bt[i] >= 0) continue;  // theirs left it as it was
            std::string label = where + " " + date_of(B[i]) + " 的进展";
            const Node* theirs = t_edit[i] >= 0 ? &T[static_cast<size_t>(t_edit[i])] : nullptr;
            if (bo[i] >= 0) {
                const Node& mine = O[static_cast<size_t>(bo[i])];
                if (theirs)
                    e_.replace_item(mine, *theirs);
                else
                    e_.remove_item(mine, false);
            } else if (o_edit[i] >= 0) {
                const Node& mine = O[static_cast<size_t>(o_edit[i])];
                if (!theirs)
                    conflict_item(&mine, nullptr, mine, label + "（对方删除，本方修改）");
                else if (canon(theirs) != canon(&mine))
                    merge_mapping(&B[i], mine, *theirs, label, false);
            } else if (theirs) {
                t_added.push_back(t_edit[i]);  // removed by ours, edited by theirs: keep the edit
            }
        }
        std::vector<bool> o_used(O.size());
        std::vector<const Node*> fresh;
        for (int j : t_added) {
            const Node& u = T[static_cast<size_t>(j)];
            bool twin = false;
            for (int k : o_added)
                if (!o_used[static_cast<size_t>(k)] &&
                    canon(&O[static_cast<size_t>(k)]) == canon(&u)) {
                    o_used[static_cast<size_t>(k)] = twin = true;
                    break;
                }
            if (!twin) fresh.push_back(&u);
        }
        std::stable_sort(fresh.begin(), fresh.end(),
                         [](const Node* a, const Node* b) { return date_of(*a) < date_of(*b); });
        if (fresh.empty()) return;
        if (O.empty()) {
            e_.put_updates(o_task, t_task, fresh);
            return;
        }
        for (const Node* u : fresh) {
            auto later = std::find_if(O.begin(), O.end(),
                                      [&](const Node& x) { return date_of(x) > date_of(*u); });
            if (later == O.end())
                e_.insert_item_after(O.back(), *u, false);
            else
                e_.insert_item_before(*later, *u, false);
        }
    }

    void conflict_key(const Node& o, const Node& t, const std::string& key,
                      const std::string& label) {
        conflicts_.push_back(label);
        e_.conflict_pair(o, t, key);
    }

    void conflict_item(const Node* ours, const Node* theirs, const Node& at,
                       const std::string& label, bool before = false) {
        conflicts_.push_back(label);
        e_.conflict_item(ours, theirs, at, before);
    }

    const Node& b_;
    const Node& o_;
    const Node& t_;
    TextEdits& e_;
    std::vector<std::string> conflicts_;
};

// A value no side holds: where the two sides of a two-way merge differ, the base gets this, so
// that the Merger sees both sides changing it and marks a conflict.
Node differs() {
    Node n;
    n.value = "\x04 the two sides differ";
    return n;
}

// The common part of two mappings: each key both hold alike keeps that value, each they hold
// differently gets differs(), keys only one side holds are left out (so that side's are taken).
// A task's updates get those both sides hold (matched by content), so all others are added.
Node common_mapping(const Node& o, const Node& t, bool task) {
    Node out;
    out.kind = Kind::Mapping;
    for (const auto& [k, ov] : o.pairs) {
        const Node* tv = t.get(k.value);
        if (!tv) continue;
        if (task && k.value == "updates" && ov.kind == Kind::Sequence &&
            tv->kind == Kind::Sequence) {
            Node common;
            common.kind = Kind::Sequence;
            std::vector<int> m = match(ov.items, tv->items);
            for (size_t i = 0; i < m.size(); ++i)
                if (m[i] >= 0) common.items.push_back(ov.items[i]);
            out.pairs.emplace_back(k, common);
        } else {
            out.pairs.emplace_back(k, canon(&ov) == canon(tv) ? ov : differs());
        }
    }
    return out;
}

// The base of a two-way merge, for when git has none (both branches added the file): what the
// two sides have in common, task by task and key by key.
Node common_base(const Node& ours, const Node& theirs) {
    Node base;
    base.kind = Kind::Mapping;
    const Node* op = ours.get("plan");
    const Node* tp = theirs.get("plan");
    if (op && tp && op->kind == Kind::Mapping && tp->kind == Kind::Mapping)
        base.pairs.emplace_back(*key_node(ours, "plan"), common_mapping(*op, *tp, false));
    const Node* ot = ours.get("tasks");
    const Node* tt = theirs.get("tasks");
    if (!ot || !tt || ot->kind != Kind::Sequence) return base;
    Node tasks;
    tasks.kind = Kind::Sequence;
    for (const Node& o : ot->items)
        if (const Node* t = task_by_id(tt, o.get("id")->value))
            tasks.items.push_back(common_mapping(o, *t, true));
    base.pairs.emplace_back(*key_node(ours, "tasks"), tasks);
    return base;
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string whole_file_conflict(std::string_view ours, std::string_view theirs,
                                std::string_view reason) {
    std::string out =
        fmt::format("<<<<<<< ours: duban merge could not merge this file ({})\n", reason);
    out += ours;
    if (!ours.empty() && ours.back() != '\n') out += '\n';
    out += "=======\n";
    out += theirs;
    if (!theirs.empty() && theirs.back() != '\n') out += '\n';
    return out + ">>>>>>> theirs\n";
}

MergeResult merge_texts(const MergeInputs& in) {
    bool two_way = blank(in.base);
    if (!two_way) load_plan(in.base, in.base_name);
    load_plan(in.ours, in.ours_name);
    load_plan(in.theirs, in.theirs_name);
    Node ours = yaml::parse(in.ours, in.ours_name);
    Node theirs = yaml::parse(in.theirs, in.theirs_name);
    Node base = two_way ? common_base(ours, theirs) : yaml::parse(in.base, in.base_name);
    TextEdits edits(in.ours, in.theirs);
    MergeResult r;
    r.conflicts = Merger(base, ours, theirs, edits).run();
    r.text = edits.apply();
    if (r.conflicts.empty()) {
        try {
            load_plan(r.text, in.ours_name);
        } catch (const Error& e) {
            throw Error(tr(N_("internal error: the merged file does not load, so nothing "
                              "was written; please report it:\n{0}"),
                           e.what()));
        }
    }
    return r;
}

}  // namespace duban
