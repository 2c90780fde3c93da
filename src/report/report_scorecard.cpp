// 年终考核: each lead office's record over the rounds so far, scored by plan.rules.
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "report/report_scorecard.h"
#include "text/width.h"

namespace duban::report_detail {

namespace {

// The date each round is judged at: its last day, or `as_of` for the round still running. The
// last round is judged at `as_of` when that is later, so a late report (after the plan ended)
// counts for it.
std::vector<Date> round_dates(const Plan& plan, Date as_of) {
    std::vector<Date> out;
    Round r = round_at(plan, plan.start);
    while (true) {
        out.push_back(r.last || r.end >= as_of ? as_of : r.end);
        if (r.last || r.end >= as_of) break;
        r = round_at(plan, Date::from_days(r.end.days() + 1));
    }
    return out;
}

// The day a finished task was finished: the first update of the finished run it ends with.
std::optional<Date> finished_on(const Task& t, Date as_of) {
    std::optional<Date> since;
    for (const auto& u : t.updates) {
        if (u.date > as_of) continue;
        if (!is_finished(u.status))
            since.reset();
        else if (!since)
            since = u.date;
    }
    return since;
}

struct TaskRecord {
    Json json;
    bool on_time = false, late = false, unfinished = false, overdue = false;
    int red = 0, unreported = 0;
    std::vector<int> unreported_rounds;  // round numbers
};

std::string rounds_text(const std::vector<int>& rounds) {
    if (rounds.empty()) return "";
    std::vector<std::string> n;
    for (int r : rounds) n.push_back(std::to_string(r));
    return fmt::format("第{}轮", fmt::join(n, "、"));
}

TaskRecord record(const Plan& plan, const Judged& r, const std::vector<Date>& dates, Date as_of) {
    TaskRecord rec;
    std::vector<int> red, unreported;
    for (size_t i = 0; i < dates.size(); ++i) {
        Judgement j = judge(plan, *r.task, dates[i]);
        if (j.light == Light::Red) red.push_back(static_cast<int>(i + 1));
        if (!j.reported) unreported.push_back(static_cast<int>(i + 1));
    }
    rec.red = static_cast<int>(red.size());
    rec.unreported = static_cast<int>(unreported.size());
    rec.unreported_rounds = unreported;
    std::optional<Date> done = finished_on(*r.task, as_of);
    Date due = plan.due_of(*r.task);
    rec.on_time = done && *done <= due;
    rec.late = done && *done > due;
    rec.unfinished = !done;
    rec.overdue = r.judgement.overdue;
    rec.json = {{"id", r.task->id},
                {"title", r.task->title},
                {"status_label", std::string(status_label(r.judgement.state.status))},
                {"finished_on", done ? done->str() : ""},
                {"on_time", rec.on_time},
                {"late", rec.late},
                {"unfinished", rec.unfinished},
                {"overdue", rec.overdue},
                {"red_rounds", rec.red},
                {"red_rounds_text", rounds_text(red)},
                {"unreported_rounds", rec.unreported},
                {"unreported_rounds_text", rounds_text(unreported)}};
    return rec;
}

struct OfficeScore {
    std::string name;
    int led = 0, on_time = 0, late = 0, unfinished = 0, overdue = 0, red = 0, unreported = 0;
    std::vector<int> unreported_rounds;  // distinct round numbers, for unreported_per: office
    int deducted = 0, score = 0;
    Json tasks = Json::array();
    Json deductions = Json::array();
};

void add_deduction(OfficeScore& s, int count, int per, const char* what, const char* unit) {
    if (count == 0 || per == 0) return;
    s.deducted += count * per;
    s.deductions.push_back({{"what", what},
                            {"count", count},
                            {"points", count * per},
                            {"text", fmt::format("{}{}{}扣{}分", what, count, unit, count * per)}});
}

void score(OfficeScore& s, const Rules& rules) {
    add_deduction(s, s.overdue, rules.deduct_unfinished, "超期未完成", "项");
    add_deduction(s, s.late, rules.deduct_late, "逾期完成", "项");
    add_deduction(s, s.red, rules.deduct_red_round, "红灯", "轮次");
    add_deduction(s, s.unreported, rules.deduct_unreported_round, "未报送进展", "轮次");
    s.score = std::max(0, rules.score_base - s.deducted);
}

const char* const kColumns[] = {"rank",     "name",       "led",
                                "on_time",  "late",       "unfinished",
                                "overdue",  "red_rounds", "unreported_rounds",
                                "deducted", "score"};
const char* const kHeaders[] = {"名次",       "股室",   "牵头",       "按时完成",
                                "逾期完成",   "未完成", "超期未完成", "红灯轮次",
                                "未报送轮次", "扣分",   "得分"};

// Pads every office's `pad` cells and the header to common display widths; the name column is
// left-aligned, numbers right-aligned.
void pad_columns(Json& offices, Json& header) {
    for (size_t c = 0; c < std::size(kColumns); ++c) {
        int w = text::display_width(kHeaders[c]);
        for (const auto& o : offices)
            w = std::max(w, text::display_width(o["pad"][kColumns[c]].get<std::string>()));
        auto pad = [&](const std::string& s) {
            return c == 1 ? text::pad_right(s, w) : text::pad_left(s, w);
        };
        header[kColumns[c]] = pad(kHeaders[c]);
        for (auto& o : offices)
            o["pad"][kColumns[c]] = pad(o["pad"][kColumns[c]].get<std::string>());
    }
}

Json office_json(const OfficeScore& s, int rank) {
    std::vector<std::string> texts;
    for (const auto& d : s.deductions) texts.push_back(d["text"].get<std::string>());
    Json o = {{"name", s.name},         {"rank", rank},        {"led", s.led},
              {"on_time", s.on_time},   {"late", s.late},      {"unfinished", s.unfinished},
              {"overdue", s.overdue},   {"red_rounds", s.red}, {"unreported_rounds", s.unreported},
              {"deducted", s.deducted}, {"score", s.score}};
    Json pad = Json::object();
    for (const char* c : kColumns)
        pad[c] = o[c].is_string() ? o[c].get<std::string>() : std::to_string(o[c].get<int>());
    o["deductions"] = s.deductions;
    o["has_deductions"] = !s.deductions.empty();
    o["deductions_text"] =
        texts.empty() ? std::string("无扣分") : fmt::format("{}", fmt::join(texts, "；"));
    Json tasks = s.tasks;
    o["tasks"] = std::move(mark_ends(tasks));
    o["pad"] = std::move(pad);
    return o;
}

}  // namespace

Json scorecard_view(const Plan& plan, const ReportOptions& o, const std::vector<Judged>& rows) {
    std::vector<Date> dates = round_dates(plan, o.as_of);
    std::vector<OfficeScore> offices;
    for (const auto& r : rows) {
        std::string name = strip_padding(r.task->office);
        auto it = std::find_if(offices.begin(), offices.end(),
                               [&](const OfficeScore& s) { return s.name == name; });
        if (it == offices.end()) it = offices.insert(offices.end(), OfficeScore{});
        it->name = name;
        TaskRecord rec = record(plan, r, dates, o.as_of);
        it->led++;
        it->on_time += rec.on_time;
        it->late += rec.late;
        it->unfinished += rec.unfinished;
        it->overdue += rec.overdue;
        it->red += rec.red;
        // A collective owner (相关股室) is no office that can fail to report.
        if (!plan.is_collective(name)) {
            it->unreported += rec.unreported;
            for (int n : rec.unreported_rounds)
                if (std::find(it->unreported_rounds.begin(), it->unreported_rounds.end(), n) ==
                    it->unreported_rounds.end())
                    it->unreported_rounds.push_back(n);
        }
        it->tasks.push_back(std::move(rec.json));
    }
    // One missed round costs an office one deduction, however many tasks it leads (the rule
    // unreported_per: office); with unreported_per: task, one per task and round.
    for (auto& s : offices) {
        if (plan.rules.unreported_per == "office")
            s.unreported = static_cast<int>(s.unreported_rounds.size());
        score(s, plan.rules);
    }
    std::stable_sort(offices.begin(), offices.end(),
                     [](const OfficeScore& a, const OfficeScore& b) { return a.score > b.score; });
    Json list = Json::array();
    for (size_t i = 0; i < offices.size(); ++i) {
        // Equal scores share a rank: 1, 1, 3.
        int rank = i > 0 && offices[i].score == offices[i - 1].score
                       ? list.back()["rank"].get<int>()
                       : static_cast<int>(i + 1);
        list.push_back(office_json(offices[i], rank));
    }
    Json header = Json::object();
    pad_columns(list, header);
    const Rules& r = plan.rules;
    Json v = view_header(plan, ReportKind::Scorecard, o);
    v["rules"] = {{"score_base", r.score_base},
                  {"deduct_unfinished", r.deduct_unfinished},
                  {"deduct_late", r.deduct_late},
                  {"deduct_red_round", r.deduct_red_round},
                  {"deduct_unreported_round", r.deduct_unreported_round},
                  {"unreported_per", r.unreported_per}};
    int n = static_cast<int>(dates.size());
    v["rounds"] = {{"count", n},
                   {"text", n == 1 ? std::string("第1轮") : fmt::format("第1至{}轮", n)}};
    v["totals"] = totals(rows);
    v["count"] = static_cast<int>(list.size());
    v["offices"] = std::move(mark_ends(list));
    v["pad_header"] = std::move(header);
    return v;
}

}  // namespace duban::report_detail
