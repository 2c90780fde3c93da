#include "store/load_two_cores.h"

#include <sched.h>

#include <algorithm>
#include <system_error>
#include <thread>

#include "model/error.h"
#include "store/heap.h"
#include "store/load.h"
#include "store/plan_reader.h"

namespace duban {

using yaml::Node;

namespace {

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

void read_part(std::string_view text, size_t bom, const Cut& cut, const std::string& filename,
               const Plan& head, const std::function<void(const Node&)>& each_task,
               const std::function<bool(int)>& keep_updates, const yaml::Passed& passed,
               Part& out) {
    try {
        ready_thread_heap();
        const std::string_view body = text.substr(bom);
        PlanReader reader(text, filename, nullptr, &keep_updates);
        out.tasks.reserve(cut.tasks - cut.tasks_before);
        out.ok = yaml::parse_items(
            body.substr(cut.at), bom + cut.at, cut.lines_before, filename,
            [&](Node&& t) {
                const bool kept = keep_updates && reader.kept(t);
                if (each_task && reader.shows(t)) out.shown.push_back(t);
                out.tasks.push_back(reader.part_task(t, head));
                if (keep_updates && !kept) std::vector<Update>().swap(out.tasks.back().updates);
            },
            passed);
        // The checks parse() makes, on this part: the cut lies between two lines, and a part
        // libyaml has parsed is UTF-8.
        const size_t from = bom + cut.at;
        out.ok = out.ok && yaml::no_conflict_markers(body.substr(cut.at), [&](size_t offset) {
                     if (passed) passed(from + offset);
                 });
    } catch (...) {
        out.ok = false;  // read again as one piece, for the message
    }
}

}  // namespace

// load_plan on two threads, for a large file: the first reads the plan and the tasks up to a cut
// near the middle (find_cut), the second the tasks after it, as a block list on its own with its
// positions placed in the whole file. Gives the plan the whole file gives; nullopt when the file
// is small or not shaped for it, or at any error, so that the caller reads it as one piece and
// reports the same first error as always. each_task is supported only with keep_updates, and is
// shown (PlanReader::shows) only once both parts are read, so that it sees no task twice.
std::optional<Plan> load_on_two_cores(std::string_view text, const std::string& filename,
                                      const std::function<void(const Node&)>& each_task,
                                      const std::function<bool(int)>& keep_updates,
                                      const yaml::Passed& passed) {
    if (text.size() < two_core_load_bytes || (each_task && !keep_updates) || usable_cores() < 2)
        return std::nullopt;
    const size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::string_view body = text.substr(bom);
    const std::optional<Cut> cut = find_cut(body);
    if (!cut) return std::nullopt;
    PlanReader reader(text, filename, &each_task, &keep_updates);
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
            second = std::thread(read_part, text, bom, std::cref(*cut), std::cref(filename),
                                 std::cref(head), std::cref(each_task), std::cref(keep_updates),
                                 std::cref(passed), std::ref(part));
        } catch (const std::system_error&) {
            doubt = true;  // no thread to be had: read as one piece
        }
        return true;
    };
    stream.item = [&](Node&& task) { reader.item(std::move(task)); };
    stream.passed = passed;
    std::optional<Plan> plan;
    try {
        const std::string_view first = text.substr(0, bom + cut->at);
        plan = reader.plan(yaml::parse_unchecked(first, filename, stream));
        // After the parse, while the second thread works: any error reads the file as one piece,
        // whose parse() words the message.
        if (!yaml::no_conflict_markers(first, passed)) plan.reset();
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

}  // namespace duban
