// The builders of the dispatch table and the bulletin, defined in report_documents.cpp; called
// by report_view (report.cpp).
#pragma once

#include <vector>

#include "report/report_model.h"

namespace duban::report_detail {

// 调度情况表: totals, unreported offices, tasks by category, chart.
Json dispatch_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);
// 督查通报: the dispatch fields plus masthead, problems, requirements and the flat task list.
Json bulletin_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);

}  // namespace duban::report_detail
