#include "intake/import.h"

#include <algorithm>

#include <fmt/format.h>

#include "intake/breakdown.h"
#include "intake/controls.h"
#include "intake/deadline.h"
#include "intake/grid.h"
#include "intake/notice.h"
#include "intake/office_grids.h"
#include "model/error.h"
#include "text/encoding.h"
#include "text/i18n.h"

namespace duban {

namespace {

std::string lower_extension(const std::string& filename) {
    const size_t dot = filename.rfind('.');
    const size_t slash = filename.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = filename.substr(dot + 1);
    for (char& ch : ext) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    return ext;
}

std::string join(const std::vector<std::string>& parts, std::string_view glue) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += glue;
        out += p;
    }
    return out;
}

// Formats duban reads through another program first: say which, and how.
void refuse_old_formats(std::string_view bytes, const std::string& filename,
                        const std::string& ext) {
    const bool ole2 = bytes.substr(0, 4) == "\xD0\xCF\x11\xE0";
    if (ext == "doc" || ext == "wps" || (ole2 && ext != "xls" && ext != "et"))
        throw Error(tr(N_("{0}: a Word 97–2003 (.doc) or WPS (.wps) document cannot be read\n"
                          "hint: open it in Word or WPS and save it as .docx (文件 → 另存为 "
                          "→ Word 文档 .docx), then import that"),
                       filename));
    if (ext == "et")
        throw Error(tr(N_("{0}: a WPS spreadsheet (.et) cannot be read\n"
                          "hint: save it as .xlsx or .xls in WPS, then import that"),
                       filename));
    if (bytes.substr(0, 2) == "PK" && ext != "docx" && ext != "xlsx")
        throw Error(tr(N_("{0}: this is a zip file (an Office document?), but its name does "
                          "not say which\nhint: name it .docx or .xlsx"),
                       filename));
}

Grid grid_of(std::string_view bytes, const std::string& filename, const ImportOptions& opts,
             std::string* text) {
    const std::string ext = lower_extension(filename);
    refuse_old_formats(bytes, filename, ext);
    if (ext == "docx") return docx_grid(bytes, filename);
    if (ext == "xlsx") return xlsx_grid(bytes, filename, opts.columns);
    if (ext == "xls") return xls_grid(bytes, filename, opts.columns);
    *text = to_utf8(bytes, filename, opts.encoding);
    return text_grid(*text, filename);
}

std::string pick(const std::string& given, const std::string& found) {
    return given.empty() ? found : given;
}

// The user's year, else the document number's, else the title's, else any year the notice
// writes as YYYY年.
int plan_year(const Plan& plan, const NoticeFacts& facts, const ImportOptions& opts,
              const std::string& filename) {
    std::optional<int> year = opts.year;
    if (!year) year = year_in(plan.document);
    if (!year) year = year_in(plan.title);
    if (!year) year = facts.year_in_text;
    if (!year)
        throw Error(
            tr(N_("{0}: cannot tell which year the plan is for: no document number, title or text "
                  "above the table names one\nhint: give the year with --year"),
               filename));
    if (*year < 1 || *year > 9999)
        throw Error(tr(N_("{0}: the year {1} is out of range"), filename, *year));
    return *year;
}

// Deadline cells, read now that the year is known.
void apply_deadlines(Plan& plan) {
    for (Task& t : plan.tasks) {
        if (t.due_text.empty()) continue;
        Deadline d = read_deadline(t.due_text, plan.start.year, plan.start);
        t.ongoing = d.ongoing;
        if (d.due && *d.due != plan.due) t.due = d.due;
        if (d.due && *d.due > plan.due) t.due = d.due;
        t.milestones = std::move(d.milestones);
    }
}

// `one` and `many` are msgids with {0} for the count (English has two forms; Chinese one).
std::string counted(size_t n, const char* one, const char* many) {
    return tr(n == 1 ? one : many, n);
}

}  // namespace

Imported import_file(std::string_view bytes, const std::string& filename,
                     const ImportOptions& opts) {
    std::string text;
    Grid sheet = grid_of(bytes, filename, opts, &text);
    clean_controls(sheet);
    std::optional<TableRead> table = read_table(sheet, opts.columns);
    Imported out;
    out.form = "table";
    if (!table && sheet.lines) {
        table = read_breakdown(sheet);
        out.form = "breakdown";
    }
    if (!table)
        throw Error(tr(
            N_("{0}: no task table found\n"
               "hint: the table needs a header row naming the task text (重点工作任务, 工作任务, "
               "具体要求 …) and the lead unit (责任单位, 牵头单位, 责任股室 …), or each task a "
               "line "
               "with （牵头单位：…） after it; --map '列名=title' names a column the guess missed"),
            filename));
    const NoticeFacts facts = read_notice(table->prose);
    Plan& plan = out.plan;
    plan.title = pick(opts.title, facts.title);
    plan.issuer = pick(opts.issuer, facts.issuer);
    plan.document = pick(opts.document, facts.document);
    const int year = plan_year(plan, facts, opts, filename);
    plan.start = {year, 1, 1};
    plan.due = {year, 12, 31};
    plan.dispatch_months = 2;
    // A bare table has no heading; a plan needs a title, and this one says what it is.
    if (plan.title.empty()) plan.title = fmt::format("{}年度重点工作任务", year);
    plan.categories = std::move(table->categories);
    plan.tasks = std::move(table->tasks);
    apply_deadlines(plan);
    out.summary = std::move(table->summary);
    return out;
}

Plan import_table(std::string_view bytes, const std::string& filename, const ImportOptions& opts) {
    return import_file(bytes, filename, opts).plan;
}

std::string import_summary(const Imported& in) {
    const TableSummary& s = in.summary;
    std::vector<std::string> columns;
    for (const auto& [header, field] : s.columns) columns.push_back(header + " → " + field);
    std::string out;
    if (!columns.empty()) out += fmt::format("列 → 字段: {}\n", fmt::join(columns, ", "));
    out += tr(N_("{0} became {1} in {2}"), counted(s.task_rows, N_("{0} row"), N_("{0} rows")),
              counted(in.plan.tasks.size(), N_("{0} task"), N_("{0} tasks")),
              counted(in.plan.categories.size(), N_("{0} category"), N_("{0} categories")));
    std::vector<std::string> also;
    if (s.sub_tasks)
        also.push_back(counted(s.sub_tasks, N_("{0} sub-task numbered under its row"),
                               N_("{0} sub-tasks numbered under its row")));
    if (s.section_rows)
        also.push_back(counted(s.section_rows, N_("{0} section row"), N_("{0} section rows")));
    if (s.continuation_lines)
        also.push_back(counted(s.continuation_lines, N_("{0} line continuing a cell"),
                               N_("{0} lines continuing a cell")));
    if (s.header_rows > 1)
        also.push_back(
            counted(s.header_rows - 1, N_("{0} repeated header"), N_("{0} repeated headers")));
    if (s.lines_after)
        also.push_back(counted(s.lines_after, N_("{0} line after the table left out"),
                               N_("{0} lines after the table left out")));
    if (!also.empty()) out += tr(N_(" ({0})"), fmt::join(also, _("; ")));
    out += "\n";
    out += s.extra.empty() ? std::string(_("extra fields: none\n"))
                           : tr(N_("extra fields: {0}\n"), fmt::join(s.extra, ", "));
    return out;
}

std::string import_header_comment(const Plan& plan) {
    // "附件" only where there is a notice the table is attached to.
    const std::string table = plan.title.empty() ? "" : plan.title + "分解表";
    const std::string attachment = plan.document.empty() || table.empty() ? table : "附件" + table;
    std::string source = join({plan.issuer, plan.document, attachment}, " ");
    if (source.empty()) source = "重点工作任务分解表";
    // A YAML comment cannot hold control characters, which a damaged notice may have.
    source.erase(std::remove_if(source.begin(), source.end(),
                                [](unsigned char c) { return c < 0x20 || c == 0x7F; }),
                 source.end());
    return "来源：" + source +
           "\n由 duban import 从通知原文生成；进展用 duban mark 追加，不要手改已有记录。";
}

}  // namespace duban
