// The two documents the notice names: the office's dispatch table (调度情况表) and the
// supervision office's bulletin (督查通报).
#include "report/report_documents.h"

#include "report/report_chart.h"

namespace duban::report_detail {

namespace {

// What both documents carry: totals, the offices that did not report, the tasks by category,
// the chart and the plain-text column headers.
Json common(const Plan& plan, ReportKind kind, const ReportOptions& o,
            const std::vector<Judged>& rows, const PadWidths& widths) {
    Json v = view_header(plan, kind, o);
    v["totals"] = totals(rows);
    v["unreported"] = unreported(rows);
    v["categories"] = categories(plan, rows, widths);
    v["chart"] = chart(v["categories"], v["totals"]);
    v["pad_header"] = pad_header(widths);
    v["pad_rule"] = pad_rule(widths);
    return v;
}

template <typename Keep>
Json rows_where(const Plan& plan, const std::vector<Judged>& rows, const PadWidths& widths,
                Keep keep) {
    Json out = Json::array();
    for (const auto& r : rows)
        if (keep(r.judgement)) out.push_back(task_row(plan, r, widths));
    return row_list(std::move(out));
}

}  // namespace

Json dispatch_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows) {
    PadWidths widths = pad_widths(rows);
    return common(plan, ReportKind::Dispatch, o, rows, widths);
}

Json bulletin_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows) {
    PadWidths widths = pad_widths(rows);
    Json v = common(plan, ReportKind::Bulletin, o, rows, widths);
    int issue = o.issue ? *o.issue : v["round"]["number"].get<int>();
    v["series"] = "督查通报";
    v["issue"] = issue;
    v["issue_text"] = "第" + std::to_string(issue) + "期";
    // The notice makes 督导股 the office that supervises and issues the bulletins.
    v["issuing_office"] = "督导股";
    v["issuer"] = plan.issuer;
    v["date_text"] = v["as_of_text"];
    v["problems"] = rows_where(plan, rows, widths, [](const Judgement& j) {
        return j.light == Light::Yellow || j.light == Light::Red;
    });
    v["red"] =
        rows_where(plan, rows, widths, [](const Judgement& j) { return j.light == Light::Red; });
    v["yellow"] =
        rows_where(plan, rows, widths, [](const Judgement& j) { return j.light == Light::Yellow; });
    v["requirements"] =
        rows_where(plan, rows, widths, [](const Judgement& j) { return !j.escalation.empty(); });
    v["tasks"] = rows_where(plan, rows, widths, [](const Judgement&) { return true; })["tasks"];
    return v;
}

}  // namespace duban::report_detail
