// The builders of each kind's view model, called by report_view (report.cpp).
#pragma once

#include <vector>

#include "report/report_model.h"

namespace duban::report_detail {

// 调度情况表: totals, unreported offices, tasks by category, chart.
Json dispatch_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);
// 督查通报: the dispatch fields plus masthead, problems, requirements and the flat task list.
Json bulletin_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);
// One section per leader; only the leaders the filter names when it names any.
Json leader_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);
// One section per office, led tasks apart from supported ones; only the filter's offices when
// it names any.
Json office_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);
// 年终考核: per lead office, counts judged at each round's end up to the date, and a score.
Json scorecard_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);

}  // namespace duban::report_detail
