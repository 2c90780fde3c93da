// 年终考核, defined in report_scorecard.cpp; called by report_view.
#pragma once

#include <vector>

#include "report/report_model.h"

namespace duban::report_detail {

// 年终考核: per lead office, counts judged at each round's end up to the date, and a score.
Json scorecard_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);

}  // namespace duban::report_detail
