#include <doctest/doctest.h>

#include "intake/columns.h"
#include "model/error.h"

using namespace duban;

namespace {

// "header=field, ..." for a header row.
std::string mapping(const std::vector<std::string>& cells,
                    const std::vector<ColumnOverride>& overrides = {}) {
    const ColumnMap m = map_columns(cells, overrides);
    std::string out;
    for (size_t i = 0; i < m.headers.size(); ++i)
        out += (i ? ", " : "") + m.headers[i] + "=" + std::string(field_keyword(m.fields[i]));
    return out;
}

}  // namespace

TEST_CASE("header vocabulary of the tables bureaus publish") {
    CHECK(mapping({"类别", "序号", "重点工作任务", "责任领导", "责任股室", "协办股室（单位）"}) ==
          "类别=category, 序号=id, 重点工作任务=title, 责任领导=leaders, 责任股室=office, "
          "协办股室（单位）=partners");
    CHECK(mapping({"序号", "工作任务", "具体要求", "牵头单位", "责任单位", "完成时限"}) ==
          "序号=id, 工作任务=category, 具体要求=title, 牵头单位=office, 责任单位=partners, "
          "完成时限=due");
    CHECK(mapping({"目标与任务", "分 管 县领导", "主要责任单位", "协同配合单位", "备注"}) ==
          "目标与任务=title, 分管县领导=leaders, 主要责任单位=office, 协同配合单位=partners, "
          "备注=extra");
    CHECK(mapping({"类别", "工作任务", "细化分工", "责任科室", "时间节点", "具体措施"}) ==
          "类别=category, 工作任务=extra, 细化分工=title, 责任科室=office, 时间节点=due, "
          "具体措施=extra");
    CHECK(mapping({"民生实事", "责任部门", "完成时间", ""}) ==
          "民生实事=title, 责任部门=office, 完成时间=due, =ignore");
}

TEST_CASE("--map overrides a guess; the column that held the field becomes extra") {
    CHECK(mapping({"序号", "工作任务", "具体要求", "责任单位"},
                  {parse_column_override("工作任务=title")}) ==
          "序号=id, 工作任务=title, 具体要求=extra, 责任单位=office");
    CHECK(mapping({"序号", "任务", "单位", "说明"}, {parse_column_override("说 明=ignore")}) ==
          "序号=id, 任务=title, 单位=office, 说明=ignore");
    CHECK_THROWS_WITH_AS(parse_column_override("备注"),
                         "--map takes '列名=field', e.g. '备注=extra', not '备注'", Error);
    CHECK_THROWS_WITH_AS(parse_column_override("备注=note"),
                         "--map: unknown field 'note'; the fields are: category, id, title, "
                         "leaders, office, partners, due, extra, ignore",
                         Error);
}
