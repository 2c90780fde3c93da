#include "intake/breakdown.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "intake/delimited.h"
#include "intake/names.h"
#include "intake/numbering.h"
#include "intake/units.h"
#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct Label {
    std::string name;
    std::string value;
};

enum class Role { Leaders, Lead, Unit, Partners, Due, Extra, None };

Role role_of(const std::string& label) {
    // 各单位：, 各位领导： open a letter (主送, 称呼); they label no field.
    if (label.empty() || label.size() > 30 || label.rfind("各", 0) == 0) return Role::None;
    if (contains(label, "领导") || label == "责任人") return Role::Leaders;
    if (contains(label, "配合") || contains(label, "协同") || contains(label, "协办") ||
        contains(label, "参与"))
        return Role::Partners;
    if (contains(label, "时限") || contains(label, "完成时间")) return Role::Due;
    if (contains(label, "牵头") || contains(label, "主要责任")) return Role::Lead;
    const bool unit = contains(label, "单位") || contains(label, "股室") ||
                      contains(label, "部门") || contains(label, "科室") || contains(label, "处室");
    if (unit && (contains(label, "责任") || contains(label, "承办"))) return Role::Unit;
    return Role::Extra;
}

// "label：value" split at the first colon; nullopt when there is none, the label is long, or
// (unless `any_label`) it names no field duban reads.
std::optional<Label> labelled(std::string_view text, bool any_label = false) {
    size_t colon = text.find("：");
    size_t width = 3;
    if (colon == std::string_view::npos) colon = text.find(':'), width = 1;
    if (colon == std::string_view::npos) return std::nullopt;
    Label l{strip_padding(text.substr(0, colon)),
            std::string(trim_cell(text.substr(colon + width)))};
    const Role role = role_of(l.name);
    if (role == Role::None || (role == Role::Extra && (!any_label || l.name.size() > 24)))
        return std::nullopt;
    return l;
}

// The fields in a closing bracket: （责任领导：某某；牵头单位：市发改局）. Cuts them off `text`.
std::vector<Label> bracket_fields(std::string& text) {
    std::string t(trim_cell(text));
    for (auto [open, close] :
         {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
        if (!ends_with(t, close)) continue;
        const size_t at = t.rfind(open);
        if (at == std::string::npos) continue;
        const std::string inside =
            t.substr(at + open.size(), t.size() - at - open.size() - close.size());
        std::vector<Label> fields;
        size_t start = 0;
        for (size_t i = 0; i <= inside.size();) {
            const bool end = i == inside.size();
            size_t sep = end ? 0 : inside.compare(i, 3, "；") == 0 ? 3 : inside[i] == ';' ? 1 : 0;
            if (end || sep) {
                if (auto l = labelled(inside.substr(start, i - start)))
                    fields.push_back(*l);
                else if (!trim_cell(inside.substr(start, i - start)).empty())
                    return {};
                i += end ? 1 : sep;
                start = i;
            } else {
                ++i;
            }
        }
        if (fields.empty()) return {};
        text = std::string(trim_cell(t.substr(0, at)));
        return fields;
    }
    return {};
}

class BreakdownReader {
  public:
    explicit BreakdownReader(const Grid& sheet) : grid_(sheet) {}

    std::optional<TableRead> run() {
        for (size_t i = 0; i < grid_.rows.size(); ++i) line(i);
        finish_task();
        if (out_.tasks.empty()) return std::nullopt;
        number();
        return std::move(out_);
    }

  private:
    std::string text_of(size_t i) const {
        std::string s;
        for (size_t k = 0; k < grid_.rows[i].cells.size(); ++k) {
            if (k) s += grid_.separator;
            s += grid_.rows[i].cells[k].text;
        }
        return std::string(trim_cell(s));
    }

    bool has_fields_below(size_t i) const {
        for (size_t k = i + 1; k < grid_.rows.size(); ++k) {
            const std::string t = text_of(k);
            if (t.empty()) continue;
            return labelled(t).has_value();
        }
        return false;
    }

    void line(size_t i) {
        std::string text = text_of(i);
        if (text.empty()) return;
        if (auto l = labelled(text, true); l && open_) {
            fields_.push_back(*l);
            return;
        }
        std::string task_text = text;
        std::vector<Label> fields = bracket_fields(task_text);
        if (!fields.empty() || has_fields_below(i)) {
            finish_task();
            start_task(task_text, i, std::move(fields));
            return;
        }
        const Numbering n = split_numbering(text);
        if (n.kind == Numbering::Chapter || n.kind == Numbering::Section) {
            finish_task();
            section_ = clean_heading(text);
            ++out_.summary.section_rows;
            return;
        }
        if (started_)
            throw Error(tr(N_("{0}:{1}: expected a task with its units in brackets "
                              "（牵头单位：…）, a field line "
                              "(牵头单位：…) or a heading (一、 （一）)"),
                           grid_.file, grid_.rows[i].where));
        out_.prose.push_back(text);
    }

    void start_task(const std::string& text, size_t i, std::vector<Label> fields) {
        started_ = open_ = true;
        title_ = text;
        where_ = grid_.rows[i].where;
        fields_ = std::move(fields);
    }

    void finish_task() {
        if (!open_) return;
        open_ = false;
        Task t;
        Numbering n = split_numbering(title_);
        if (n.number && n.kind != Numbering::None)
            numbers_.push_back(*n.number);
        else
            numbers_.push_back(0);
        t.title = n.rest;
        t.category = section_.empty() ? "未分类" : section_;
        const bool has_lead = std::any_of(fields_.begin(), fields_.end(), [](const Label& l) {
            return role_of(l.name) == Role::Lead;
        });
        for (const Label& l : fields_) apply(l, has_lead, t);
        if (t.office.empty())
            throw Error(tr(N_("{0}:{1}: this task names no lead unit (牵头单位 or 责任单位)"),
                           grid_.file, where_));
        if (std::find(out_.categories.begin(), out_.categories.end(), t.category) ==
            out_.categories.end())
            out_.categories.push_back(t.category);
        ++out_.summary.task_rows;
        out_.tasks.push_back(std::move(t));
    }

    void apply(const Label& l, bool has_lead, Task& t) {
        Role role = role_of(l.name);
        if (role == Role::Unit) role = has_lead ? Role::Partners : Role::Lead;
        switch (role) {
            case Role::Leaders:
                for (auto& name : split_names(l.value))
                    t.leaders.push_back(drop_trailing_punctuation(std::move(name)));
                break;
            case Role::Lead: {
                Units u = read_lead_units(l.value);
                if (t.office.empty()) {
                    t.office = u.lead;
                } else if (!u.lead.empty()) {
                    t.co_leads.push_back(u.lead);
                }
                for (auto& c : u.co_leads) t.co_leads.push_back(c);
                for (auto& p : u.partners) t.partners.push_back(p);
                break;
            }
            case Role::Partners:
                for (auto& p : read_units(l.value)) t.partners.push_back(p);
                break;
            case Role::Due:
                t.due_text = l.value;
                break;
            default:
                t.extra.push_back({l.name, l.value});
        }
    }

    // The numbers of the task texts when they are all there and all different; else in order.
    void number() {
        std::set<int> seen(numbers_.begin(), numbers_.end());
        const bool usable = seen.size() == numbers_.size() && !seen.count(0);
        for (size_t i = 0; i < out_.tasks.size(); ++i)
            out_.tasks[i].id = usable ? numbers_[i] : static_cast<int>(i + 1);
    }

    const Grid& grid_;
    TableRead out_;
    bool started_ = false, open_ = false;
    std::string title_, where_, section_;
    std::vector<Label> fields_;
    std::vector<int> numbers_;
};

}  // namespace

std::optional<TableRead> read_breakdown(const Grid& sheet) {
    return BreakdownReader(sheet).run();
}

}  // namespace duban
