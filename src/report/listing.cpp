#include "report/listing.h"

#include <fmt/format.h>

#include "judge/pace.h"

namespace duban {

namespace {

std::string tsv_field(std::string_view text) {
    std::string out = spreadsheet_safe(text);
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
}

std::vector<std::string> fields(const Plan& plan, const Task& t, Date as_of) {
    Judgement j = judge(plan, t, as_of);
    return {std::to_string(t.id),
            t.category,
            t.title,
            join_names(t.leaders),
            t.office,
            join_names(t.partners),
            plan.due_of(t).str(),
            std::string(status_keyword(j.state.status)),
            std::to_string(j.state.progress),
            std::to_string(j.expected),
            std::string(light_keyword(j.light))};
}

const std::vector<std::string> kHeader = {"id",       "category", "title", "leaders",
                                          "office",   "partners", "due",   "status",
                                          "progress", "expected", "light"};

}  // namespace

namespace {

// "-3", "-2.5", "40": what duban writes for a number, optionally negative.
bool plain_number(std::string_view text) {
    if (!text.empty() && text[0] == '-') text.remove_prefix(1);
    size_t dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view part = dot == std::string_view::npos ? "0" : text.substr(dot + 1);
    auto digits = [](std::string_view d) {
        return !d.empty() && d.find_first_not_of("0123456789") == std::string_view::npos;
    };
    return digits(whole) && digits(part);
}

}  // namespace

std::string spreadsheet_safe(std::string_view text) {
    if (text.empty() || std::string_view("=+-@\t\r").find(text[0]) == std::string_view::npos ||
        plain_number(text))
        return std::string(text);
    return "'" + std::string(text);
}

std::string csv_field(std::string_view raw) {
    std::string text = spreadsheet_safe(raw);
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string md_cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '&')
            out += "&amp;";
        else if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += "<br>";
        else if (c != '\r')
            out += c;
    }
    return out;
}

std::string join_names(const std::vector<std::string>& names) {
    return fmt::format("{}", fmt::join(names, "、"));
}

std::string tasks_delimited(const Plan& plan, const std::vector<const Task*>& tasks, bool tsv,
                            Date as_of) {
    const char* sep = tsv ? "\t" : ",";
    const char* eol = tsv ? "\n" : "\r\n";
    auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) out += sep;
            out += tsv ? tsv_field(row[i]) : csv_field(row[i]);
        }
        return out + eol;
    };
    std::string out = line(kHeader);
    for (const Task* t : tasks) out += line(fields(plan, *t, as_of));
    return out;
}

std::string tasks_markdown(const Plan& plan, const std::vector<const Task*>& tasks, Date as_of) {
    std::string out =
        "| 序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 完成时限 | 状态 | "
        "进度 | 序时进度 | 预警 |\n|---:|---|---|---|---|---|---|---|---:|---:|---|\n";
    for (const Task* t : tasks) {
        Judgement j = judge(plan, *t, as_of);
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {}% | {}% | {} |\n", t->id,
                           md_cell(t->category), md_cell(t->title), md_cell(join_names(t->leaders)),
                           md_cell(t->office), md_cell(join_names(t->partners)),
                           plan.due_of(*t).str(), status_label(j.state.status), j.state.progress,
                           j.expected, light_label(j.light));
    }
    return out;
}

}  // namespace duban
