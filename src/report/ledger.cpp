#include "report/ledger.h"

namespace duban {

const std::vector<LedgerColumn>& ledger_columns() {
    // Excel counts a column's width in digits of the default font; a Chinese character takes
    // about two, which is what display_width counts, so the two scales line up.
    static const std::vector<LedgerColumn> columns = {
        {"序号", 6},      {"类别", 8},      {"重点工作任务", 30},
        {"责任领导", 12}, {"责任股室", 10}, {"协办股室（单位）", 14},
        {"时间节点", 16}, {"本期进展", 18}, {"存在问题", 18},
        {"下步计划", 18}, {"进度", 6},      {"序时进度", 6},
        {"状态", 8},      {"预警", 6},      {"预警原因", 14}};
    // The caps add up to 190, so that the ledger, with one more column of 6 on an office's
    // sheet, prints one page wide on A4 landscape at 70% or more (xlsx::set_print).
    return columns;
}

std::vector<std::string> ledger_headers() {
    std::vector<std::string> out;
    for (const LedgerColumn& c : ledger_columns()) out.push_back(c.header);
    return out;
}

}  // namespace duban
