// Options that several commands share, wired into CLI11 the same way everywhere.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "judge/filter.h"

namespace duban::cli {

// A repeatable option: `--leader A --leader B` collects both; one value per occurrence, so a
// positional argument after it is never swallowed.
CLI::Option* repeatable(CLI::App& cmd, const std::string& name, std::vector<std::string>& into,
                        const std::string& help);

// The selection options of list and report, as typed.
struct FilterOptions {
    std::vector<std::string> leaders;
    std::vector<std::string> offices;
    std::string role = "any";
    std::vector<std::string> categories;
    std::vector<std::string> statuses;
    std::vector<std::string> texts;
    std::vector<std::string> lights;
    bool overdue = false;
    bool unreported = false;
    std::string due_before;  // a date as typed
    std::string due_within;  // days as typed
};

// Adds --leader, --office, --role, --category, --status, --grep, --light, --overdue,
// --unreported, --due-before and --due-within to `cmd`.
void add_filter_options(CLI::App& cmd, FilterOptions& o);

// The Filter the options describe, judging as of `as_of`. Throws Error (usage) on a bad
// role, status or light, on a leader, office or category no task of `plan` names, on a
// --due-before that is no date (read as people type dates) or lies before `as_of`, and on a
// --due-within that is no whole number of days.
Filter make_filter(const FilterOptions& o, Date as_of, const Plan& plan);

}  // namespace duban::cli
