// The two documents the notice names: the office's dispatch table (调度情况表) and the
// supervision office's bulletin (督查通报).
#include "report/report_documents.h"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "judge/deadline.h"
#include "report/listing.h"
#include "report/report_chart.h"
#include "report/report_items.h"
#include "text/width.h"

namespace duban::report_detail {

namespace {

// What both documents carry: totals, the offices that did not report, the tasks by category,
// the chart and the plain-text column headers.
Json common(const Plan& plan, ReportKind kind, const ReportOptions& o,
            const std::vector<Judged>& rows, const PadWidths& widths) {
    Json v = view_header(plan, kind, o);
    v["totals"] = totals(rows);
    v["unreported"] = unreported(plan, rows);
    v["categories"] = categories(plan, rows, widths);
    v["chart"] = chart(v["categories"], v["totals"]);
    // A 公文 usually has no chart: by default the bulletin has none and the dispatch table has.
    const std::string& rule = plan.rules.chart;
    bool chart = o.chart ? *o.chart : rule == "auto" ? kind == ReportKind::Dispatch : rule == "yes";
    v["show_chart"] = chart;
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

std::string without_stop(std::string text) {
    if (text.size() >= 3 && text.compare(text.size() - 3, 3, "。") == 0)
        text.resize(text.size() - 3);
    return text;
}

// Characters of 2号 type on a line of A4: 156 mm holds 20 at 22 pt, but digits and Latin letters
// counted as half a character are wider than that in most faces (LibreOffice set a 20-character
// head with 2021 in it on two lines), so a line is given 19.
constexpr int kTitleLine = 19;

// Characters of 2号 a text takes: digits and Latin letters half a character each, rounded up;
// curly quotation marks, which a terminal shows narrow, a whole one, as Chinese faces set them.
int chars(const std::string& text) {
    size_t columns = text::display_width(text);
    for (const char* quote : {"“", "”", "‘", "’"})
        for (size_t at = text.find(quote); at != std::string::npos; at = text.find(quote, at + 1))
            columns += 1;
    return static_cast<int>((columns + 1) / 2);
}

// `text` as lines of at most kTitleLine characters, each broken where a reader pauses: after
// 年度 or a closing quotation mark, or before 及, 和 or 与; a line with no such point is left
// whole for the word processor to wrap. Of the points that fit, the one that fills the line most.
std::vector<std::string> title_head_lines(std::string text) {
    std::vector<std::string> lines;
    while (chars(text) > kTitleLine) {
        size_t best = 0;
        for (const char* after : {"年度", "”"})
            for (size_t at = text.find(after); at != std::string::npos;
                 at = text.find(after, at + 1)) {
                size_t cut = at + std::string(after).size();
                if (cut < text.size() && chars(text.substr(0, cut)) <= kTitleLine)
                    best = std::max(best, cut);
            }
        for (const char* before : {"及", "和", "与"})
            for (size_t at = text.find(before); at != std::string::npos;
                 at = text.find(before, at + 1))
                if (at > 0 && chars(text.substr(0, at)) <= kTitleLine) best = std::max(best, at);
        if (best == 0) break;
        lines.push_back(text.substr(0, best));
        text.erase(0, best);
    }
    lines.push_back(text);
    return lines;
}

// The bulletin's title, and its lines when it is too long for one line of 2号 type: broken
// before 推进情况的通报, where a reader pauses, and a long head at its own pauses.
void title(const Plan& plan, Json& v) {
    const std::string tail = "推进情况的通报";
    std::string head = "关于" + plan.title;
    Json lines = Json::array();
    if (chars(head + tail) > kTitleLine) {
        for (const std::string& line : title_head_lines(head)) lines.push_back({{"text", line}});
        lines.push_back({{"text", tail}});
    } else {
        lines.push_back({{"text", head + tail}});
    }
    v["title"] = head + tail;
    v["title_lines"] = std::move(mark_ends(lines));
}

// The day a task was finished: the first update of the finished run it ends with.
const Update* finished_by(const Task& t, Date as_of) {
    const Update* since = nullptr;
    for (const auto& u : t.updates) {
        if (u.date > as_of) continue;
        if (!is_finished(u.status))
            since = nullptr;
        else if (!since)
            since = &u;
    }
    return since;
}

// 亮点/成效: tasks finished or closed in this round, and tasks ahead of pace, each as a sentence.
Json highlights(const std::vector<Judged>& rows, const Round& round) {
    Json items = Json::array();
    int finished = 0, ahead = 0;
    for (const auto& r : rows) {
        const Judgement& j = r.judgement;
        // The task by its text, its number after it: 召开…现场会（第3项）.
        const std::string what =
            fmt::format("{}（第{}项）", without_stop(r.task->title), r.task->id);
        if (is_finished(j.state.status)) {
            const Update* u = finished_by(*r.task, r.as_of);
            if (!u || u->date < round.start) continue;
            finished++;
            items.push_back(
                {{"id", r.task->id},
                 {"text", fmt::format("{}，已于{}{}。", what, date_cn(u->date),
                                      j.state.status == Status::Closed ? "完成并销号" : "完成")}});
        } else if (j.gap < 0 && !j.overdue) {
            ahead++;
            items.push_back({{"id", r.task->id},
                             {"text", fmt::format("{}，进度{}%，超前序时进度{}个百分点。", what,
                                                  j.state.progress, -j.gap)}});
        }
    }
    return {{"has_any", !items.empty()},
            {"finished", finished},
            {"ahead", ahead},
            {"items", std::move(mark_ends(items))}};
}

Json milestone_item(const Task& t, const Milestone& m) {
    return {{"id", t.id},
            {"title", t.title},
            {"title_clause", without_stop(t.title)},
            {"office", t.office},
            {"leaders_text", join_names(t.leaders)},
            {"date", m.date.str()},
            {"date_text", date_cn(m.date)},
            {"target", m.target},
            {"target_text", std::to_string(m.target) + "%"},
            {"what", m.what},
            {"has_what", !m.what.empty()}};
}

// The time nodes of the selected, unfinished tasks that fall in the round after the one
// holding the report's date, in date order: what the offices must reach before the next
// dispatch. There is no next round after the last one.
Json next_round(const Plan& plan, const std::vector<Judged>& rows, Date as_of) {
    const Round now = round_at(plan, as_of);
    // Templates are checked against every field they name, so the fields are there in the
    // last round too: number 0 and empty dates.
    Round next;
    if (!now.last) next = round_at(plan, Date::from_days(now.end.days() + 1));
    Json out = {{"has_round", !now.last},
                {"number", next.number},
                {"start", now.last ? "" : next.start.str()},
                {"end", now.last ? "" : next.end.str()},
                {"start_text", now.last ? "" : date_cn(next.start)},
                {"end_text", now.last ? "" : date_cn(next.end)}};
    Json items = Json::array();
    if (!now.last) {
        std::vector<std::pair<const Task*, const Milestone*>> due;
        for (const Judged& r : rows) {
            if (is_finished(r.judgement.state.status)) continue;
            for (const Deadline& d : milestones_between(*r.task, next.start, next.end))
                due.emplace_back(r.task, d.milestone);
        }
        std::stable_sort(due.begin(), due.end(), [](const auto& a, const auto& b) {
            return a.second->date < b.second->date;
        });
        for (const auto& [task, m] : due) items.push_back(milestone_item(*task, *m));
    }
    out["count"] = items.size();
    out["has_milestones"] = !items.empty();
    out["milestones"] = std::move(mark_ends(items));
    return out;
}

}  // namespace

Json dispatch_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows) {
    PadWidths widths = pad_widths(rows);
    Json v = common(plan, ReportKind::Dispatch, o, rows, widths);
    v["next_round"] = next_round(plan, rows, o.as_of);
    return v;
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
    title(plan, v);
    v["highlights"] = highlights(rows, round_at(plan, o.as_of));
    v["problems"] = rows_where(plan, rows, widths, [](const Judgement& j) {
        return j.light == Light::Yellow || j.light == Light::Red;
    });
    v["red"] =
        rows_where(plan, rows, widths, [](const Judgement& j) { return j.light == Light::Red; });
    v["yellow"] =
        rows_where(plan, rows, widths, [](const Judgement& j) { return j.light == Light::Yellow; });
    v["requirements"] =
        rows_where(plan, rows, widths, [](const Judgement& j) { return !j.escalation.empty(); });
    v["problems"]["items"] = problem_items(v["problems"]["tasks"]);
    v["requirements"]["items"] = requirement_items(v["requirements"]["tasks"]);
    v["tasks"] = rows_where(plan, rows, widths, [](const Judgement&) { return true; })["tasks"];
    return v;
}

}  // namespace duban::report_detail
