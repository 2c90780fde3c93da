#include "report/report_model.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/listing.h"
#include "text/width.h"

namespace duban::report_detail {

namespace {

const char* const kHeaders[] = {"序号", "责任领导", "责任股室", "进度", "序时", "状态", "预警"};

std::string percent(int n) {
    return std::to_string(n) + "%";
}

// 6月30日 inside the plan's year, 2022年1月15日 outside it.
std::string short_date_cn(Date d, int year) {
    if (d.year != year) return date_cn(d);
    return fmt::format("{}月{}日", d.month, d.day);
}

std::string time_nodes_text(const Plan& plan, const Task& t) {
    std::vector<std::string> parts;
    for (const auto& m : t.milestones) {
        std::string s =
            fmt::format("{}前达到{}%", short_date_cn(m.date, plan.start.year), m.target);
        if (!m.what.empty()) s += "（" + m.what + "）";
        parts.push_back(std::move(s));
    }
    parts.push_back(short_date_cn(plan.due_of(t), plan.start.year) + "前完成");
    return fmt::format("{}", fmt::join(parts, "；"));
}

Json milestones(const Task& t) {
    Json out = Json::array();
    for (const auto& m : t.milestones)
        out.push_back({{"date", m.date.str()},
                       {"date_text", date_cn(m.date)},
                       {"target", m.target},
                       {"what", m.what}});
    return mark_ends(out);
}

Json escalation(const Judgement& j) {
    Json out = Json::array();
    for (const auto& e : j.escalation)
        out.push_back({{"keyword", std::string(e.keyword)},
                       {"label", std::string(e.label)},
                       {"wording", e.wording},
                       {"reason", e.reason},
                       {"personal", e.personal},
                       {"text", fmt::format("{}（{}）", e.wording, e.reason)}});
    return mark_ends(out);
}

// The bulletin's sentence of measures with their grounds: 超期12天，相关负责人要作出书面检查，
// 说明原因；连续两期未报送，对相关负责人实行问责.
std::string grounds(const Judgement& j) {
    std::vector<std::string> parts;
    std::string last_reason;
    for (const auto& e : j.escalation) {
        std::string reason = e.reason;
        for (size_t at; (at = reason.find("；")) != std::string::npos;) reason.replace(at, 3, "、");
        if (!parts.empty() && reason == last_reason)
            parts.back() += "，" + e.wording;
        else
            parts.push_back(reason + "，" + e.wording);
        last_reason = reason;
    }
    return fmt::format("{}", fmt::join(parts, "；"));
}

std::string joined(const Judgement& j, bool wording) {
    std::vector<std::string> parts;
    for (const auto& e : j.escalation) parts.push_back(wording ? e.wording : std::string(e.label));
    return fmt::format("{}", fmt::join(parts, wording ? "；" : "、"));
}

std::string sentence(std::string text);

void add_update(Json& row, const Update* u) {
    row["has_update"] = u != nullptr;
    row["update_date"] = u ? u->date.str() : "";
    row["update_date_text"] = u ? date_cn(u->date) : "";
    row["update_by"] = u ? u->by : "";
    row["has_update_by"] = u && !u->by.empty();
    row["note"] = u ? u->note : "";
    row["problems"] = u ? u->problems : "";
    row["next"] = u ? u->next : "";
    row["evidence_text"] = u ? join_names(u->evidence) : "";
    row["has_note"] = u && !u->note.empty();
    row["has_problems"] = u && !u->problems.empty();
    row["has_next"] = u && !u->next.empty();
    row["problems_sentence"] = u ? sentence(u->problems) : "";
    row["next_sentence"] = u ? sentence(u->next) : "";
}

std::string named(const Plan& plan, const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& n : names)
        if (!plan.is_collective(n)) out.push_back(n);
    return join_names(out);
}

// 本期进展 as the bulletin's table shows it: only what was reported in this round; otherwise
// 本期未报送 with the last report and its date, or when the task was finished before.
std::string round_note(const Judgement& j, const Round& round) {
    const Update* u = j.state.latest;
    if (u && u->date >= round.start) {
        std::string note = u->note.empty() ? std::string("已报送") : u->note;
        return j.late_report ? fmt::format("{}（{}逾期报送）", note, date_cn(u->date)) : note;
    }
    if (j.reported && u) return fmt::format("已于{}完成，本期无需报送", date_cn(u->date));
    if (!u) return "本期未报送（此前未报送任何进展）";
    return fmt::format("本期未报送（上次报送{}：{}）", date_cn(u->date),
                       u->note.empty() ? fmt::format("进度{}%", u->progress) : u->note);
}

// Text that ends a sentence ends with a full stop: 。！？ or one added.
std::string sentence(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
    if (text.empty()) return text;
    for (const char* end : {"。", "！", "？", "；", "，", "：", "、"})
        if (text.size() >= 3 && text.compare(text.size() - 3, 3, end) == 0) {
            if (std::string_view(end) == "。" || std::string_view(end) == "！" ||
                std::string_view(end) == "？")
                return text;
            return text.substr(0, text.size() - 3) + "。";
        }
    if (text.back() == '.' || text.back() == ';' || text.back() == ',') text.pop_back();
    return text + "。";
}

Json count_of(int n, int total) {
    return {{"count", n}, {"share", share(n, total)}, {"share_text", share_text(n, total)}};
}

}  // namespace

std::vector<Judged> judge_all(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of) {
    std::vector<Judged> out;
    for (const Task* t : tasks) out.push_back({t, judge(plan, *t, as_of), as_of});
    return out;
}

std::string date_cn(Date d) {
    return fmt::format("{}年{}月{}日", d.year, d.month, d.day);
}

std::string number_cn(int n) {
    static const char* const digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 10) return digits[n];
    std::string tens = n / 10 == 1 ? "" : digits[n / 10];
    return tens + "十" + digits[n % 10];
}

double share(int n, int total) {
    if (total <= 0) return 0.0;
    return std::round(1000.0 * n / total) / 10.0;
}

std::string share_text(int n, int total) {
    return fmt::format("{:.1f}%", share(n, total));
}

Json view_header(const Plan& plan, ReportKind kind, const ReportOptions& o) {
    static const char* const labels[] = {"调度情况表", "督查通报", "责任领导任务清单",
                                         "股室任务清单", "年终考核"};
    Round r = round_at(plan, o.as_of);
    std::vector<std::string> filter = describe_filter(o.filter);
    Json v;
    v["kind"] = std::string(report_kind_keyword(kind));
    v["kind_label"] = labels[static_cast<int>(kind)];
    v["plan"] = {{"title", plan.title},
                 {"issuer", plan.issuer},
                 {"document", plan.document},
                 {"has_document", !plan.document.empty()},
                 {"year", plan.start.year}};
    v["as_of"] = o.as_of.str();
    v["as_of_text"] = date_cn(o.as_of);
    v["round"] = {{"number", r.number},         {"start", r.start.str()},
                  {"end", r.end.str()},         {"start_text", date_cn(r.start)},
                  {"end_text", date_cn(r.end)}, {"last", r.last},
                  {"count", round_count(plan)}};
    v["filter"] = {{"active", !filter.empty()},
                   {"text", fmt::format("{}", fmt::join(filter, "；"))}};
    return v;
}

PadWidths pad_widths(const std::vector<Judged>& rows) {
    using text::display_width;
    PadWidths w{display_width(kHeaders[0]), display_width(kHeaders[1]), display_width(kHeaders[2]),
                display_width(kHeaders[3]), display_width(kHeaders[4]), display_width(kHeaders[5]),
                display_width(kHeaders[6])};
    for (const auto& r : rows) {
        const Judgement& j = r.judgement;
        w.id = std::max(w.id, display_width(std::to_string(r.task->id)));
        w.leaders = std::max(w.leaders, display_width(join_names(r.task->leaders)));
        w.office = std::max(w.office, display_width(r.task->office));
        w.progress = std::max(w.progress, display_width(percent(j.state.progress)));
        w.expected = std::max(w.expected, display_width(percent(j.expected)));
        w.status = std::max(w.status, display_width(status_label(j.state.status)));
        w.light = std::max(w.light, display_width(light_label(j.light)));
    }
    return w;
}

Json pad_header(const PadWidths& w) {
    using text::pad_left;
    using text::pad_right;
    return {{"id", pad_left(kHeaders[0], w.id)},
            {"leaders", pad_right(kHeaders[1], w.leaders)},
            {"office", pad_right(kHeaders[2], w.office)},
            {"progress", pad_left(kHeaders[3], w.progress)},
            {"expected", pad_left(kHeaders[4], w.expected)},
            {"status", pad_right(kHeaders[5], w.status)},
            {"light", pad_right(kHeaders[6], w.light)}};
}

Json pad_rule(const PadWidths& w) {
    auto dashes = [](int n) { return std::string(static_cast<size_t>(n), '-'); };
    return {{"id", dashes(w.id)},
            {"leaders", dashes(w.leaders)},
            {"office", dashes(w.office)},
            {"progress", dashes(w.progress)},
            {"expected", dashes(w.expected)},
            {"status", dashes(w.status)},
            {"light", dashes(w.light)}};
}

Json task_row(const Plan& plan, const Judged& r, const PadWidths& w) {
    const Task& t = *r.task;
    const Judgement& j = r.judgement;
    Json row;
    row["id"] = t.id;
    row["category"] = t.category;
    row["title"] = t.title;
    // The title inside a sentence: without its own closing 。.
    row["title_clause"] = t.title.size() >= 3 && t.title.compare(t.title.size() - 3, 3, "。") == 0
                              ? t.title.substr(0, t.title.size() - 3)
                              : t.title;
    row["leaders"] = t.leaders;
    row["leaders_text"] = join_names(t.leaders);
    row["office"] = t.office;
    row["partners"] = t.partners;
    row["partners_text"] = join_names(t.partners);
    row["has_partners"] = !t.partners.empty();
    row["due"] = plan.due_of(t).str();
    row["due_text"] = date_cn(plan.due_of(t));
    row["milestones"] = milestones(t);
    row["time_nodes_text"] = time_nodes_text(plan, t);
    row["status"] = std::string(status_keyword(j.state.status));
    row["status_label"] = std::string(status_label(j.state.status));
    row["progress"] = j.state.progress;
    row["progress_text"] = percent(j.state.progress);
    row["expected"] = j.expected;
    row["expected_text"] = percent(j.expected);
    row["gap"] = j.gap;
    row["light"] = std::string(light_keyword(j.light));
    row["light_label"] = std::string(light_label(j.light));
    row["is_done"] = j.light == Light::Done;
    row["is_green"] = j.light == Light::Green;
    row["is_yellow"] = j.light == Light::Yellow;
    row["is_red"] = j.light == Light::Red;
    row["reason"] = j.reason;
    row["light_text"] = j.light == Light::Done
                            ? std::string(status_label(j.state.status))
                            : fmt::format("{}：{}", light_label(j.light), j.reason);
    row["overdue_days"] = j.overdue_days;
    row["is_overdue"] = j.overdue;
    row["reported"] = j.reported;
    row["late_report"] = j.late_report;
    add_update(row, j.state.latest);
    row["round_note"] = round_note(j, round_at(plan, r.as_of));
    // Who a measure aimed at a person names: never a collective owner (局长办公会成员, 相关股室).
    row["named_leaders_text"] = named(plan, t.leaders);
    row["named_office"] = plan.is_collective(t.office) ? std::string() : t.office;
    {
        std::vector<std::string> who;
        if (!plan.is_collective(t.office)) who.push_back("责任股室：" + t.office);
        std::string leaders = row["named_leaders_text"].get<std::string>();
        if (!leaders.empty()) who.push_back("责任领导：" + leaders);
        row["named_text"] = fmt::format("{}", fmt::join(who, "；"));
        row["has_named"] = !who.empty();
    }
    row["grounds_text"] = grounds(j);
    row["escalation"] = escalation(j);
    row["has_escalation"] = !j.escalation.empty();
    row["escalation_text"] = joined(j, false);
    row["measures_text"] = joined(j, true);
    row["pad"] = {{"id", text::pad_left(std::to_string(t.id), w.id)},
                  {"leaders", text::pad_right(join_names(t.leaders), w.leaders)},
                  {"office", text::pad_right(t.office, w.office)},
                  {"progress", text::pad_left(percent(j.state.progress), w.progress)},
                  {"expected", text::pad_left(percent(j.expected), w.expected)},
                  {"status", text::pad_right(status_label(j.state.status), w.status)},
                  {"light", text::pad_right(light_label(j.light), w.light)}};
    return row;
}

Json totals(const std::vector<Judged>& rows) {
    static const char* const meanings[] = {"已完成", "符合序时进度", "滞后序时进度",
                                           "严重滞后或超期"};
    int n = static_cast<int>(rows.size());
    int count[4] = {0, 0, 0, 0};
    int overdue = 0, unreported = 0;
    for (const auto& r : rows) {
        count[static_cast<int>(r.judgement.light)]++;
        if (r.judgement.overdue) overdue++;
        if (!r.judgement.reported) unreported++;
    }
    Json v;
    v["tasks"] = n;
    Json lights = Json::array();
    for (Light l : {Light::Done, Light::Green, Light::Yellow, Light::Red}) {
        int c = count[static_cast<int>(l)];
        v[std::string(light_keyword(l))] = count_of(c, n);
        Json item = count_of(c, n);
        item["key"] = std::string(light_keyword(l));
        item["label"] = std::string(light_label(l));
        item["meaning"] = meanings[static_cast<int>(l)];
        lights.push_back(std::move(item));
    }
    v["overdue"] = count_of(overdue, n);
    v["unreported"] = count_of(unreported, n);
    v["lights"] = std::move(mark_ends(lights));
    return v;
}

Json unreported(const Plan& plan, const std::vector<Judged>& rows) {
    std::vector<std::string> order;
    std::vector<std::vector<int>> ids;
    int tasks = 0;
    for (const auto& r : rows) {
        if (r.judgement.reported || plan.is_collective(r.task->office)) continue;
        tasks++;
        auto it = std::find(order.begin(), order.end(), r.task->office);
        if (it == order.end()) {
            order.push_back(r.task->office);
            ids.emplace_back();
            it = order.end() - 1;
        }
        ids[static_cast<size_t>(it - order.begin())].push_back(r.task->id);
    }
    Json offices = Json::array();
    for (size_t i = 0; i < order.size(); ++i) {
        offices.push_back({{"name", order[i]},
                           {"task_ids", ids[i]},
                           {"task_ids_text", fmt::format("{}", fmt::join(ids[i], "、"))},
                           {"tasks_text", task_numbers_text(ids[i])}});
    }
    return {{"count", static_cast<int>(order.size())},
            {"tasks_count", tasks},
            {"has_any", !order.empty()},
            {"offices_text", join_names(order)},
            {"offices", std::move(mark_ends(offices))}};
}

std::string task_numbers_text(const std::vector<int>& ids) {
    std::vector<std::string> parts;
    for (size_t i = 0; i < ids.size();) {
        size_t j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1) ++j;
        if (j - i >= 2) {
            parts.push_back(fmt::format("{}至{}", ids[i], ids[j]));
        } else {
            for (size_t k = i; k <= j; ++k) parts.push_back(std::to_string(ids[k]));
        }
        i = j + 1;
    }
    if (parts.empty()) return {};
    return fmt::format("第{}项", fmt::join(parts, "、"));
}

Json& mark_ends(Json& items) {
    for (size_t i = 0; i < items.size(); ++i) {
        items[i]["first"] = i == 0;
        items[i]["last"] = i + 1 == items.size();
        items[i]["index"] = static_cast<int>(i + 1);
    }
    return items;
}

Json row_list(Json rows) {
    mark_ends(rows);
    int n = static_cast<int>(rows.size());
    return {{"count", n}, {"has_any", n > 0}, {"tasks", std::move(rows)}};
}

Json categories(const Plan& plan, const std::vector<Judged>& rows, const PadWidths& widths) {
    Json out = Json::array();
    for (const auto& name : plan.categories) {
        Json tasks = Json::array();
        int progress = 0, expected = 0;
        for (const auto& r : rows) {
            if (r.task->category != name) continue;
            tasks.push_back(task_row(plan, r, widths));
            progress += r.judgement.state.progress;
            expected += r.judgement.expected;
        }
        if (tasks.empty()) continue;
        int n = static_cast<int>(tasks.size());
        int avg = static_cast<int>(std::lround(static_cast<double>(progress) / n));
        int avg_expected = static_cast<int>(std::lround(static_cast<double>(expected) / n));
        out.push_back({{"name", name},
                       {"number_cn", number_cn(static_cast<int>(out.size()) + 1)},
                       {"count", n},
                       {"progress_avg", avg},
                       {"progress_avg_text", percent(avg)},
                       {"expected_avg", avg_expected},
                       {"expected_avg_text", percent(avg_expected)},
                       {"tasks", std::move(mark_ends(tasks))}});
    }
    return mark_ends(out);
}

}  // namespace duban::report_detail
