#include "judge/form.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "model/error.h"
#include "text/i18n.h"

namespace duban {

const std::vector<FormColumnSpec>& form_columns() {
    static const std::vector<FormColumnSpec> columns = {
        {FormColumn::Id, "序号", false, 5},
        {FormColumn::Title, "重点工作任务", false, 28},
        {FormColumn::Leaders, "责任领导", false, 8},
        {FormColumn::TimeNodes, "时间节点", false, 16},
        {FormColumn::LastProgress, "上期进度", false, 6},
        {FormColumn::LastNote, "上期进展", false, 20},
        {FormColumn::Progress, "本期进度（%）", true, 8},
        {FormColumn::Status, "状态", true, 8},
        {FormColumn::Note, "本期进展", true, 24},
        {FormColumn::Problems, "存在问题", true, 16},
        {FormColumn::Next, "下步计划", true, 16},
        {FormColumn::Evidence, "佐证材料", true, 12},
        {FormColumn::By, "填报人", true, 8},
        {FormColumn::Date, "填报日期", true, 11},
    };
    return columns;
}

std::string chinese_date(Date date) {
    return fmt::format("{}年{}月{}日", date.year, date.month, date.day);
}

std::string time_nodes_text(const Plan& plan, const Task& t) {
    std::string text;
    for (const Milestone& m : t.milestones) {
        text += fmt::format("{} {}%", m.date.str(), m.target);
        if (!m.what.empty()) text += " " + m.what;
        text += "\n";
    }
    return text + plan.due_of(t).str() + " 前完成";
}

std::vector<std::string> lead_offices(const Plan& plan) {
    std::vector<std::string> offices;
    for (const Task& t : plan.tasks)
        if (!t.office.empty() &&
            std::find(offices.begin(), offices.end(), t.office) == offices.end())
            offices.push_back(t.office);
    return offices;
}

Date form_deadline(const Round& round, Date as_of) {
    Date deadline{round.end.year, round.end.month, std::min(25, round.end.day)};
    if (deadline < round.start || deadline < as_of) deadline = round.end;
    return deadline;
}

namespace {

// FNV-1a, 64 bits: a checksum that tells whether the text changed, not a security measure.
std::string fingerprint_of(const std::vector<std::string>& parts) {
    uint64_t hash = 1469598103934665603ull;
    for (const std::string& part : parts) {
        for (unsigned char c : part + '\x1f') {
            hash ^= c;
            hash *= 1099511628211ull;
        }
    }
    return fmt::format("{:016x}", hash);
}

bool names_office(const std::vector<std::string>& offices, const std::string& office) {
    const std::string wanted = strip_padding(office);
    return std::any_of(offices.begin(), offices.end(),
                       [&](const std::string& o) { return strip_padding(o) == wanted; });
}

}  // namespace

FormRow make_form_row(const Plan& plan, const Task& t, const std::string& office, Date as_of) {
    FormRow row;
    row.task_id = t.id;
    row.lead = strip_padding(t.office) == strip_padding(office);
    const State state = state_at(t, as_of);
    std::string leaders;
    for (const auto& l : t.leaders) leaders += (leaders.empty() ? "" : "、") + l;
    if (state.latest) row.last_progress = state.progress;
    row.shown = {std::to_string(t.id),
                 t.title,
                 leaders,
                 time_nodes_text(plan, t),
                 state.latest ? fmt::format("{}%", state.progress) : "",
                 state.latest ? fmt::format("{}：{}", state.latest->date.str(),
                                            state.latest->note.empty()
                                                ? std::string(status_label(state.status))
                                                : state.latest->note)
                              : "（尚无报送）"};
    std::vector<std::string> parts = row.shown;
    parts.push_back(t.office);
    row.fingerprint = fingerprint_of(parts);
    return row;
}

Form make_form(const Plan& plan, const std::string& office, Date as_of) {
    Form form;
    form.office = office;
    form.document = plan.document;
    form.round = round_at(plan, as_of);
    form.as_of = as_of;
    form.deadline = form_deadline(form.round, as_of);
    for (bool lead : {true, false})
        for (const Task& t : plan.tasks)
            if (lead ? strip_padding(t.office) == strip_padding(office)
                     : names_office(t.partners, office) &&
                           strip_padding(t.office) != strip_padding(office))
                form.rows.push_back(make_form_row(plan, t, office, as_of));
    if (form.rows.empty())
        throw Error(tr(N_("{0} leads and supports no task; offices that lead tasks: {1}"), office,
                       fmt::format("{}", fmt::join(lead_offices(plan), _(", ")))),
                    kExitUsage);
    form.title = fmt::format("{}进展报送表", plan.title.empty() ? "重点工作任务" : plan.title);
    form.subtitle = fmt::format("第{}轮调度（{}至{}）　责任股室：{}　请于{}前报送",
                                form.round.number, chinese_date(form.round.start),
                                chinese_date(form.round.end), office, chinese_date(form.deadline));
    form.instruction =
        "填报说明：只填白色单元格，灰色单元格请勿修改，不要增删列（行可以排序或删除）。"
        "本期进度填0到100的整数；状态从下拉列表中选择，不填则按进度确定；"
        "已销号须填佐证材料和填报人；填报日期填日期，如2021/6/25。不报送的任务整行留空。";
    return form;
}

std::string Form::file_name(std::string_view extension) const {
    std::string name = office;
    for (char& c : name)
        if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20) c = '_';
    return fmt::format("第{}轮-{}-进展报送表.{}", round.number, name, extension);
}

}  // namespace duban

namespace duban {

namespace {

const char* const kStampKeys[] = {"文号", "股室", "轮次", "轮次开始", "轮次结束", "制表日期"};

// `why` says what is wrong with the stamp: the message is finished here.
[[noreturn]] void bad_stamp(const std::string& why) {
    throw Error(tr(N_("the form's hidden information (表单信息) {0}; was it made by duban forms, "
                      "and not edited there?"),
                   why));
}

}  // namespace

const FormStamp::Row* FormStamp::find(int task_id) const {
    for (const Row& r : rows)
        if (r.task_id == task_id) return &r;
    return nullptr;
}

std::vector<std::vector<std::string>> form_stamp_rows(const Form& form) {
    std::vector<std::vector<std::string>> rows = {
        {kFormMagic, "以下内容供 duban collect 核对，请勿修改"},
        {kStampKeys[0], form.document},
        {kStampKeys[1], form.office},
        {kStampKeys[2], std::to_string(form.round.number)},
        {kStampKeys[3], form.round.start.str()},
        {kStampKeys[4], form.round.end.str()},
        {kStampKeys[5], form.as_of.str()},
        {"序号", "牵头或协办", "校验码"}};
    for (const FormRow& r : form.rows)
        rows.push_back({std::to_string(r.task_id), r.lead ? "牵头" : "协办", r.fingerprint});
    return rows;
}

FormStamp parse_form_stamp(const std::vector<std::vector<std::string>>& rows) {
    auto cell = [&](size_t r, size_t c) -> std::string {
        return r < rows.size() && c < rows[r].size() ? rows[r][c] : std::string();
    };
    if (cell(0, 0) != kFormMagic) bad_stamp(_("is missing"));
    FormStamp stamp;
    std::string values[6];
    for (size_t k = 0; k < 6; ++k) {
        if (cell(k + 1, 0) != kStampKeys[k]) bad_stamp(tr(N_("lacks {0}"), kStampKeys[k]));
        values[k] = cell(k + 1, 1);
    }
    stamp.document = values[0];
    stamp.office = values[1];
    const auto start = parse_date(values[3]), end = parse_date(values[4]),
               as_of = parse_date(values[5]);
    if (values[2].empty() || values[2].size() > 4 ||
        values[2].find_first_not_of("0123456789") != std::string::npos || !start || !end || !as_of)
        bad_stamp(_("has a round or date that is not one"));
    stamp.round = std::stoi(values[2]);
    stamp.round_start = *start;
    stamp.round_end = *end;
    stamp.as_of = *as_of;
    for (size_t r = 8; r < rows.size(); ++r) {
        const std::string id = cell(r, 0);
        if (id.empty()) continue;
        if (id.size() > 6 || id.find_first_not_of("0123456789") != std::string::npos ||
            cell(r, 2).size() != 16)
            bad_stamp(tr(N_("has a task row that is not one (row {0})"), r + 1));
        stamp.rows.push_back({std::stoi(id), cell(r, 1) == "牵头", cell(r, 2)});
    }
    return stamp;
}

FieldNames form_field_names() {
    auto heading = [](FormColumn c) { return std::string(form_column(c).heading); };
    FieldNames n;
    n.progress = heading(FormColumn::Progress);
    n.status = heading(FormColumn::Status);
    n.date = heading(FormColumn::Date);
    n.note = heading(FormColumn::Note);
    n.problems = heading(FormColumn::Problems);
    n.next = heading(FormColumn::Next);
    n.by = heading(FormColumn::By);
    n.evidence = heading(FormColumn::Evidence);
    n.form = true;
    return n;
}

}  // namespace duban
