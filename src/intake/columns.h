// The columns of a breakdown table: which field each header cell names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duban {

enum class Field { Category, Id, Title, Leaders, Office, Partners, Due, Extra, Ignore };

// The keyword of a field as --map and the import summary write it: category, id, title,
// leaders, office, partners, due, extra, ignore.
std::string_view field_keyword(Field f);
// The field a --map keyword names; throws Error (usage) listing the keywords when none.
Field parse_field(std::string_view keyword);

// One --map 'column=field': the header cell (padding ignored) and the field it is read as.
struct ColumnOverride {
    std::string header;
    Field field = Field::Extra;
};
// Parses '列名=field'; throws Error (usage) when the shape or the field is wrong.
ColumnOverride parse_column_override(std::string_view text);

// How each cell of a header row is read, in the row's order.
struct ColumnMap {
    std::vector<std::string> headers;  // the header cells, padding removed
    std::vector<Field> fields;         // one per header cell
    // The cell index of a field's column, or -1. Category, Id, Title, Leaders, Office, Partners
    // and Due have at most one column each.
    int at(Field f) const;
};

// Maps a header row by the vocabulary bureaus use (docs/import.md), then applies `overrides`.
// Task text: 重点工作任务, 工作任务, 目标与任务, 民生实事, 具体要求, 细化分工, 工作内容,
// 主要措施, 任务; when two columns hold task text, the right one is the task and the left the
// category (or an extra column when 类别 exists). Lead: 责任股室, 责任单位, 牵头单位, 牵头责任单位,
// 主要责任单位, 责任科室, 责任处室, 责任部门; 责任单位 beside a 牵头 column is the partners'.
// Partners: 协办, 配合, 协同. Leaders: 领导, 责任人. Due: 完成时限, 时限要求, 时间节点, 完成时间.
// Any other named column is extra; an unnamed one is ignored.
ColumnMap map_columns(const std::vector<std::string>& cells,
                      const std::vector<ColumnOverride>& overrides);

// A header row names at least the task text and the lead unit.
bool is_task_header(const ColumnMap& map);

}  // namespace duban
