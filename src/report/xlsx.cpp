#include "report/xlsx.h"

#include "model/error.h"
#include "text/i18n.h"

#if DUBAN_HAVE_XLSX

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "judge/form.h"
#include "judge/pace.h"
#include "report/ledger.h"
#include "report/xlsx_sheet.h"

namespace duban {

namespace {

using namespace xlsx;

const std::vector<LedgerColumn> kUpdateColumns = {
    {"序号", 6},      {"重点工作任务", 30}, {"日期", 12},     {"进度", 6},    {"状态", 8},
    {"本期进展", 30}, {"存在问题", 24},     {"下步计划", 24}, {"报送人", 12}, {"佐证材料", 20}};

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    return fmt::format("{}", fmt::join(items, sep));
}

// The title row: 〈plan title〉台账（截至2021年7月15日）.
std::string sheet_title(const Plan& plan, std::string_view what, Date as_of) {
    return fmt::format("{}{}（截至{}年{}月{}日）", plan.title.empty() ? "重点工作任务" : plan.title,
                       what, as_of.year, as_of.month, as_of.day);
}

std::vector<Cell> ledger_row(const Plan& plan, const Task& t, Date as_of) {
    const Judgement j = judge(plan, t, as_of);
    const Update* u = j.state.latest;
    return {number(t.id),
            label(t.category),
            text(t.title),
            text(join(t.leaders, "、")),
            text(t.office),
            text(join(t.partners, "、")),
            text(time_nodes_text(plan, t)),
            text(u ? u->note : ""),
            text(u ? u->problems : ""),
            text(u ? u->next : ""),
            percent(j.state.progress),
            percent(j.expected),
            label(status_label(j.state.status)),
            lamp(j.light),
            text(j.reason)};
}

Sheet ledger_sheet(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of) {
    Sheet s{"重点工作任务台账", sheet_title(plan, "台账", as_of), ledger_columns(), {}};
    for (const Task* t : tasks) s.rows.push_back(ledger_row(plan, *t, as_of));
    return s;
}

// Updates dated after `as_of` are left out, as they are on the ledger sheet: both sheets show
// the plan as it stood on that day.
Sheet updates_sheet(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of) {
    Sheet s{"进展记录", sheet_title(plan, "进展记录", as_of), kUpdateColumns, {}};
    for (const Task* t : tasks) {
        std::vector<const Update*> updates;
        for (const Update& u : t->updates)
            if (u.date <= as_of) updates.push_back(&u);
        std::stable_sort(updates.begin(), updates.end(),
                         [](const Update* a, const Update* b) { return a->date < b->date; });
        for (const Update* u : updates)
            s.rows.push_back({number(t->id), text(t->title), day(u->date), percent(u->progress),
                              label(status_label(u->status)), text(u->note), text(u->problems),
                              text(u->next), text(u->by), text(join(u->evidence, "\n"))});
    }
    return s;
}

// One ledger sheet per leader or office of the report's view, in the view's order, named after
// the leader or office and titled 〈plan〉·〈name〉任务清单. An office's sheet starts with a
// column 职责: 牵头 for the tasks it leads, then 协办 for those it supports.
std::vector<Sheet> section_sheets(const Plan& plan, const Json& view, Date as_of) {
    const bool offices = view["kind"] == "office";
    std::vector<LedgerColumn> columns = ledger_columns();
    if (offices) columns.insert(columns.begin(), LedgerColumn{"职责", 6});
    std::vector<Sheet> out;
    std::vector<std::string> taken;
    auto add = [&](Sheet& sheet, const Json& tasks, const char* role) {
        for (const auto& t : tasks) {
            const Task* task = plan.find(t["id"].get<int>());
            if (!task) continue;
            std::vector<Cell> row = ledger_row(plan, *task, as_of);
            if (role) row.insert(row.begin(), label(role));
            sheet.rows.push_back(std::move(row));
        }
    };
    for (const auto& section : view[offices ? "offices" : "leaders"]) {
        const std::string name = section["name"].get<std::string>();
        Sheet sheet{sheet_name(name, taken),
                    sheet_title(plan, fmt::format("·{}任务清单", name), as_of),
                    columns,
                    {}};
        sheet.keep_columns = offices ? 2 : 1;
        if (offices) {
            add(sheet, section["lead"]["tasks"], "牵头");
            add(sheet, section["partner"]["tasks"], "协办");
        } else {
            add(sheet, section["tasks"], nullptr);
        }
        out.push_back(std::move(sheet));
    }
    return out;
}

// 年终考核: one row per lead office in the scorecard's order, counts and points as numbers.
Sheet scorecard_sheet(const Plan& plan, const Json& view, Date as_of) {
    // 〈plan〉·年终考核（截至2021年7月15日，计第1至4轮调度）, as the text scorecard heads it.
    const std::string title =
        fmt::format("{}·年终考核（截至{}年{}月{}日，计{}调度）",
                    plan.title.empty() ? "重点工作任务" : plan.title, as_of.year, as_of.month,
                    as_of.day, view["rounds"]["text"].get<std::string>());
    Sheet s{"年终考核",
            title,
            {{"名次", 6},
             {"股室", 14},
             {"牵头任务", 10},
             {"按时完成", 10},
             {"逾期完成", 10},
             {"未完成", 8},
             {"超期未完成", 12},
             {"红灯轮次", 10},
             {"未报送轮次", 12},
             {"扣分", 6},
             {"得分", 6},
             {"扣分明细", 50}},
            {}};
    s.keep_columns = 2;
    for (const auto& o : view["offices"]) {
        std::vector<Cell> row = {number(o["rank"].get<int>()), label(o["name"].get<std::string>())};
        for (const char* key : {"led", "on_time", "late", "unfinished", "overdue", "red_rounds",
                                "unreported_rounds", "deducted", "score"})
            row.push_back(number(o[key].get<int>()));
        row.push_back(text(o["deductions_text"].get<std::string>()));
        s.rows.push_back(std::move(row));
    }
    return s;
}

// 考核明细: each office's tasks with what the score counted for each.
Sheet scorecard_detail_sheet(const Plan& plan, const Json& view, Date as_of) {
    Sheet s{"考核明细",
            sheet_title(plan, "·年终考核明细", as_of),
            {{"股室", 14},
             {"序号", 6},
             {"重点工作任务", 40},
             {"状态", 8},
             {"完成日期", 12},
             {"完成情况", 10},
             {"超期未完成", 12},
             {"红灯轮次", 16},
             {"未报送轮次", 16}},
            {}};
    s.keep_columns = 3;
    for (const auto& o : view["offices"])
        for (const auto& t : o["tasks"]) {
            const char* outcome = t["on_time"].get<bool>() ? "按时完成"
                                  : t["late"].get<bool>()  ? "逾期完成"
                                                           : "未完成";
            s.rows.push_back({label(o["name"].get<std::string>()), number(t["id"].get<int>()),
                              text(t["title"].get<std::string>()),
                              label(t["status_label"].get<std::string>()),
                              label(t["finished_on"].get<std::string>()), label(outcome),
                              label(t["overdue"].get<bool>() ? "是" : ""),
                              label(t["red_rounds_text"].get<std::string>()),
                              label(t["unreported_rounds_text"].get<std::string>())});
        }
    return s;
}
// 下轮到期的时间节点: the time nodes of the round after the report's, as the dispatch table lists
// them (view next_round). Nothing after the last round: there is no next round to prepare for.
std::optional<Sheet> next_round_sheet(const Plan& plan, const Json& view) {
    const Json& next = view["next_round"];
    if (!next.is_object() || !next["has_round"].get<bool>()) return std::nullopt;
    const std::string when =
        fmt::format("第{}轮：{}至{}", next["number"].get<int>(),
                    next["start_text"].get<std::string>(), next["end_text"].get<std::string>());
    Sheet s{"下轮时间节点",
            fmt::format("{}下轮到期的时间节点（{}{}）",
                        plan.title.empty() ? "重点工作任务" : plan.title, when,
                        next["has_milestones"].get<bool>() ? "" : "，无到期的时间节点"),
            {{"日期", 12},
             {"序号", 6},
             {"重点工作任务", 40},
             {"责任股室", 12},
             {"目标", 8},
             {"节点内容", 30}},
            {}};
    s.keep_columns = 2;
    for (const auto& m : next["milestones"])
        s.rows.push_back({day(*parse_date(m["date"].get<std::string>())),
                          number(m["id"].get<int>()), text(m["title"].get<std::string>()),
                          label(m["office"].get<std::string>()), percent(m["target"].get<int>()),
                          text(m["what"].get<std::string>())});
    return s;
}

}  // namespace

bool xlsx_available() {
    return true;
}

void write_ledger_xlsx(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of,
                       const std::string& path) {
    Sheet ledger = ledger_sheet(plan, tasks, as_of);
    ledger.keep_columns = 3;
    write_book({ledger, updates_sheet(plan, tasks, as_of)}, plan.issuer, as_of, path);
}

void write_report_xlsx(const Plan& plan, const std::vector<const Task*>& tasks, const Json& view,
                       Date as_of, const std::string& path) {
    const std::string kind = view["kind"].get<std::string>();
    if (kind == "scorecard")
        return write_book(
            {scorecard_sheet(plan, view, as_of), scorecard_detail_sheet(plan, view, as_of)},
            plan.issuer, as_of, path);
    if (kind == "leader" || kind == "office") {
        std::vector<Sheet> sheets = section_sheets(plan, view, as_of);
        // No leader or office selected: one empty ledger says so rather than no workbook.
        if (sheets.empty()) sheets.push_back(ledger_sheet(plan, {}, as_of));
        return write_book(sheets, plan.issuer, as_of, path);
    }
    Sheet ledger = ledger_sheet(plan, tasks, as_of);
    ledger.keep_columns = 3;
    std::vector<Sheet> sheets = {ledger, updates_sheet(plan, tasks, as_of)};
    if (kind == "dispatch")
        if (std::optional<Sheet> next = next_round_sheet(plan, view)) sheets.push_back(*next);
    write_book(sheets, plan.issuer, as_of, path);
}

}  // namespace duban

#else  // built without libxlsxwriter

namespace duban {

bool xlsx_available() {
    return false;
}

void write_ledger_xlsx(const Plan&, const std::vector<const Task*>&, Date,
                       const std::string& path) {
    throw Error(tr(N_("{0}: cannot write xlsx: this duban was built without libxlsxwriter "
                      "(install libxlsxwriter-dev and rebuild)"),
                   path));
}

void write_report_xlsx(const Plan& plan, const std::vector<const Task*>& tasks, const Json&,
                       Date as_of, const std::string& path) {
    write_ledger_xlsx(plan, tasks, as_of, path);
}

}  // namespace duban

#endif
