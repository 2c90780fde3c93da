// The options of `duban edit` and `duban add`, which both say what a task is.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "judge/task_change.h"

namespace duban::cli {

struct TaskOptions {
    std::string title, category, office, due;
    std::vector<std::string> leaders, partners, milestones, remove_milestones;
    bool new_names = false;
    bool dry_run = false;
    const CLI::App* cmd = nullptr;

    // The request the options make: only the options given are set.
    TaskRequest request() const;
    // The options given, as typed on the command line ("--due, --milestone"), for the summary.
    std::string given() const;
};

// Adds --title, --office, --leader, --partner, --due, --milestone, --new-name and --dry-run to
// `cmd`; with `adding`, also --category, and without it --remove-milestone.
void add_task_options(CLI::App& cmd, TaskOptions& o, bool adding);

}  // namespace duban::cli
