// The progress form (进展报送表) of a dispatch round: what `duban forms` writes for an office and
// what `duban collect` trusts when the form comes back. Both sides work from this one
// description, so the columns, their headings and the fingerprints cannot drift apart.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/mark.h"
#include "judge/pace.h"
#include "model/plan.h"

namespace duban {

// The columns of the form, left to right. The first six are pre-filled from the plan and
// protected; the rest are for the office to fill in.
enum class FormColumn {
    Id,            // 序号: the task's number in the plan
    Title,         // 重点工作任务
    Leaders,       // 责任领导
    TimeNodes,     // 时间节点: milestones, then the due date
    LastProgress,  // 上期进度: the latest progress as of the form's date
    LastNote,      // 上期进展: the latest 本期进展, with its date
    Progress,      // 本期进度（%）
    Status,        // 状态
    Note,          // 本期进展
    Problems,      // 存在问题
    Next,          // 下步计划
    Evidence,      // 佐证材料
    By,            // 填报人
    Date,          // 填报日期
};
constexpr int kFormColumns = 14;

struct FormColumnSpec {
    FormColumn column;
    const char* heading;  // exactly as the form shows it
    bool fill;            // for the office to fill in
    int cap;              // widest the column gets, in Excel character units; longer text wraps
};
const std::vector<FormColumnSpec>& form_columns();
inline const FormColumnSpec& form_column(FormColumn c) {
    return form_columns()[static_cast<size_t>(c)];
}

// The form's fill-in columns as the names of a report's fields, for mark's messages about a
// row (judge/mark.h): 佐证材料 where mark would say --evidence.
FieldNames form_field_names();

// One task's row as the form shows it before the office fills anything in.
struct FormRow {
    int task_id = 0;
    bool lead = true;                  // the office leads it; false: it supports (协办)
    std::vector<std::string> shown;    // the six pre-filled cells, as text
    std::optional<int> last_progress;  // 上期进度 as a number; nullopt when never reported
    std::string fingerprint;           // of `shown` and the office's part in the task
};

// A form for one office and round.
struct Form {
    std::string office;
    std::string document;  // the plan's document number (文号)
    Round round;
    Date as_of;            // the day the form was made for; the pre-filled cells show the plan then
    Date deadline;         // the day the office should return it by
    std::string title;     // first heading line
    std::string subtitle;  // the round, its dates, the office and the deadline
    std::string instruction;    // how to fill it in
    std::vector<FormRow> rows;  // lead tasks first, then supported ones, each in plan order

    // 第3轮-基教股-进展报送表.<extension>; characters a file name cannot hold become _.
    std::string file_name(std::string_view extension) const;
};

// The offices that lead at least one task, in the order the plan first names them.
std::vector<std::string> lead_offices(const Plan& plan);

// The form of `office` for the round at `as_of`. Throws Error (usage) when the office leads
// and supports no task.
Form make_form(const Plan& plan, const std::string& office, Date as_of);

// The form's row for `task` as `office` sees it on `as_of` (lead when the office leads it).
FormRow make_form_row(const Plan& plan, const Task& task, const std::string& office, Date as_of);

// The day a round's forms are due back: the 25th of the round's last month (its last day when
// that comes first), or the round's last day when the form is made after that.
Date form_deadline(const Round& round, Date as_of);

// Each time node on its own line ("2021-06-30 60% 完成上半年共读活动"), then "<due> 前完成".
std::string time_nodes_text(const Plan& plan, const Task& task);

// 2021年6月25日.
std::string chinese_date(Date date);

// What a form carries for collect to trust it (its stamp): written on a hidden sheet of the
// .xlsx and below the rows of a CSV form, as rows of cells. The first row's first cell is
// kFormMagic; then key/value rows (文号, 股室, 轮次, 轮次开始, 轮次结束, 制表日期); then a row
// 序号/牵头或协办/校验码 and one row per task of the form.
inline constexpr const char* kFormMagic = "duban-form-1";

struct FormStamp {
    std::string document;
    std::string office;
    int round = 0;
    Date round_start;
    Date round_end;
    Date as_of;
    struct Row {
        int task_id = 0;
        bool lead = true;
        std::string fingerprint;
    };
    std::vector<Row> rows;
    const Row* find(int task_id) const;
};

std::vector<std::vector<std::string>> form_stamp_rows(const Form& form);

// Reads the rows form_stamp_rows wrote. Throws Error (data) saying what is missing or wrong;
// the caller names the file.
FormStamp parse_form_stamp(const std::vector<std::vector<std::string>>& rows);

}  // namespace duban
