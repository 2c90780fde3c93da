// duban report: the dispatch table, the bulletin, by leader, by office, the scorecard.
#include <cstdint>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "model/error.h"
#include "report/docx.h"
#include "report/report.h"
#include "report/report_template.h"
#include "store/atomic_file.h"
#include "store/load.h"
#include "text/control.h"

#if __has_include("report/xlsx.h")
#include "report/xlsx.h"
#include "store/heap.h"
#include "text/i18n.h"
#define DUBAN_REPORT_XLSX 1
#endif

namespace duban::cli {

namespace {

struct ReportCmdOptions {
    std::string kind;
    std::string format = "txt";
    std::string template_file;
    std::string output;
    int issue = 0;
    bool bom = false;
    std::optional<bool> chart;
    FilterOptions filter;
};

void check_combinations(const ReportCmdOptions& o) {
    bool templated =
        o.format == "md" || o.format == "txt" || o.format == "html" || o.format == "docx";
    if (!o.template_file.empty() && !templated)
        throw Error(
            tr(N_("--template works with --format md, txt, html or docx, not {0}"), o.format),
            kExitUsage);
    if (o.bom && o.format != "csv")
        throw Error(_("--bom only applies to --format csv"), kExitUsage);
    if (o.issue && o.kind != "bulletin")
        throw Error(_("--issue numbers a bulletin: use it with 'report bulletin'"), kExitUsage);
    if (o.format == "xlsx" && (o.output.empty() || o.output == "-"))
        throw Error(_("--format xlsx writes a binary workbook: name the file with -o FILE.xlsx"),
                    kExitUsage);
    if (o.format == "docx" && (o.output.empty() || o.output == "-"))
        throw Error(_("--format docx writes a Word document: name the file with -o FILE.docx"),
                    kExitUsage);
}

void write_xlsx(const Plan& plan, ReportKind kind, const ReportOptions& ro,
                const std::string& path) {
#ifdef DUBAN_REPORT_XLSX
    write_report_xlsx(plan, select(plan, ro.filter), report_view(plan, kind, ro), ro.as_of, path);
#else
    (void)plan, (void)kind, (void)ro;
    throw Error(tr(N_("{0}: not built with xlsx support yet (the ledger writer is not in this "
                      "build)"),
                   path),
                kExitData);
#endif
}

std::string render(const ReportCmdOptions& o, const Loaded& in, const Json& view) {
    if (o.format == "json") return dump(view);
    if (o.format == "docx")
        return report_docx(view,
                           o.template_file.empty() ? std::string() : read_file(o.template_file),
                           o.template_file);
    if (o.format == "csv") return report_csv(view, o.bom);
    TemplateText t = find_template(o.kind + "." + o.format + ".mustache", o.template_file, in.path);
    TemplateEscape escape = o.format == "html" ? TemplateEscape::Html
                            : o.format == "md" ? TemplateEscape::Markdown
                                               : TemplateEscape::None;
    return render_template(t, view, escape);
}

int run_report(const ReportCmdOptions& o, const Context& ctx) {
    check_combinations(o);
    Loaded in = load(ctx);
    ReportOptions ro;
    ro.as_of = ctx.as_of(in.plan);
    ro.filter = make_filter(o.filter, ro.as_of, in.plan);
    if (o.issue) ro.issue = o.issue;
    ro.chart = o.chart;
    ReportKind kind = *parse_report_kind(o.kind);
    if (o.format == "xlsx") {
        write_xlsx(in.plan, kind, ro, o.output);
        keep_until_exit(std::move(in.plan));
        return kExitOk;
    }
    std::string text = render(o, in, report_view(in.plan, kind, ro));
    // Every text format: a control character from the file is shown escaped, never obeyed. A
    // .docx is a zip archive: its XML writer drops what XML cannot hold (docx_xml.h).
    if (o.format != "docx") text = escape_controls(text);
    if (o.output.empty() || o.output == "-")
        std::cout << text;
    else
        write_file_atomic(o.output, text);
    keep_until_exit(std::move(in.plan));
    return kExitOk;
}

}  // namespace

Command setup_report(CLI::App& app) {
    auto o = std::make_shared<ReportCmdOptions>();
    CLI::App* cmd = app.add_subcommand(
        "report", _("Write a report: dispatch table, bulletin, by leader, by office, scorecard"));
    cmd->add_option("KIND", o->kind, _("dispatch, bulletin, leader, office or scorecard"))
        ->required()
        ->check(CLI::IsMember({"dispatch", "bulletin", "leader", "office", "scorecard"}));
    cmd->add_option("--format", o->format, _("txt (default), md, html, csv, json, xlsx or docx"))
        ->check(CLI::IsMember({"txt", "md", "html", "csv", "json", "xlsx", "docx"}));
    cmd->add_option("--template", o->template_file,
                    _("render with this Mustache template instead of the default; with --format "
                      "docx, a .docx whose {{field}} placeholders are filled"));
    cmd->add_option("-o,--output", o->output, _("write here instead of standard output"));
    cmd->add_option("--issue", o->issue, _("the bulletin's number, 第N期 (default: the round)"))
        ->check(CLI::PositiveNumber);
    cmd->add_flag("--bom", o->bom, _("start CSV with a UTF-8 byte order mark, for Excel"));
    cmd->add_flag_function(
        "--chart,!--no-chart", [o](std::int64_t n) { o->chart = n > 0; },
        _("draw (or leave out) the bar chart; default: plan.rules.chart (the bulletin has none)"));
    add_filter_options(*cmd, o->filter);
    cmd->footer(_(
        "Templates are looked up in: templates/ beside the tasks file, $DUBAN_TEMPLATES, the\n"
        "installed templates, the source tree's templates/. docs/templates.md lists every field.\n"
        "Examples:\n"
        "  duban report dispatch                            this round's dispatch table\n"
        "  duban --as-of 2021-07-15 report bulletin --format html -o 通报.html\n"
        "  duban report leader --leader 何军 --format md\n"
        "  duban report scorecard --format csv --bom -o 考核.csv"));
    return {cmd, [o](const Context& ctx) { return run_report(*o, ctx); }};
}

}  // namespace duban::cli
