// The ledger's columns (台账): the bulletin attachment's layout, which the CSV reports and the
// xlsx ledger sheet both follow, so the two stay one table.
#pragma once

#include <string>
#include <vector>

namespace duban {

struct LedgerColumn {
    const char* header;  // 序号, 类别, 重点工作任务, …
    int cap;  // widest the column gets in a workbook, in Excel character units; longer wraps
};

// 序号 … 预警原因, in the order they appear: the task's fields, this round's report, pace and
// the light with its reason.
const std::vector<LedgerColumn>& ledger_columns();
// The headers of ledger_columns(), in order.
std::vector<std::string> ledger_headers();

}  // namespace duban
