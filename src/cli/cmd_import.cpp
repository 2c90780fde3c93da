// duban import: a bureau's task table (.docx, .xlsx, .xls, text copied out of Word, CSV) into a
// tasks.yaml.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "intake/import.h"
#include "model/error.h"
#include "store/atomic_file.h"
#include "store/load.h"
#include "store/read_file.h"
#include "store/save.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

struct ImportCmdOptions {
    std::string table;
    std::string output;
    bool force = false;
    bool dry_run = false;
    std::vector<std::string> maps;
    ImportOptions import;
    int year = 0;
};

int run_import(ImportCmdOptions o, const Context& ctx) {
    refuse_rev(ctx, "import");
    if (o.year) o.import.year = o.year;
    for (const auto& m : o.maps) o.import.columns.push_back(parse_column_override(m));
    const bool to_file = !o.output.empty() && o.output != "-";
    // Refused before the table is read, so that no work is wasted on it.
    std::error_code ec;
    if (to_file && !o.dry_run && !o.force && std::filesystem::exists(o.output, ec))
        throw Error(tr(N_("{0}: already exists; add --force to replace it"), o.output), kExitUsage);
    const std::string bytes = read_file(o.table);
    const Imported imported = import_file(bytes, o.table, o.import);
    const Plan& plan = imported.plan;
    const std::string text = emit_plan(plan, import_header_comment(plan));
    // What we write must load: a bug in the writer must never reach a user's file.
    load_plan(text, to_file ? o.output : "(import output)");
    if (!to_file || o.dry_run) {
        std::cerr << import_summary(imported);
        std::cout << text;
        if (to_file) std::cerr << tr(N_("{0}: not written (--dry-run)\n"), o.output);
        return kExitOk;
    }
    write_file_atomic(o.output, text);
    std::cerr << import_summary(imported);
    std::cerr << tr(plan.categories.size() == 1 ? N_("{0}: {1} tasks in {2} category\n")
                                                : N_("{0}: {1} tasks in {2} categories\n"),
                    o.output, plan.tasks.size(), plan.categories.size());
    return kExitOk;
}

}  // namespace

Command setup_import(CLI::App& app) {
    auto o = std::make_shared<ImportCmdOptions>();
    CLI::App* cmd = app.add_subcommand("import", _("Make a tasks.yaml from a task table: .docx, "
                                                   ".xlsx, .xls, text copied from Word/WPS, CSV"));
    cmd->add_option("TABLE", o->table, _("the notice or table file; GBK and UTF-16 are converted"))
        ->required();
    cmd->add_option("-o,--output", o->output, _("write here instead of standard output"));
    cmd->add_flag("--force", o->force, _("replace the output file if it exists"));
    cmd->add_flag("--dry-run", o->dry_run,
                  _("print the column mapping and the tasks; write no file"));
    repeatable(*cmd, "--map", o->maps,
               _("read a column as a field, '列名=field' (category, id, title, leaders, office, "
                 "partners, due, extra, ignore); repeatable"));
    cmd->add_option("--title", o->import.title, _("plan title (default: the table's heading)"));
    cmd->add_option("--issuer", o->import.issuer,
                    _("issuing body (default: the notice's first line)"));
    cmd->add_option("--document", o->import.document,
                    _("document number, e.g. 华教体发〔2021〕2号"));
    cmd->add_option("--year", o->year, _("the plan's year (default: from the document number)"));
    cmd->add_option("--encoding", o->import.encoding,
                    _("input encoding (default: UTF-8, else GB18030/GBK, detected)"));
    cmd->footer(
        _("Examples:\n  duban import 通知.txt -o tasks.yaml\n  duban import 分解表.docx --dry-run\n"
          "  duban import 台账.xlsx --map '工作目标=extra' -o tasks.yaml"));
    return {cmd, [o](const Context& ctx) { return run_import(*o, ctx); }};
}

}  // namespace duban::cli
