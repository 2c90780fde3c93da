#include "intake/columns.h"

#include <fmt/format.h>

#include "model/error.h"
#include "model/plan.h"
#include "text/i18n.h"

namespace duban {

namespace {

constexpr std::string_view kKeywords[] = {"category", "id",  "title", "leaders", "office",
                                          "partners", "due", "extra", "ignore"};

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

bool any_of(std::string_view h, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (contains(h, w)) return true;
    return false;
}

bool is_title_header(std::string_view h) {
    return any_of(h, {"任务", "民生实事", "具体要求", "细化分工", "工作内容", "主要措施",
                      "工作事项", "重点工作", "目标与"});
}

// The field a header names by itself; the pass over the whole row settles what one cell
// cannot (two task columns, 责任单位 beside 牵头单位).
Field field_of(std::string_view h) {
    if (h.empty()) return Field::Ignore;
    if (any_of(h, {"序号", "编号"})) return Field::Id;
    if (any_of(h, {"类别", "类型", "板块"})) return Field::Category;
    if (any_of(h, {"领导", "责任人"})) return Field::Leaders;
    if (any_of(h, {"协办", "配合", "协同", "参与"})) return Field::Partners;
    if (any_of(h, {"时限", "时间节点", "完成时间", "截止时间", "完成期限"})) return Field::Due;
    if (any_of(h, {"股室", "单位", "科室", "处室", "部门"})) return Field::Office;
    if (is_title_header(h)) return Field::Title;
    return Field::Extra;
}

// Settles the columns that only the row as a whole decides.
void settle(ColumnMap& m) {
    std::vector<size_t> titles, offices;
    for (size_t i = 0; i < m.fields.size(); ++i) {
        if (m.fields[i] == Field::Title) titles.push_back(i);
        if (m.fields[i] == Field::Office) offices.push_back(i);
    }
    // The broader task column (工作任务) stands left of the detailed one (具体要求).
    for (size_t k = 0; k + 1 < titles.size(); ++k)
        m.fields[titles[k]] = k == 0 && m.at(Field::Category) < 0 ? Field::Category : Field::Extra;
    // 牵头单位 leads; 责任单位 beside it is who carries the task out with it.
    if (offices.size() > 1) {
        size_t lead = offices[0];
        for (size_t i : offices)
            if (contains(m.headers[i], "牵头") || contains(m.headers[i], "主要")) {
                lead = i;
                break;
            }
        for (size_t i : offices)
            if (i != lead) m.fields[i] = m.at(Field::Partners) < 0 ? Field::Partners : Field::Extra;
    }
    // Every other field has one column: a second one is kept as extra.
    for (size_t i = 0; i < m.fields.size(); ++i)
        if (m.fields[i] != Field::Extra && m.fields[i] != Field::Ignore &&
            static_cast<size_t>(m.at(m.fields[i])) != i)
            m.fields[i] = Field::Extra;
}

}  // namespace

std::string_view field_keyword(Field f) {
    return kKeywords[static_cast<int>(f)];
}

Field parse_field(std::string_view keyword) {
    for (size_t i = 0; i < std::size(kKeywords); ++i)
        if (keyword == kKeywords[i]) return static_cast<Field>(i);
    throw Error(tr(N_("--map: unknown field '{0}'; the fields are: {1}"), keyword,
                   fmt::join(kKeywords, ", ")),
                kExitUsage);
}

ColumnOverride parse_column_override(std::string_view text) {
    const size_t eq = text.rfind('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == text.size())
        throw Error(tr(N_("--map takes '列名=field', e.g. '备注=extra', not '{0}'"), text),
                    kExitUsage);
    return {strip_padding(text.substr(0, eq)), parse_field(text.substr(eq + 1))};
}

int ColumnMap::at(Field f) const {
    for (size_t i = 0; i < fields.size(); ++i)
        if (fields[i] == f) return static_cast<int>(i);
    return -1;
}

ColumnMap map_columns(const std::vector<std::string>& cells,
                      const std::vector<ColumnOverride>& overrides) {
    ColumnMap m;
    for (const auto& c : cells) {
        m.headers.push_back(strip_padding(c));
        m.fields.push_back(field_of(m.headers.back()));
    }
    settle(m);
    for (const auto& o : overrides)
        for (size_t i = 0; i < m.headers.size(); ++i)
            if (m.headers[i] == o.header) {
                // The field moves here: the column that held it is kept as extra.
                if (o.field != Field::Extra && o.field != Field::Ignore)
                    if (int old = m.at(o.field); old >= 0) m.fields[old] = Field::Extra;
                m.fields[i] = o.field;
            }
    return m;
}

bool is_task_header(const ColumnMap& map) {
    return map.at(Field::Title) >= 0 && map.at(Field::Office) >= 0;
}

}  // namespace duban
