#include "report/docx_content.h"

#include <fmt/format.h>

namespace duban::docx {

namespace {

std::string str(const Json& j, const char* key) {
    const Json& v = j[key];
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return v.dump();
}

const Para kBody{Align::Both, 200};
const Para kFlush{Align::Left};

void body(const Sink& at, const std::string& text) {
    text_paragraph(at, kBody, text);
}

void blank(const Sink& at) {
    text_paragraph(at, kFlush, "");
}

// 一、 headings in 黑体, （一） in 楷体, both indented two characters like the body.
void heading(const Sink& at, const std::string& text, bool second = false) {
    Para p = kBody;
    p.style = second ? "Heading2" : "Heading1";
    p.keep_next = true;
    paragraph(at, p, {Run{text, second ? Face::KaiTi : Face::HeiTi}});
}

void title(const Sink& at, const std::string& text) {
    Para p{Align::Center};
    p.style = "Title";
    paragraph(at, p, {Run{text, Face::XiaoBiaoSong, k2Hao}});
}

std::string totals_text(const Json& t) {
    return fmt::format(
        "纳入督查的重点工作任务共{}项。其中，已完成{}项，占{}；按序时进度推进（绿灯）{}项，占{}；"
        "滞后序时进度（黄灯）{}项，占{}；严重滞后或超期（红灯）{}项，占{}，其中超期未完成{}项。"
        "本轮有{}项任务未按时报送进展。",
        str(t, "tasks"), str(t["done"], "count"), str(t["done"], "share_text"),
        str(t["green"], "count"), str(t["green"], "share_text"), str(t["yellow"], "count"),
        str(t["yellow"], "share_text"), str(t["red"], "count"), str(t["red"], "share_text"),
        str(t["overdue"], "count"), str(t["unreported"], "count"));
}

std::string unreported_text(const Json& u) {
    if (!u["has_any"].get<bool>()) return "无。";
    std::vector<std::string> parts;
    for (const auto& o : u["offices"])
        parts.push_back(fmt::format("{}（{}）", str(o, "name"), str(o, "tasks_text")));
    return fmt::format("{}。", fmt::join(parts, "、"));
}

// The attachment's columns and their widths in twips, filling a landscape page (12756).
const std::vector<std::string> kTaskHeader = {
    "序号",     "类别",     "重点工作任务", "责任领导", "责任股室", "协办股室（单位）",
    "时间节点", "本期进展", "存在问题",     "下步计划", "进度",     "状态",
    "预警"};
// In 小五 (180 twips a character, 114 of padding): 3 characters for 类别, 责任领导 and 状态,
// 5 for 责任股室 (法制安全股), 100% on one line for 进度 (in a fallback font too), the rest to the
// text columns.
const std::vector<int> kTaskWidths = {500,  700,  1780, 700, 1020, 850, 1050,
                                      1530, 1100, 1100, 680, 700,  1046};
const std::vector<bool> kTaskCentred = {true,  true,  false, true, false, false, false,
                                        false, false, false, true, true,  false};

std::vector<std::string> task_cells(const Json& t) {
    std::vector<std::string> cells;
    for (const char* key :
         {"id", "category", "title", "leaders_text", "office", "partners_text", "time_nodes_text",
          "round_note", "problems", "next", "progress_text", "status_label", "light_text"})
        cells.push_back(str(t, key));
    return cells;
}

void task_table(const Sink& at, const Json& tasks) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : tasks) rows.push_back(task_cells(t));
    table(at, kTaskWidths, kTaskHeader, rows, kTaskCentred);
}

void end_portrait(const Sink& at, const SectionFiller& section) {
    pugi::xml_node p = at.add("w:p");
    section(p.append_child("w:pPr").append_child("w:sectPr"), false);
}

// The masthead (版头): 督查通报 in red, 第N期, issuer and date over the red rule.
void masthead(const Sink& at, const Json& v) {
    paragraph(at, {Align::Center},
              {Run{str(v, "series"), Face::XiaoBiaoSong, kMasthead, false, "FF0000"}});
    text_paragraph(at, {Align::Center}, str(v, "issue_text"));
    Para line{Align::Left};
    line.red_rule = true;
    line.right_tab = text_width(false);
    text_paragraph(at, line,
                   str(v, "issuer") + str(v, "issuing_office") + "\t" + str(v, "date_text"));
    blank(at);
}

void numbered(const Sink& at, const Json& items, const std::string& none,
              const std::function<std::string(const Json&)>& text) {
    if (items.empty()) body(at, none);
    for (const auto& item : items) body(at, fmt::format("{}．{}", str(item, "index"), text(item)));
}

void bulletin(const Json& v, const Sink& at, const SectionFiller& section, bool own_masthead) {
    if (own_masthead) masthead(at, v);
    std::string lines;
    for (const auto& l : v["title_lines"]) lines += (lines.empty() ? "" : "\n") + str(l, "text");
    title(at, lines);
    blank(at);
    text_paragraph(at, kFlush, "各相关学校，局直属二级机构、机关各股室：");
    const Json& plan = v["plan"];
    std::string basis =
        plan["has_document"].get<bool>() ? str(plan, "document") : "年度重点工作任务";
    body(at, fmt::format("根据{}要求，现将{}第{}轮调度督查情况（截至{}）通报如下。", basis,
                         str(plan, "title"), str(v["round"], "number"), str(v, "as_of_text")));
    if (v["filter"]["active"].get<bool>())
        body(at, "本期通报范围：" + str(v["filter"], "text") + "。");
    heading(at, "一、总体情况");
    body(at, totals_text(v["totals"]));
    heading(at, "二、工作成效");
    numbered(at, v["highlights"]["items"], "本期无新完成或超前序时进度的任务。",
             [](const Json& i) { return str(i, "text"); });
    heading(at, "三、存在问题");
    heading(at, "（一）进度滞后的任务", true);
    numbered(at, v["problems"]["items"], "无。", [](const Json& i) { return str(i, "text"); });
    heading(at, "（二）未按时报送进展的股室", true);
    body(at, unreported_text(v["unreported"]));
    heading(at, "四、下步要求");
    body(at, fmt::format("按照{}“严格责任追究”的规定：",
                         plan["has_document"].get<bool>() ? str(plan, "document") : ""));
    numbered(at, v["requirements"]["items"], "本期无需追责的任务。",
             [](const Json& i) { return str(i, "text"); });
    body(at,
         "滞后任务的责任股室要认真分析原因，制定整改措施，确保按序时进度完成任务；"
         "未报送进展的股室要立即报送。");
    blank(at);
    body(at, "附件：重点工作任务推进情况表");
    blank(at);
    blank(at);
    Para sign{Align::Right, 0, 400};
    text_paragraph(at, sign, str(v, "issuer") + str(v, "issuing_office"));
    text_paragraph(at, sign, str(v, "date_text"));
    end_portrait(at, section);
    paragraph(at, kFlush, {Run{"附件", Face::HeiTi}});
    title(at, "重点工作任务推进情况表");
    task_table(at, v["tasks"]);
    // The 版记 closes the document: 抄送, then who printed it and when, between thin rules.
    blank(at);
    Para banji{Align::Left};
    banji.rules_above_below = true;
    paragraph(at, banji, {Run{"抄送：局领导班子成员。", Face::FangSong, k4Hao}});
    Para printed{Align::Left};
    printed.rules_above_below = false;
    printed.red_rule = false;
    printed.right_tab = text_width(true);
    pugi::xml_node p = paragraph(
        at, printed,
        {Run{str(v, "issuer") + str(v, "issuing_office") + "\t" + str(v, "date_text") + "印发",
             Face::FangSong, k4Hao}});
    pugi::xml_node bdr =
        p.child("w:pPr").insert_child_before("w:pBdr", p.child("w:pPr").child("w:tabs"));
    pugi::xml_node b = bdr.append_child("w:bottom");
    b.append_attribute("w:val") = "single";
    b.append_attribute("w:sz") = "4";
    b.append_attribute("w:space") = "1";
    b.append_attribute("w:color") = "000000";
}

// 四、下轮到期的时间节点: what the offices must reach before the next dispatch, as a table on the
// portrait page (8845 twips wide). No part after the last round, which has no next one.
void next_round(const Sink& at, const Json& next) {
    if (!next["has_round"].get<bool>()) return;
    heading(at, "四、下轮到期的时间节点");
    const std::string when = fmt::format("第{}轮（{}至{}）", str(next, "number"),
                                         str(next, "start_text"), str(next, "end_text"));
    if (!next["has_milestones"].get<bool>()) {
        body(at, when + "无到期的时间节点。");
        return;
    }
    Para intro = kBody;
    intro.keep_next = true;  // with the table below it, not alone at the foot of a page
    text_paragraph(at, intro, fmt::format("{}到期的时间节点共{}个：", when, str(next, "count")));
    std::vector<std::vector<std::string>> rows;
    for (const auto& m : next["milestones"])
        rows.push_back({str(m, "date_text"), str(m, "id"), str(m, "title"), str(m, "office"),
                        str(m, "target_text"), str(m, "what")});
    table(at, {1950, 500, 2795, 1100, 600, 1900},
          {"日期", "序号", "重点工作任务", "责任股室", "目标", "节点内容"}, rows,
          {false, true, false, false, true, false});
}

void dispatch(const Json& v, const Sink& at, const SectionFiller& section) {
    const Json& plan = v["plan"];
    title(at, str(plan, "title") + "\n调度情况表");
    text_paragraph(at, {Align::Center},
                   fmt::format("{}（截至{}，第{}轮调度：{}至{}）", str(plan, "issuer"),
                               str(v, "as_of_text"), str(v["round"], "number"),
                               str(v["round"], "start_text"), str(v["round"], "end_text")));
    blank(at);
    if (v["filter"]["active"].get<bool>()) body(at, "范围：" + str(v["filter"], "text") + "。");
    heading(at, "一、总体情况");
    body(at, totals_text(v["totals"]));
    heading(at, "二、未按时报送进展的股室");
    body(at, unreported_text(v["unreported"]));
    heading(at, "三、分类进展");
    // One paragraph, the categories separated by ；: a line each left the last one alone on a
    // page of its own before the landscape table.
    std::vector<std::string> parts;
    for (const auto& c : v["categories"])
        parts.push_back(fmt::format("{}{}项，平均进度{}，序时进度{}", str(c, "name"),
                                    str(c, "count"), str(c, "progress_avg_text"),
                                    str(c, "expected_avg_text")));
    if (!parts.empty()) body(at, fmt::format("{}。", fmt::join(parts, "；")));
    next_round(at, v["next_round"]);
    end_portrait(at, section);
    title(at, "重点工作任务推进情况表");
    Json tasks = Json::array();
    for (const auto& c : v["categories"])
        for (const auto& t : c["tasks"]) tasks.push_back(t);
    task_table(at, tasks);
}

const std::vector<std::string> kPersonHeader = {"序号",     "类别",     "重点工作任务", "责任股室",
                                                "时间节点", "本期进展", "进度",         "序时进度",
                                                "状态",     "预警"};
const std::vector<int> kPersonWidths = {500, 700, 3000, 1020, 1300, 2580, 680, 700, 700, 1576};
const std::vector<bool> kPersonCentred = {true,  true, false, false, false,
                                          false, true, true,  true,  false};

void person_table(const Sink& at, const Json& tasks) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : tasks) {
        std::vector<std::string> cells;
        for (const char* key :
             {"id", "category", "title", "office", "time_nodes_text", "round_note", "progress_text",
              "expected_text", "status_label", "light_text"})
            cells.push_back(str(t, key));
        rows.push_back(std::move(cells));
    }
    table(at, kPersonWidths, kPersonHeader, rows, kPersonCentred);
}

void front(const Json& v, const Sink& at, const std::string& what) {
    title(at, str(v["plan"], "title") + "\n" + what);
    text_paragraph(
        at, {Align::Center},
        fmt::format("截至{}（第{}轮调度）", str(v, "as_of_text"), str(v["round"], "number")));
    blank(at);
    if (v["filter"]["active"].get<bool>()) body(at, "范围：" + str(v["filter"], "text") + "。");
    body(at, totals_text(v["totals"]));
}

std::string number_cn(int n) {
    static const char* const d[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 10) return d[n];
    return std::string(n / 10 == 1 ? "" : d[n / 10]) + "十" + d[n % 10];
}

void people(const Json& v, const Sink& at, const SectionFiller& section, bool offices) {
    front(v, at, offices ? "股室任务清单" : "责任领导任务清单");
    end_portrait(at, section);
    int n = 0;
    for (const auto& s : v[offices ? "offices" : "leaders"]) {
        heading(at, fmt::format("{}、{}：共{}项，{}。", number_cn(++n), str(s, "name"),
                                str(s, "count"), str(s, "summary_text")));
        if (!offices) {
            person_table(at, s["tasks"]);
            continue;
        }
        heading(at, "（一）牵头任务", true);
        person_table(at, s["lead"]["tasks"]);
        heading(at, "（二）协办任务", true);
        person_table(at, s["partner"]["tasks"]);
    }
    if (n == 0) body(at, "没有符合条件的任务。");
}

void scorecard(const Json& v, const Sink& at, const SectionFiller& section) {
    front(v, at, "年终考核");
    const Json& r = v["rules"];
    body(at,
         fmt::format("考核范围为{}。各股室基础分{}分：超期未完成每项扣{}分，逾期完成每项扣{}分，"
                     "红灯每轮次扣{}分，未报送进展每轮次扣{}分。",
                     str(v["rounds"], "text"), str(r, "score_base"), str(r, "deduct_unfinished"),
                     str(r, "deduct_late"), str(r, "deduct_red_round"),
                     str(r, "deduct_unreported_round")));
    end_portrait(at, section);
    title(at, "年终考核得分表");
    std::vector<std::vector<std::string>> rows;
    for (const auto& o : v["offices"]) {
        std::vector<std::string> cells;
        for (const char* key :
             {"rank", "name", "led", "on_time", "late", "unfinished", "overdue", "red_rounds",
              "unreported_rounds", "deducted", "score", "deductions_text"})
            cells.push_back(str(o, key));
        rows.push_back(std::move(cells));
    }
    table(at, {600, 1300, 800, 900, 900, 800, 1000, 900, 1000, 700, 700, 3100},
          {"名次", "股室", "牵头任务", "按时完成", "逾期完成", "未完成", "超期未完成", "红灯轮次",
           "未报送轮次", "扣分", "得分", "扣分明细"},
          rows, {true, false, true, true, true, true, true, true, true, true, true, false});
}

}  // namespace

void write_body(const Json& view, const Sink& at, const SectionFiller& section, bool masthead) {
    const std::string kind = view["kind"].get<std::string>();
    if (kind == "bulletin")
        bulletin(view, at, section, masthead);
    else if (kind == "dispatch")
        dispatch(view, at, section);
    else if (kind == "scorecard")
        scorecard(view, at, section);
    else
        people(view, at, section, kind == "office");
}

bool lookup(const Json& view, const std::string& path, std::string& out) {
    const Json* at = &view;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = std::min(path.find('.', start), path.size());
        std::string key = path.substr(start, end - start);
        if (!at->is_object() || !at->contains(key)) return false;
        at = &(*at)[key];
        start = end + 1;
    }
    if (at->is_string())
        out = at->get<std::string>();
    else if (at->is_boolean() || at->is_number())
        out = at->dump();
    else
        return false;
    return true;
}

}  // namespace duban::docx
