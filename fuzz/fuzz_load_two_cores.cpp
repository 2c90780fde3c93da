// libFuzzer target, differential: any bytes are loaded on two cores (two_core_load_bytes = 0) and
// on one (SIZE_MAX). The contract of load_plan is that both give exactly the same outcome: the
// same error message, or the same plan with every position. An edit's load (each_task with
// keep_updates, as mark does it) must show each_task the same nodes for the tasks it keeps, and
// mark's edit must write the same bytes. Any difference aborts with a line on stderr saying what.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/error.h"
#include "store/edit.h"
#include "store/load.h"

namespace {

using duban::Plan;
using duban::Pos;
using duban::Task;

[[noreturn]] void differ(const std::string& what) {
    std::fprintf(stderr, "fuzz_load_two_cores: two cores and one differ: %s\n", what.c_str());
    std::abort();
}

// The outcome of `load` with two_core_load_bytes set to `threshold`: the plan or the message.
template <typename Load>
std::string run(size_t threshold, const Load& load) {
    const size_t was = duban::two_core_load_bytes;
    duban::two_core_load_bytes = threshold;
    std::string error;
    try {
        load();
    } catch (const duban::Error& e) {
        error = std::string("Error: ") + e.what();
    }
    duban::two_core_load_bytes = was;
    return error;
}

constexpr size_t kTwo = 0;
constexpr size_t kOne = std::numeric_limits<size_t>::max();

bool same_pos(Pos a, Pos b) {
    return a.line == b.line && a.column == b.column;
}

// What same_plan leaves out: the rules beyond yellow and red, the collective owners, and every
// position (part of the contract: errors found later, by check, name them).
void compare_rest(const Plan& one, const Plan& two) {
    if (one.collective != two.collective) differ("plan.collective");
    for (const duban::RuleKey& k : duban::rule_keys()) {
        if (k.field && one.rules.*k.field != two.rules.*k.field) differ(k.name);
        if (k.text && one.rules.*k.text != two.rules.*k.text) differ(k.name);
    }
    for (size_t i = 0; i < one.tasks.size(); ++i) {
        const Task& a = one.tasks[i];
        const Task& b = two.tasks[i];
        const std::string task = "task " + std::to_string(a.id) + " ";
        if (!same_pos(a.pos, b.pos)) differ(task + "pos");
        for (size_t k = 0; k < a.key_pos.size(); ++k)
            if (!same_pos(a.key_pos[k], b.key_pos[k]))
                differ(task + "key_pos of " + std::string(duban::kTaskKeyOrder[k]));
        for (size_t u = 0; u < a.updates.size(); ++u)
            if (!same_pos(a.updates[u].pos, b.updates[u].pos))
                differ(task + "update " + std::to_string(u) + " pos");
        for (size_t m = 0; m < a.milestones.size(); ++m)
            if (!same_pos(a.milestones[m].pos, b.milestones[m].pos))
                differ(task + "milestone " + std::to_string(m) + " pos");
    }
}

// A node each_task was shown, as an edit looks at it.
struct Shown {
    int id = -1;
    size_t start = 0;
    size_t end = 0;
    size_t updates_end = 0;  // where its updates end (0: none): where mark inserts
};

Shown shown(const duban::yaml::Node& t) {
    Shown s{-1, t.start.offset, t.end.offset, 0};
    const duban::yaml::Node* id = t.get("id");
    if (id) s.id = std::atoi(id->value.c_str());  // the loader checked it is a number
    if (const duban::yaml::Node* u = t.get("updates")) s.updates_end = u->end.offset + 1;
    return s;
}

bool same_shown(const Shown& a, const Shown& b) {
    return a.id == b.id && a.start == b.start && a.end == b.end && a.updates_end == b.updates_end;
}

// The edit's load keeping the updates of task `keep` only: each node shown on two cores must be
// the one shown on one (two cores show a subset, in file order), the kept task among them.
void compare_edit_load(std::string_view text, int keep) {
    std::vector<Shown> one, two;
    auto load = [&](std::vector<Shown>& into) {
        return [&text, &into, keep] {
            duban::load_plan(
                text, "fuzz.yaml", [&](const duban::yaml::Node& t) { into.push_back(shown(t)); },
                [keep](int id) { return id == keep; });
        };
    };
    const std::string e1 = run(kOne, load(one));
    const std::string e2 = run(kTwo, load(two));
    if (e1 != e2) differ("the edit's load: " + e1 + " | " + e2);
    if (!e1.empty()) differ("the edit's load failed where load_plan did not: " + e1);
    size_t at = 0;
    for (const Shown& s : two) {
        while (at < one.size() && !same_shown(one[at], s)) ++at;
        if (at == one.size())
            differ("each_task was shown task " + std::to_string(s.id) + " at byte " +
                   std::to_string(s.start) + " on two cores only, or out of order");
    }
    auto has_keep = [keep](const std::vector<Shown>& v) {
        for (const Shown& s : v)
            if (s.id == keep) return true;
        return false;
    };
    if (has_keep(one) != has_keep(two)) differ("the kept task " + std::to_string(keep));
}

// mark's edit of task `keep`: the same file or the same message.
void compare_mark(std::string_view text, int keep) {
    duban::Update u;
    u.date = *duban::parse_date("2021-06-01");
    u.progress = 50;
    u.note = "已完成摸排";
    std::string one, two;
    const std::string e1 =
        run(kOne, [&] { one = duban::append_updates(text, "fuzz.yaml", {keep}, u); });
    const std::string e2 =
        run(kTwo, [&] { two = duban::append_updates(text, "fuzz.yaml", {keep}, u); });
    if (e1 != e2) differ("mark of task " + std::to_string(keep) + ": " + e1 + " | " + e2);
    if (one != two) differ("mark of task " + std::to_string(keep) + " wrote different files");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Plan one, two;
    const std::string e1 = run(kOne, [&] { one = duban::load_plan(text, "fuzz.yaml"); });
    const std::string e2 = run(kTwo, [&] { two = duban::load_plan(text, "fuzz.yaml"); });
    if (e1 != e2) differ("the messages:\none: " + e1 + "\ntwo: " + e2);
    if (!e1.empty() || one.tasks.empty()) return 0;
    if (!duban::same_plan(one, two)) differ("same_plan");
    compare_rest(one, two);
    // A task in the second half, in a later part than the first, chosen by the input's size.
    const size_t n = one.tasks.size();
    const int keep = one.tasks[n / 2 + size % (n - n / 2)].id;
    compare_edit_load(text, keep);
    compare_mark(text, keep);
    return 0;
}
