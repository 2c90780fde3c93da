// Reports: one view model per kind of document, built from a plan as of a date. Templates render
// from the view model and `--format json` prints it, so scripts and templates see the same data.
// docs/templates.md documents every field.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "judge/filter.h"
#include "model/date.h"
#include "model/plan.h"
#include "report/json.h"

namespace duban {

enum class ReportKind { Dispatch, Bulletin, Leader, Office, Scorecard };

// dispatch, bulletin, leader, office, scorecard; nullopt for anything else.
std::optional<ReportKind> parse_report_kind(std::string_view text);
std::string_view report_kind_keyword(ReportKind kind);

struct ReportOptions {
    Date as_of;                 // judge every task as it stood on this date
    Filter filter;              // which tasks the report covers; empty: all
    std::optional<int> issue;   // the bulletin's 第N期; default: the dispatch round at as_of
    std::optional<bool> chart;  // whether to draw the chart; default: plan.rules.chart
};

// The view model of `kind`: plain JSON (strings, numbers, booleans, lists, objects; never null),
// with lists prepared for logic-less templates (first/last flags, joined names, counts and
// shares as text). The same plan, kind and options always give the same value.
Json report_view(const Plan& plan, ReportKind kind, const ReportOptions& options);

// A report's table as CSV (RFC 4180, CRLF line ends), made from its view model: dispatch and
// bulletin give the bulletin's attachment columns, leader and office add the leader or office
// and role, scorecard one row per office. With `bom` the text starts with a UTF-8 byte order
// mark, which Excel on Windows needs to read Chinese CSV as UTF-8.
std::string report_csv(const Json& view, bool bom);

}  // namespace duban
