// Reports by person and by office, defined in report_people.cpp; called by report_view.
#pragma once

#include <vector>

#include "report/report_model.h"

namespace duban::report_detail {

// One section per leader; only the leaders the filter names when it names any.
Json leader_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);
// One section per office, led tasks apart from supported ones; only the filter's offices when
// it names any.
Json office_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows);

}  // namespace duban::report_detail
