#include "intake/collect.h"

#include <fmt/format.h>

#include <algorithm>

#include "judge/pace.h"
#include "model/error.h"

namespace duban {

namespace {

constexpr const char* kForceHint = "；确认无误可加 --force";

[[noreturn]] void refuse(const std::string& where, const std::string& why) {
    throw Error(fmt::format("{}: {}", where, why));
}

void check_stamp(const Plan& plan, const ReturnedForm& form, Date today, bool force) {
    if (form.stamp.document != plan.document)
        refuse(form.file, fmt::format("这是文号“{}”的报送表，不是本计划（{}）的",
                                      form.stamp.document, plan.document));
    const Round now = round_at(plan, today);
    if (form.stamp.round < now.number && !force)
        refuse(form.file,
               fmt::format("这是第{}轮的报送表，现在是第{}轮（{}至{}）{}", form.stamp.round,
                           now.number, now.start.str(), now.end.str(), kForceHint));
}

bool same_values(const Update& a, const Update& b) {
    return a.progress == b.progress && a.status == b.status && a.note == b.note &&
           a.problems == b.problems && a.next == b.next && a.by == b.by && a.evidence == b.evidence;
}

// Whether the task already holds this row: collected before.
bool already_there(const Task& task, const Update& u, const ReturnedRow& row,
                   const FormStamp& stamp) {
    return std::any_of(task.updates.begin(), task.updates.end(), [&](const Update& have) {
        const bool dated =
            row.request.date.empty() ? have.date >= stamp.round_start : have.date == u.date;
        return dated && same_values(have, u);
    });
}

// The row's task: in the plan and on the form.
Task& task_of(Plan& plan, const ReturnedForm& form, const ReturnedRow& row) {
    const std::string where = fmt::format("{}: {}", form.file, row.place);
    Task* task = plan.find(row.task_id);
    if (!task) refuse(where, fmt::format("计划中没有任务{}", row.task_id));
    if (!form.stamp.find(row.task_id))
        refuse(where, fmt::format("任务{}不在这张报送表上（是从别的表复制来的吗？）", row.task_id));
    return *task;
}

// Unless --force: the form's office leads the task, and the task is as the form showed it.
void check_trust(const Plan& plan, const Task& task, const ReturnedForm& form,
                 const ReturnedRow& row) {
    const std::string where = fmt::format("{}: {}", form.file, row.place);
    if (strip_padding(task.office) != strip_padding(form.stamp.office))
        refuse(where, fmt::format("任务{}由{}牵头，不是{}{}", row.task_id, task.office,
                                  form.stamp.office, kForceHint));
    const FormRow now = make_form_row(plan, task, form.stamp.office, form.stamp.as_of);
    if (now.fingerprint != form.stamp.find(row.task_id)->fingerprint)
        refuse(where, fmt::format("任务{}在制表（{}）之后改过了，表上显示的已不是现在的内容；"
                                  "请重新生成报送表{}",
                                  row.task_id, form.stamp.as_of.str(), kForceHint));
}

std::string where_row(const std::string& file, const ReturnedRow& row) {
    return fmt::format("{}: {}（任务{}）", file, row.place, row.task_id);
}

// The row as an update, under mark's rules for one update on its own.
Update row_update(const ReturnedRow& row, const std::string& file, Date today) {
    try {
        return make_update(row.request, today);
    } catch (const Error& e) {
        refuse(where_row(file, row), e.what());
    }
}

// mark's rules for an update following the task's latest. With --force a lower progress or an
// earlier date passes when 本期进展 says why, as mark --force needs --note.
void check_order(const Task& task, const Update& u, const ReturnedRow& row, const std::string& file,
                 bool force) {
    try {
        check_against_task(task, u, false);
    } catch (const Error& e) {
        if (!force || u.note.empty())
            refuse(where_row(file, row),
                   fmt::format("{}{}", e.what(),
                               force ? "（--force 时本期进展须写明原因）" : kForceHint));
    }
}

}  // namespace

std::vector<CollectedForm> collect_forms(Plan& plan, const std::vector<ReturnedForm>& forms,
                                         Date today, bool force) {
    std::vector<CollectedForm> out;
    for (const ReturnedForm& form : forms) {
        check_stamp(plan, form, today, force);
        CollectedForm result{form.file, form.stamp.office, form.stamp.round, {}, {}, {}};
        for (const ReturnedRow& row : form.rows) {
            Task& task = task_of(plan, form, row);
            const Update u = row_update(row, form.file, today);
            if (already_there(task, u, row, form.stamp)) {
                result.already.push_back(row.task_id);
                continue;
            }
            if (!force) check_trust(plan, task, form, row);
            check_order(task, u, row, form.file, force);
            task.updates.push_back(u);
            result.added.push_back({row.task_id, u});
        }
        for (const FormStamp::Row& stamped : form.stamp.rows) {
            const auto filled = [&](const ReturnedRow& r) { return r.task_id == stamped.task_id; };
            if (stamped.lead && std::none_of(form.rows.begin(), form.rows.end(), filled))
                result.unreported.push_back(stamped.task_id);
        }
        out.push_back(std::move(result));
    }
    return out;
}

}  // namespace duban
