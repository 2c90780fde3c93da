#include "history/diff_render.h"

#include <fmt/format.h>

#include "report/listing.h"
#include "text/width.h"

namespace duban {

namespace {

struct Line {
    std::string label;
    std::string value;
    std::vector<std::pair<std::string, std::string>> details;
};

struct Section {
    std::string header;
    std::vector<Line> lines;
};

std::string label_of(const std::string& key) {
    static const std::vector<std::pair<std::string, std::string>> kLabels = {
        {"category", "类别"},
        {"title", "任务"},
        {"leaders", "责任领导"},
        {"office", "责任股室"},
        {"co_leads", "共同牵头"},
        {"partners", "协办股室"},
        {"due", "完成时限"},
        {"due_text", "时限原文"},
        {"ongoing", "长期推进"},
        {"extra", "其他列"},
        {"milestones", "时间节点"},
        {"date", "日期"},
        {"progress", "进度"},
        {"status", "状态"},
        {"note", "本期进展"},
        {"problems", "存在问题"},
        {"next", "下步计划"},
        {"by", "填报"},
        {"evidence", "佐证材料"},
        {"issuer", "发文单位"},
        {"document", "文号"},
        {"start", "开始日期"},
        {"dispatch_months", "调度间隔（月）"},
        {"categories", "类别列表"}};
    for (const auto& [k, v] : kLabels)
        if (k == key) return v;
    if (key.rfind("rules.", 0) == 0) return "规则 " + key.substr(6);
    return key;
}

std::string or_empty(const std::string& s) {
    return s.empty() ? "（空）" : s;
}

std::string arrow(const FieldChange& f) {
    return or_empty(f.before) + " → " + or_empty(f.after);
}

const char* kind_label(ChangeKind k) {
    switch (k) {
        case ChangeKind::Added:
            return "新增";
        case ChangeKind::Removed:
            return "删除";
        case ChangeKind::Renumbered:
            return "重新编号";
        case ChangeKind::Changed:
            break;
    }
    return "修改";
}

std::vector<std::pair<std::string, std::string>> update_details(const Update& u) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const char* key : {"note", "problems", "next", "by", "evidence"}) {
        std::string v = update_field(u, key);
        if (!v.empty()) out.emplace_back(label_of(key), v);
    }
    return out;
}

Line update_line(const UpdateChange& c) {
    if (c.kind == ChangeKind::Added)
        return {"新进展",
                fmt::format("{} 进度 {}% → {}%，状态 {}", c.after.date.str(), c.previous_progress,
                            c.after.progress, status_label(c.after.status)),
                update_details(c.after)};
    if (c.kind == ChangeKind::Removed)
        return {"删进展",
                fmt::format("{} 进度 {}%，状态 {}", c.before.date.str(), c.before.progress,
                            status_label(c.before.status)),
                {}};
    Line l{"改进展", c.after.date.str(), {}};
    for (const auto& f : c.fields) l.details.emplace_back(label_of(f.key), arrow(f));
    return l;
}

Section task_section(const TaskChange& c) {
    Section s;
    const Task& t = c.kind == ChangeKind::Removed ? c.before : c.after;
    std::string title = text::truncate(t.title, 40);
    if (c.kind == ChangeKind::Renumbered)
        s.header = fmt::format("第{}项 → 第{}项 重新编号：{}", c.before.id, c.after.id, title);
    else
        s.header = fmt::format("第{}项 {}：{}", t.id, kind_label(c.kind), title);
    if (c.kind == ChangeKind::Added) {
        for (const char* key : {"category", "leaders", "office", "co_leads", "partners", "due",
                                "due_text", "ongoing", "milestones", "extra"})
            if (!task_field(t, key).empty())
                s.lines.push_back({label_of(key), task_field(t, key), {}});
        UpdateChange u;
        for (const Update& up : t.updates) {
            u.after = up;
            s.lines.push_back(update_line(u));
            u.previous_progress = up.progress;
        }
        return s;
    }
    for (const auto& f : c.fields) s.lines.push_back({label_of(f.key), arrow(f), {}});
    for (const auto& u : c.updates) s.lines.push_back(update_line(u));
    return s;
}

std::vector<Section> sections(const PlanDiff& d) {
    std::vector<Section> out;
    if (!d.plan.empty()) {
        Section s{"计划信息 修改", {}};
        for (const auto& f : d.plan) s.lines.push_back({label_of(f.key), arrow(f), {}});
        out.push_back(std::move(s));
    }
    for (const auto& t : d.tasks) out.push_back(task_section(t));
    return out;
}

// `text` with every line after the first indented by `indent` spaces.
std::string hang(const std::string& text, int indent) {
    std::string out;
    for (char c : text)
        out += c == '\n' ? "\n" + std::string(static_cast<size_t>(indent), ' ') : std::string(1, c);
    return out;
}

std::string counted(const std::vector<std::pair<const char*, int>>& counts, const char* unit) {
    std::vector<std::string> parts;
    for (const auto& [what, n] : counts)
        if (n > 0) parts.push_back(fmt::format("{} {} {}", what, n, unit));
    return fmt::format("{}", fmt::join(parts, "，"));
}

}  // namespace

std::string diff_summary(const PlanDiff& d) {
    if (d.empty()) return "没有变化";
    int tasks[4] = {0, 0, 0, 0}, updates[4] = {0, 0, 0, 0};
    for (const auto& t : d.tasks) {
        tasks[static_cast<int>(t.kind)]++;
        for (const auto& u : t.updates) updates[static_cast<int>(u.kind)]++;
        if (t.kind == ChangeKind::Added) updates[0] += static_cast<int>(t.after.updates.size());
    }
    std::vector<std::string> parts;
    if (!d.plan.empty()) parts.push_back(fmt::format("计划信息：修改 {} 处", d.plan.size()));
    std::string t = counted(
        {{"新增", tasks[0]}, {"删除", tasks[1]}, {"修改", tasks[2]}, {"重新编号", tasks[3]}}, "项");
    if (!t.empty()) parts.push_back("任务：" + t);
    std::string u =
        counted({{"新增", updates[0]}, {"删除", updates[1]}, {"修改", updates[2]}}, "条");
    if (!u.empty()) parts.push_back("进展：" + u);
    return fmt::format("{}", fmt::join(parts, "；"));
}

std::string diff_text(const PlanDiff& d, int indent) {
    std::string pad(static_cast<size_t>(indent), ' ');
    std::string out;
    for (const Section& s : sections(d)) {
        out += pad + s.header + "\n";
        for (const Line& l : s.lines) {
            // A label as wide as the column (规则 deduct_unreported_round) still gets a space.
            std::string label = text::pad_right(l.label, 10);
            if (text::display_width(l.label) >= 10) label += " ";
            out += pad + "  " + label + hang(l.value, indent + 12) + "\n";
            for (const auto& [label, value] : l.details) {
                std::string lead = text::pad_right(label, 10);
                out += pad + std::string(12, ' ') + lead +
                       hang(value, indent + 12 + text::display_width(lead)) + "\n";
            }
        }
    }
    return out;
}

std::string diff_markdown(const PlanDiff& d) {
    std::string out;
    for (const Section& s : sections(d)) {
        out += "\n#### " + md_cell(s.header) + "\n" + (s.lines.empty() ? "" : "\n");
        for (const Line& l : s.lines) {
            out += "- " + l.label + "：" + md_cell(l.value) + "\n";
            for (const auto& [label, value] : l.details)
                out += "  - " + label + "：" + md_cell(value) + "\n";
        }
    }
    return out;
}

Json diff_json(const PlanDiff& d) {
    auto fields = [](const std::vector<FieldChange>& fs) {
        Json a = Json::array();
        for (const auto& f : fs)
            a.push_back({{"key", f.key}, {"before", f.before}, {"after", f.after}});
        return a;
    };
    static const char* kKinds[] = {"added", "removed", "changed", "renumbered"};
    Json tasks = Json::array();
    for (const auto& c : d.tasks) {
        Json j;
        j["change"] = kKinds[static_cast<int>(c.kind)];
        j["id"] = c.id();
        if (c.kind == ChangeKind::Renumbered) j["old_id"] = c.before.id;
        const Task& t = c.kind == ChangeKind::Removed ? c.before : c.after;
        j["title"] = t.title;
        if (c.kind == ChangeKind::Added) {
            for (const char* key :
                 {"category", "leaders", "office", "partners", "due", "milestones"})
                j[key] = task_field(t, key);
            // Keys of the newer schema only where they hold something, so older output stays.
            for (const char* key : {"co_leads", "due_text", "ongoing", "extra"})
                if (!task_field(t, key).empty()) j[key] = task_field(t, key);
            Json ups = Json::array();
            for (const Update& u : t.updates) ups.push_back(update_json(u));
            j["updates"] = std::move(ups);
        } else if (c.kind != ChangeKind::Removed) {
            j["fields"] = fields(c.fields);
            Json ups = Json::array();
            for (const auto& u : c.updates) {
                Json uj;
                uj["change"] = kKinds[static_cast<int>(u.kind)];
                if (u.kind == ChangeKind::Changed) {
                    uj["date"] = u.after.date.str();
                    uj["fields"] = fields(u.fields);
                } else {
                    uj["update"] = update_json(u.kind == ChangeKind::Added ? u.after : u.before);
                }
                ups.push_back(std::move(uj));
            }
            j["updates"] = std::move(ups);
        }
        tasks.push_back(std::move(j));
    }
    return Json{{"plan", fields(d.plan)}, {"tasks", std::move(tasks)}};
}

}  // namespace duban
