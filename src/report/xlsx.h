// The running ledger (台账) as an Excel workbook: the bulletin's attachment table as it stood on a
// date, each task's light as the colour of its 预警 cell, and every progress report on a second
// sheet. Offices keep and exchange the ledger as .xlsx; this is the one writer of that format.
#pragma once

#include <string>
#include <vector>

#include "model/date.h"
#include "model/plan.h"
#include "report/json.h"

namespace duban {

// True when this build links libxlsxwriter and write_ledger_xlsx can work; false when it was
// built without it, and write_ledger_xlsx then only throws.
bool xlsx_available();

// Writes the ledger of `tasks`, in the order given, as it stood on `as_of` to the workbook
// `path`. Sheet 重点工作任务台账: a title row, then one row per task with 序号 / 类别 /
// 重点工作任务 / 责任领导 / 责任股室 / 协办股室（单位） / 时间节点 / 本期进展 / 存在问题 / 下步计划
// / 进度 / 序时进度 / 状态 / 预警 / 预警原因, judged by judge() as of `as_of` (updates dated later
// are ignored). Sheet 进展记录: a title row, then every update dated on or before `as_of`, task by
// task, oldest first. The same input gives a byte-identical file: the workbook's creation time
// is `as_of` at 00:00 UTC, never the clock. The workbook is written beside `path` under a
// temporary name and renamed over it, so `path` holds the old file or the whole new one; on
// failure nothing is left behind and Error names `path` and what failed.
void write_ledger_xlsx(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of,
                       const std::string& path);

// Writes the report whose view model (report_view) is `view` as a workbook, as
// write_ledger_xlsx writes (same bytes for the same input, atomic, Error naming `path`):
// - dispatch and bulletin: the ledger of `tasks` (write_ledger_xlsx);
// - leader and office: one ledger sheet per leader or office of the view, named after it and
//   titled 〈plan〉·〈name〉任务清单; an office's sheet has a first column 职责, 牵头 or 协办;
// - scorecard: sheet 年终考核, a row per office with the scorecard's counts and points as
//   numbers and 扣分明细 as text, and sheet 考核明细, a row per task the score counted.
void write_report_xlsx(const Plan& plan, const std::vector<const Task*>& tasks, const Json& view,
                       Date as_of, const std::string& path);

}  // namespace duban
