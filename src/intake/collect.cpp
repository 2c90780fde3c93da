#include "intake/collect.h"

#include <fmt/format.h>

#include <algorithm>

#include "judge/pace.h"
#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

// Appended to a refusal that --force overrides.
std::string force_hint() {
    return _("; if it is right all the same, add --force");
}

[[noreturn]] void refuse(const std::string& where, const std::string& why) {
    throw Error(fmt::format("{}: {}", where, why));
}

void check_stamp(const Plan& plan, const ReturnedForm& form, Date today, bool force) {
    if (form.stamp.document != plan.document)
        refuse(form.file, tr(N_("this form is for the plan {0}, not for this plan ({1})"),
                             form.stamp.document, plan.document));
    const Round now = round_at(plan, today);
    if (form.stamp.round < now.number && !force)
        refuse(form.file,
               tr(N_("this is the form of round {0}; the round now is {1} ({2} to {3}){4}"),
                  form.stamp.round, now.number, now.start.str(), now.end.str(), force_hint()));
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
    if (!task) refuse(where, tr(N_("the plan has no task {0}"), row.task_id));
    if (!form.stamp.find(row.task_id))
        refuse(where, tr(N_("task {0} is not on this form (was the row copied from another "
                            "form?)"),
                         row.task_id));
    return *task;
}

// Unless --force: the form's office leads the task, and the task is as the form showed it.
void check_trust(const Plan& plan, const Task& task, const ReturnedForm& form,
                 const ReturnedRow& row) {
    const std::string where = fmt::format("{}: {}", form.file, row.place);
    if (strip_padding(task.office) != strip_padding(form.stamp.office))
        refuse(where, tr(N_("task {0} is led by {1}, not by {2}{3}"), row.task_id, task.office,
                         form.stamp.office, force_hint()));
    const FormRow now = make_form_row(plan, task, form.stamp.office, form.stamp.as_of);
    if (now.fingerprint != form.stamp.find(row.task_id)->fingerprint)
        refuse(where, tr(N_("task {0} was changed after the form was made ({1}): the form no "
                            "longer shows it as it is; make the forms again{2}"),
                         row.task_id, form.stamp.as_of.str(), force_hint()));
}

std::string where_row(const std::string& file, const ReturnedRow& row) {
    return tr(N_("{0}: {1} (task {2})"), file, row.place, row.task_id);
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
        check_against_task(task, u, false, form_field_names());
    } catch (const Error& e) {
        if (!force || u.note.empty()) refuse(where_row(file, row), e.what());
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
