// The running ledger (台账) as an Excel workbook: the bulletin's attachment table as it stood on a
// date, each task's light as the colour of its 预警 cell, and every progress report on a second
// sheet. Offices keep and exchange the ledger as .xlsx; this is the one writer of that format.
#pragma once

#include <string>
#include <vector>

#include "model/date.h"
#include "model/plan.h"

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

}  // namespace duban
