// Reports by person and by office: who carries which tasks, and how they stand.
#include <algorithm>

#include <fmt/format.h>

#include "report/report_people.h"

namespace duban::report_detail {

namespace {

// Names in order of first appearance, padding removed, restricted to `wanted` when it is not
// empty (matched without regard to padding, as filters match).
std::vector<std::string> names_in_order(const std::vector<std::vector<std::string>>& lists,
                                        const std::vector<std::string>& wanted) {
    std::vector<std::string> out;
    for (const auto& list : lists)
        for (const auto& raw : list) {
            std::string name = strip_padding(raw);
            if (std::find(out.begin(), out.end(), name) != out.end()) continue;
            bool keep = wanted.empty() ||
                        std::any_of(wanted.begin(), wanted.end(),
                                    [&](const std::string& w) { return strip_padding(w) == name; });
            if (keep) out.push_back(name);
        }
    return out;
}

bool names(const std::vector<std::string>& list, const std::string& name) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& n) { return strip_padding(n) == name; });
}

// 已完成0项，绿灯1项，黄灯0项，红灯2项
std::string summary_text(const Json& t) {
    std::vector<std::string> parts;
    for (const auto& l : t["lights"])
        parts.push_back(
            fmt::format("{}{}项", l["label"].get<std::string>(), l["count"].get<int>()));
    return fmt::format("{}", fmt::join(parts, "，"));
}

template <typename Keep>
std::pair<Json, std::vector<Judged>> section_rows(const Plan& plan, const std::vector<Judged>& rows,
                                                  const PadWidths& widths, Keep keep) {
    Json list = Json::array();
    std::vector<Judged> kept;
    for (const auto& r : rows)
        if (keep(*r.task)) {
            list.push_back(task_row(plan, r, widths));
            kept.push_back(r);
        }
    return {std::move(list), std::move(kept)};
}

}  // namespace

Json leader_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows) {
    PadWidths widths = pad_widths(rows);
    std::vector<std::vector<std::string>> lists;
    for (const auto& r : rows) lists.push_back(r.task->leaders);
    Json sections = Json::array();
    for (const auto& name : names_in_order(lists, o.filter.leaders)) {
        auto [list, kept] =
            section_rows(plan, rows, widths, [&](const Task& t) { return names(t.leaders, name); });
        Json t = totals(kept);
        Json s = row_list(std::move(list));
        s["name"] = name;
        s["summary_text"] = summary_text(t);
        s["totals"] = std::move(t);
        sections.push_back(std::move(s));
    }
    Json v = view_header(plan, ReportKind::Leader, o);
    v["totals"] = totals(rows);
    v["count"] = static_cast<int>(sections.size());
    v["leaders"] = std::move(mark_ends(sections));
    v["pad_header"] = pad_header(widths);
    v["pad_rule"] = pad_rule(widths);
    return v;
}

Json office_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows) {
    PadWidths widths = pad_widths(rows);
    std::vector<std::vector<std::string>> lists;
    for (const auto& r : rows) {
        lists.push_back({r.task->office});
        lists.push_back(r.task->partners);
    }
    Json sections = Json::array();
    for (const auto& name : names_in_order(lists, o.filter.offices)) {
        auto [led, led_rows] = section_rows(
            plan, rows, widths, [&](const Task& t) { return strip_padding(t.office) == name; });
        auto [supported, ignored] = section_rows(
            plan, rows, widths, [&](const Task& t) { return names(t.partners, name); });
        Json t = totals(led_rows);
        Json s;
        s["name"] = name;
        s["count"] = static_cast<int>(led.size() + supported.size());
        s["lead"] = row_list(std::move(led));
        s["partner"] = row_list(std::move(supported));
        s["summary_text"] = summary_text(t);
        s["totals"] = std::move(t);
        sections.push_back(std::move(s));
    }
    Json v = view_header(plan, ReportKind::Office, o);
    v["totals"] = totals(rows);
    v["count"] = static_cast<int>(sections.size());
    v["offices"] = std::move(mark_ends(sections));
    v["pad_header"] = pad_header(widths);
    v["pad_rule"] = pad_rule(widths);
    return v;
}

}  // namespace duban::report_detail
