#include "store/load_two_cores.h"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>

#include "model/error.h"
#include "store/heap.h"
#include "store/load.h"
#include "store/plan_reader.h"

namespace duban {

using yaml::Node;

namespace {

// Where the tasks of a file can be cut into parts for load_on_two_cores: byte offsets into the
// file's body (after a BOM) of the `tasks:` line and of the lines that start the tasks at the
// cuts. Also how many lines and tasks come before each cut, and how many tasks in all, for
// reserving the lists they go to: growing a list of 10,000 tasks by doubling it would hold
// 16,384 places.
struct Cut {
    size_t at = 0;
    int lines_before = 0;
    size_t tasks_before = 0;
};
struct Cuts {
    size_t tasks_key = 0;
    std::vector<Cut> cuts;  // in file order; part i + 1 starts at cuts[i]
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

// Cuts between tasks that split a file shaped `tasks:` at column 0, then a block list of tasks,
// into `parts` parts of about the same size: each line found starts with a dash at the list's
// column, which inside that list can only start its next item (deeper lines of a task, block
// text included, are indented further; a quoted text or a flow list that runs over a cut makes
// a part fail to parse). Fewer parts when there are fewer tasks; nullopt when the file is not so
// shaped or has too few tasks to cut at all.
std::optional<Cuts> find_cuts(std::string_view body, size_t parts) {
    Cuts out;
    if (body.substr(0, 6) == "tasks:") {
        out.tasks_key = 0;
    } else {
        size_t at = body.find("\ntasks:");
        if (at == std::string_view::npos) return std::nullopt;
        out.tasks_key = at + 1;
    }
    size_t eol = body.find('\n', out.tasks_key);
    if (eol == std::string_view::npos ||
        !empty_line(body.substr(out.tasks_key + 6, eol - out.tasks_key - 6)))
        return std::nullopt;
    size_t first = eol + 1;
    while (first < body.size()) {
        eol = std::min(body.find('\n', first), body.size());
        if (!empty_line(body.substr(first, eol - first))) break;
        first = eol + 1;
    }
    const size_t indent = body.find_first_not_of(' ', first) - first;
    if (first >= body.size() || !dash_line(body, first, indent)) return std::nullopt;
    // Part k + 1 starts at the first task at or after the k-th of `parts` equal steps.
    auto step = [&](size_t k) { return first + (body.size() - first) / parts * k; };
    int lines = static_cast<int>(std::count(body.begin(), body.begin() + first, '\n'));
    for (size_t at = first; at < body.size(); ++lines) {
        if (dash_line(body, at, indent)) {
            const size_t before = out.cuts.empty() ? 0 : out.cuts.back().tasks_before;
            if (out.cuts.size() + 1 < parts && at >= step(out.cuts.size() + 1) &&
                out.tasks > before)
                out.cuts.push_back({at, lines, out.tasks});
            ++out.tasks;
        }
        at = body.find('\n', at);
        if (at == std::string_view::npos) break;
        ++at;
    }
    if (out.cuts.empty()) return std::nullopt;
    return out;
}

// The processors this process may run on (taskset limits them), at least 1.
int usable_cores() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
    return std::max(1, CPU_COUNT(&set));
}

// The tasks of one of the file's parts after the first, read by whichever thread takes it.
struct Part {
    std::vector<Task> tasks;
    std::vector<Node> shown;  // the nodes each_task is shown: the tasks keep_updates keeps
    int lines = 0;            // the line breaks libyaml read in the part
    bool ok = false;
};

// Reads part `i` + 1 of the file: the tasks from cuts[i] to the next cut or the end.
void read_part(std::string_view text, size_t bom, const Cuts& cuts, size_t i,
               const std::string& filename, const Plan& head,
               const std::function<void(const Node&)>& each_task,
               const std::function<bool(int)>& keep_updates, const yaml::Passed& passed,
               Part& out) {
    try {
        const std::string_view body = text.substr(bom);
        const Cut& cut = cuts.cuts[i];
        const bool last = i + 1 == cuts.cuts.size();
        const size_t end = last ? body.size() : cuts.cuts[i + 1].at;
        const std::string_view part = body.substr(cut.at, end - cut.at);
        PlanReader reader(text, filename, nullptr, &keep_updates);
        out.tasks.reserve((last ? cuts.tasks : cuts.cuts[i + 1].tasks_before) - cut.tasks_before);
        out.ok = yaml::parse_items(
            part, bom + cut.at, cut.lines_before, filename,
            [&](Node&& t) {
                const bool kept = keep_updates && reader.kept(t);
                if (each_task && reader.shows(t)) out.shown.push_back(t);
                out.tasks.push_back(reader.part_task(t, head));
                if (keep_updates && !kept) std::vector<Update>().swap(out.tasks.back().updates);
            },
            passed, &out.lines);
        // The checks parse() makes, on this part: the cut lies between two lines, and a part
        // libyaml has parsed is UTF-8.
        const size_t from = bom + cut.at;
        out.ok = out.ok && yaml::no_conflict_markers(part, [&](size_t a, size_t b) {
                     if (passed) passed(from + a, from + b);
                 });
    } catch (...) {
        out.ok = false;  // read again as one piece, for the message
    }
}

}  // namespace

// load_plan on two threads, for a large file, cut into kParts parts between tasks (find_cuts):
// the first thread reads the plan and the first part's tasks, then takes the parts still
// unread, as the second thread does from the start; each later part is read as a block list on
// its own, its positions placed in the whole file. A thread slowed down (by another program on
// its core) thus reads fewer parts instead of holding the other up. Gives the plan the whole
// file gives; nullopt when the file is small or not shaped for it, or at any error, so that the
// caller reads it as one piece and reports the same first error as always. each_task is
// supported only with keep_updates, and is shown (PlanReader::shows) only once every part is
// read, in file order, so that it sees no task twice.
std::optional<Plan> load_on_two_cores(std::string_view text, const std::string& filename,
                                      const std::function<void(const Node&)>& each_task,
                                      const std::function<bool(int)>& keep_updates,
                                      const yaml::Passed& passed) {
    // Eight parts: a thread slowed to half speed costs a sixteenth of the load, not a quarter.
    constexpr size_t kParts = 8;
    if (text.size() < two_core_load_bytes || (each_task && !keep_updates) || usable_cores() < 2)
        return std::nullopt;
    const size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::string_view body = text.substr(bom);
    const std::optional<Cuts> cuts = find_cuts(body, kParts);
    if (!cuts) return std::nullopt;
    PlanReader reader(text, filename, &each_task, &keep_updates);
    std::vector<Node> shown;  // the nodes of the first part each_task is shown, when all are read
    reader.collect_shown(&shown);
    std::vector<Part> parts(cuts->cuts.size());
    std::atomic<size_t> next{0};  // the next part a thread takes
    Plan head;                    // before `second`, which is joined before `head` goes
    auto read_parts = [&] {
        for (size_t i = next++; i < parts.size(); i = next++)
            read_part(text, bom, *cuts, i, filename, head, each_task, keep_updates, passed,
                      parts[i]);
    };
    std::thread second;
    struct Joined {
        std::thread& t;
        ~Joined() {
            if (t.joinable()) t.join();
        }
    } joined{second};
    bool doubt = false;  // the first part is not the file's beginning as find_cuts saw it
    yaml::ItemStream stream;
    stream.wants = [&](const Node& key, const Node& root) {
        if (!reader.wants(key, root)) return false;
        if (second.joinable() || key.start.offset != bom + cuts->tasks_key) {
            doubt = true;
            return true;
        }
        head = reader.head();
        reader.reserve(cuts->tasks);
        try {
            second = std::thread([&] {
                ready_thread_heap();
                read_parts();
            });
        } catch (const std::system_error&) {
            doubt = true;  // no thread to be had: read as one piece
        }
        return true;
    };
    stream.item = [&](Node&& task) { reader.item(std::move(task)); };
    stream.passed = passed;
    int lines = 0;  // the line breaks libyaml read in the first part
    stream.lines = &lines;
    std::optional<Plan> plan;
    try {
        const std::string_view first = text.substr(0, bom + cuts->cuts.front().at);
        plan = reader.plan(yaml::parse_unchecked(first, filename, stream));
        // After the parse, while the other thread works: any error reads the file as one piece,
        // whose parse() words the message.
        if (!yaml::no_conflict_markers(first, passed)) plan.reset();
    } catch (const Error&) {
        plan.reset();
    }
    if (second.joinable()) {
        if (plan && !doubt) read_parts();  // help with the parts left
        second.join();
    } else {
        doubt = true;
    }
    if (!plan || doubt) return std::nullopt;
    for (size_t i = 0; i < parts.size(); ++i) {
        // Each part's lines were numbered from the LFs before it (find_cuts); YAML also breaks
        // lines at a CR alone, U+0085, U+2028 and U+2029. Where a part before held one, the
        // numbers are off: read the file as one piece.
        if (!parts[i].ok || cuts->cuts[i].lines_before != lines) return std::nullopt;
        lines += parts[i].lines;
        if (!reader.adopt(*plan, std::move(parts[i].tasks))) return std::nullopt;
    }
    if (each_task) {
        for (const Node& n : shown) each_task(n);
        for (const Part& part : parts)
            for (const Node& n : part.shown) each_task(n);
    }
    return plan;
}

}  // namespace duban
