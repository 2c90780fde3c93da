// What `duban collect` makes of returned forms: the updates to add, checked against the plan
// under the rules of `duban mark` (judge/mark.h), and what it refuses and why.
#pragma once

#include <string>
#include <vector>

#include "intake/returned_form.h"
#include "model/plan.h"

namespace duban {

struct CollectedUpdate {
    int task_id = 0;
    Update update;
};

// One form's outcome.
struct CollectedForm {
    std::string file;
    std::string office;
    int round = 0;
    std::vector<CollectedUpdate> added;  // in the order of the sheet
    std::vector<int> already;            // rows already in the plan: collected before
    std::vector<int> unreported;         // 未填报: lead tasks of the form with no filled row
};

// Checks every filled row of `forms` against `plan` and returns the updates to add, form by
// form; `plan` receives them too, so a later form is checked against the earlier ones. A row
// already in the plan (an update of the task with the same values, dated the row's 填报日期 or,
// without one, in the form's round) is not added again. Unless `force`, refuses a form of an
// earlier round than the one `today` falls in, a row of a task whose fingerprint differs from
// the form's (the task changed since the form was made), and a row of a task the form's office
// does not lead. Always refuses a form of another plan (文号), a row of a task not on the form
// or not in the plan, and a row that breaks mark's rules (progress 0–100, not lower than the
// latest without a reason, closing needs evidence and 填报人). Rows without 填报日期 are dated
// `today`. Throws Error (data) naming the file, the row and the reason.
std::vector<CollectedForm> collect_forms(Plan& plan, const std::vector<ReturnedForm>& forms,
                                         Date today, bool force);

}  // namespace duban
