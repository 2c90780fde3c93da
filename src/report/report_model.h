// Pieces every report's view model shares: judged tasks, task rows, totals, dates in Chinese.
// Used by the report_*.cpp files only; report.h is the public face.
#pragma once

#include <string>
#include <vector>

#include "judge/pace.h"
#include "report/json.h"
#include "report/report.h"

namespace duban::report_detail {

// A task with what pace concluded about it on the report's date.
struct Judged {
    const Task* task = nullptr;
    Judgement judgement;
    Date as_of;
};

// Every selected task judged as of `as_of`, in file order.
std::vector<Judged> judge_all(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of);

// 2021年7月15日.
std::string date_cn(Date d);
// 一, 二, … 十, 十一 … for section numbers up to 99.
std::string number_cn(int n);
// n of total as a percentage rounded to one decimal, and as text: 22.2 and "22.2%". 0 of 0 is 0.
double share(int n, int total);
std::string share_text(int n, int total);

// The fields every view model starts with: kind, kind_label, plan, as_of, as_of_text, round,
// filter.
Json view_header(const Plan& plan, ReportKind kind, const ReportOptions& options);

// A task as a report row (docs/templates.md, "Task rows"), with `pad` holding its plain-text
// columns padded to `widths`.
struct PadWidths {
    int id = 0, leaders = 0, office = 0, progress = 0, expected = 0, status = 0, light = 0;
};
PadWidths pad_widths(const std::vector<Judged>& rows);
Json task_row(const Plan& plan, const Judged& row, const PadWidths& widths);
// The header and rule lines' cells for the same columns: pad_header and pad_rule.
Json pad_header(const PadWidths& widths);
Json pad_rule(const PadWidths& widths);

// Counts and shares of each light among `rows`, plus overdue and unreported.
Json totals(const std::vector<Judged>& rows);

// Lead offices of tasks not reported in the current round, in order of first appearance;
// collective owners (相关股室) are no office that failed to report and are left out.
Json unreported(const Plan& plan, const std::vector<Judged>& rows);

// Task numbers as a bulletin writes them, runs of three or more joined by 至: {1,2,3,5,7,8,9}
// gives 第1至3、5、7至9项. Numbers are taken in the order given; empty for none.
std::string task_numbers_text(const std::vector<int>& ids);

// Sets first, last and index (1-based) on every item of the list `items`; returns it.
Json& mark_ends(Json& items);
// {count, has_any, tasks}: a list of rows with its size.
Json row_list(Json rows);

// Task rows grouped by category in the plan's category order, empty categories left out.
Json categories(const Plan& plan, const std::vector<Judged>& rows, const PadWidths& widths);

}  // namespace duban::report_detail
