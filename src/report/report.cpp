#include "report/report.h"

#include "report/ledger.h"
#include "report/listing.h"
#include "report/report_documents.h"
#include "report/report_people.h"
#include "report/report_scorecard.h"

namespace duban {

namespace {

using namespace report_detail;

constexpr std::string_view kKinds[] = {"dispatch", "bulletin", "leader", "office", "scorecard"};

// The bulletin attachment's columns (附件), then pace and the light's reason.
const std::vector<std::string> kTaskHeader = ledger_headers();

std::vector<std::string> task_cells(const Json& t) {
    std::vector<std::string> cells = {std::to_string(t["id"].get<int>())};
    for (const char* key : {"category", "title", "leaders_text", "office", "partners_text",
                            "time_nodes_text", "round_note", "problems", "next", "progress_text",
                            "expected_text", "status_label", "light_label", "reason"})
        cells.push_back(t[key].get<std::string>());
    return cells;
}

std::string csv_line(const std::vector<std::string>& cells) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    return out + "\r\n";
}

std::vector<std::string> prefixed(std::vector<std::string> front, std::vector<std::string> rest) {
    front.insert(front.end(), rest.begin(), rest.end());
    return front;
}

std::string scorecard_csv(const Json& view) {
    std::string out =
        csv_line({"名次", "股室", "牵头任务", "按时完成", "逾期完成", "未完成", "超期未完成",
                  "红灯轮次", "未报送轮次", "扣分", "得分", "扣分明细"});
    for (const auto& o : view["offices"]) {
        std::vector<std::string> cells = {std::to_string(o["rank"].get<int>()),
                                          o["name"].get<std::string>()};
        for (const char* key : {"led", "on_time", "late", "unfinished", "overdue", "red_rounds",
                                "unreported_rounds", "deducted", "score"})
            cells.push_back(std::to_string(o[key].get<int>()));
        cells.push_back(o["deductions_text"].get<std::string>());
        out += csv_line(cells);
    }
    return out;
}

std::string tasks_csv(const Json& view) {
    const std::string kind = view["kind"].get<std::string>();
    std::string out;
    if (kind == "leader") {
        out = csv_line(prefixed({"责任领导（本表）"}, kTaskHeader));
        for (const auto& s : view["leaders"])
            for (const auto& t : s["tasks"])
                out += csv_line(prefixed({s["name"].get<std::string>()}, task_cells(t)));
    } else if (kind == "office") {
        out = csv_line(prefixed({"股室（本表）", "职责"}, kTaskHeader));
        for (const auto& s : view["offices"]) {
            for (const auto& t : s["lead"]["tasks"])
                out += csv_line(prefixed({s["name"].get<std::string>(), "牵头"}, task_cells(t)));
            for (const auto& t : s["partner"]["tasks"])
                out += csv_line(prefixed({s["name"].get<std::string>(), "协办"}, task_cells(t)));
        }
    } else {
        out = csv_line(kTaskHeader);
        for (const auto& c : view["categories"])
            for (const auto& t : c["tasks"]) out += csv_line(task_cells(t));
    }
    return out;
}

}  // namespace

std::optional<ReportKind> parse_report_kind(std::string_view text) {
    for (size_t i = 0; i < std::size(kKinds); ++i)
        if (kKinds[i] == text) return static_cast<ReportKind>(i);
    return std::nullopt;
}

std::string_view report_kind_keyword(ReportKind kind) {
    return kKinds[static_cast<int>(kind)];
}

Json report_view(const Plan& plan, ReportKind kind, const ReportOptions& options) {
    std::vector<Judged> rows = judge_all(plan, select(plan, options.filter), options.as_of);
    switch (kind) {
        case ReportKind::Dispatch:
            return dispatch_view(plan, options, rows);
        case ReportKind::Bulletin:
            return bulletin_view(plan, options, rows);
        case ReportKind::Leader:
            return leader_view(plan, options, rows);
        case ReportKind::Office:
            return office_view(plan, options, rows);
        case ReportKind::Scorecard:
            return scorecard_view(plan, options, rows);
    }
    return Json::object();
}

std::string report_csv(const Json& view, bool bom) {
    std::string body =
        view["kind"].get<std::string>() == "scorecard" ? scorecard_csv(view) : tasks_csv(view);
    return bom ? "\xEF\xBB\xBF" + body : body;
}

}  // namespace duban
