// Geometry of the HTML reports' bar charts, defined in report_chart.cpp.
#pragma once

#include "report/report_model.h"

namespace duban::report_detail {

// Bar chart geometry of progress by category and of the count of each light, for an inline SVG.
Json chart(const Json& categories, const Json& totals);

}  // namespace duban::report_detail
