// The reader of a tasks file's tree, internal to store/: load.cpp reads a file with it on one
// core, load_two_cores.cpp on two.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/error.h"
#include "model/plan.h"
#include "store/yaml_doc.h"

namespace duban {

// Turns the YAML tree into a Plan, checking every value against the file format
// (docs/tasks-format.md) and naming the exact spot of the first thing that is wrong.
class PlanReader {
  public:
    // `text` is the whole file: a BOM at its start is skipped, and the nodes' offsets count it.
    PlanReader(std::string_view text, const std::string& file,
               const std::function<void(const yaml::Node&)>* each_task = nullptr,
               const std::function<bool(int)>* keep_updates = nullptr);

    // Streaming (yaml::ItemStream): the tasks are read one by one as the parser builds them,
    // once the plan before them has been read without error (its categories are needed). The
    // first error in a task is kept, not thrown: an error the parser finds later in the file,
    // or one plan() finds first, must win, as it does when the whole tree is read at once.
    bool wants(const yaml::Node& key, const yaml::Node& root_so_far);

    // `task` is the reader's own: its values may be moved into the plan, unless each_task is to
    // see them (an edit reads a block scalar's kept newlines): not for a task whose updates
    // keep_updates drops, whose id and positions are all an edit looks at.
    void item(yaml::Node&& task);

    // The plan of `root`, checked in file-format order (top-level keys, plan, tasks); with
    // streaming, `root` holds no tasks and the streamed ones (or their first error) are used.
    Plan plan(const yaml::Node& root);

    // Whether keep_updates (when given) keeps the updates of `task`, by the id written in it.
    bool kept(const yaml::Node& task) const;

    // For the first part of a file read on two cores (load_on_two_cores): each_task is not
    // called as the tasks are read; the nodes it is to see (shows()) go to `shown`, which the
    // caller shows it once every part is read.
    void collect_shown(std::vector<yaml::Node>* shown) { shown_ = shown; }

    // Whether each_task is shown `task` when a part of the file is read on its own: what an edit
    // needs, the tasks whose updates are kept and the tasks up to the first with a block list of
    // updates whose first dash stands on its item's line (where mark learns how the file indents
    // an update's dash: a dash alone on its line teaches it nothing, and it reads on).
    bool shows(const yaml::Node& task);

    // The plan read before the tasks, once wants() has said yes: what a task is checked against.
    const Plan& head() const { return streamed_; }
    // Room for `tasks` tasks in the plan being streamed.
    void reserve(size_t tasks) { streamed_.tasks.reserve(tasks); }

    // A task of the file's second part (load_on_two_cores), read on another thread by a reader
    // of its own: its values are moved out of `task`.
    Task part_task(const yaml::Node& task, const Plan& head);

    // Appends the tasks read from a later part of the file to `p` (the parts in file order).
    // False when a task's id was already used: the whole file is then read again for the
    // message.
    bool adopt(Plan& p, std::vector<Task>&& tasks);

    // The one task of a one-item list (load_task).
    Task lone_task(const yaml::Node& root, const Plan& p);

  private:
    void add_task(const yaml::Node& t, Plan& p);

    [[noreturn]] void fail(const yaml::Node& at, std::string_view message,
                           std::string_view hint = {}) const;

    void expect_kind(const yaml::Node& n, yaml::Kind kind, std::string_view what) const;

    const yaml::Node& required(const yaml::Node& map, std::string_view key,
                               const yaml::Node& owner) const;

    void check_keys(const yaml::Node& map, const std::vector<std::string>& known,
                    std::string_view where) const;

    std::string text(const yaml::Node& n, std::string_view key) const;

    // A scalar's value for the plan: moved out of the node when the node is a streamed task's
    // that no each_task callback will see (an edit reads values of the node: a block scalar's
    // kept newlines), copied otherwise. Half the allocations of loading a plan were these
    // copies.
    std::string take(const yaml::Node& n) const;

    std::string required_text(const yaml::Node& n, std::string_view key) const;

    int integer(const yaml::Node& n, std::string_view key, int lo, int hi) const;

    Date date(const yaml::Node& n, std::string_view key) const;

    bool boolean(const yaml::Node& n, std::string_view key) const;

    // The columns a table had that duban has no field for: name → text, in the file's order.
    std::vector<ExtraField> read_extra(const yaml::Node& n) const;

    // A list of names; a single name written without brackets is a list of one.
    std::vector<std::string> names(const yaml::Node& n, std::string_view key) const;

    void read_plan(const yaml::Node& n, Plan& p);

    // A text rule: not empty, and within its choices when it has any.
    std::string rule_text(const yaml::Node& n, const RuleKey& k) const;

    void read_rules(const yaml::Node& n, Rules& r);

    Task read_task(const yaml::Node& n, const Plan& p);

    void check_category(const yaml::Node& at, const std::string& category, const Plan& p) const;

    std::vector<Milestone> read_milestones(const yaml::Node& n) const;

    std::vector<Update> read_updates(const yaml::Node& n) const;

    Update read_update(const yaml::Node& n) const;

    const std::string& file_;
    std::string_view text_;  // the whole file
    std::string_view body_;  // the file after its BOM, if any
    const std::function<void(const yaml::Node&)>* each_task_;
    const std::function<bool(int)>* keep_updates_;
    std::unordered_map<int, int> ids_;  // task id → the line of the task that has it
    bool streaming_ = false;
    Plan streamed_;
    std::optional<Error> deferred_;
    bool moving_ = false;                       // whether take() may move a value out of its node
    std::vector<yaml::Node>* shown_ = nullptr;  // see collect_shown()
    bool shown_updates_ = false;                // shows() has shown a task with updates
};

}  // namespace duban
