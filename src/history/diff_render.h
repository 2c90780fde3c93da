// A PlanDiff as text for a terminal, Markdown for a pull request, or JSON for scripts.
#pragma once

#include <string>

#include "history/diff.h"
#include "report/json.h"

namespace duban {

// One line counting the changes: "任务：新增 1 项，修改 2 项；进展：新增 3 条", or "没有变化".
std::string diff_summary(const PlanDiff& d);

// Each changed task as a header line (第2项 修改：title, the title cut to 40 columns) and one
// line per changed field or update, labels in Chinese, values "before → after"; the details of
// an update indented under it. Every line starts with `indent` spaces.
std::string diff_text(const PlanDiff& d, int indent = 0);

// The same as Markdown: a heading per task and a bullet per change.
std::string diff_markdown(const PlanDiff& d);

// {"plan": [...], "tasks": [...]} with each change's kind, ids, and fields as {key, before,
// after}; a new task or update in full.
Json diff_json(const PlanDiff& d);

}  // namespace duban
