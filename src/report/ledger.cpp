#include "report/ledger.h"

namespace duban {

const std::vector<LedgerColumn>& ledger_columns() {
    // Excel counts a column's width in digits of the default font; a Chinese character takes
    // about two, which is what display_width counts, so the two scales line up.
    static const std::vector<LedgerColumn> columns = {
        {"序号", 6},      {"类别", 10},     {"重点工作任务", 60},
        {"责任领导", 16}, {"责任股室", 14}, {"协办股室（单位）", 24},
        {"时间节点", 30}, {"本期进展", 40}, {"存在问题", 40},
        {"下步计划", 40}, {"进度", 8},      {"序时进度", 10},
        {"状态", 8},      {"预警", 8},      {"预警原因", 30}};
    return columns;
}

std::vector<std::string> ledger_headers() {
    std::vector<std::string> out;
    for (const LedgerColumn& c : ledger_columns()) out.push_back(c.header);
    return out;
}

}  // namespace duban
