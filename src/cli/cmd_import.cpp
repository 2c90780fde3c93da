// duban import: the official table (TSV copied out of Word, or CSV) into a tasks.yaml.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "intake/import.h"
#include "model/error.h"
#include "store/atomic_file.h"
#include "store/load.h"
#include "store/read_file.h"
#include "store/save.h"

namespace duban::cli {

namespace {

struct ImportCmdOptions {
    std::string table;
    std::string output;
    bool force = false;
    ImportOptions import;
    int year = 0;
};

int run_import(ImportCmdOptions o, const Context& ctx) {
    refuse_rev(ctx, "import");
    if (o.year) o.import.year = o.year;
    std::string bytes = read_file(o.table);
    Plan plan = import_table(bytes, o.table, o.import);
    std::string text = emit_plan(plan, import_header_comment(plan));
    // What we write must load: a bug in the writer must never reach a user's file.
    load_plan(text, o.output.empty() ? "(import output)" : o.output);
    if (o.output.empty() || o.output == "-") {
        std::cout << text;
        return kExitOk;
    }
    std::error_code ec;
    if (!o.force && std::filesystem::exists(o.output, ec))
        throw Error(o.output + ": already exists; add --force to replace it", kExitUsage);
    write_file_atomic(o.output, text);
    std::cerr << fmt::format("{}: {} tasks in {} categories\n", o.output, plan.tasks.size(),
                             plan.categories.size());
    return kExitOk;
}

}  // namespace

Command setup_import(CLI::App& app) {
    auto o = std::make_shared<ImportCmdOptions>();
    CLI::App* cmd = app.add_subcommand(
        "import", "Make a tasks.yaml from the official task table (TSV from Word/WPS, or CSV)");
    cmd->add_option("TABLE", o->table, "the notice or table file; GBK and UTF-16 are converted")
        ->required();
    cmd->add_option("-o,--output", o->output, "write here instead of standard output");
    cmd->add_flag("--force", o->force, "replace the output file if it exists");
    cmd->add_option("--title", o->import.title, "plan title (default: the table's heading)");
    cmd->add_option("--issuer", o->import.issuer,
                    "issuing body (default: the notice's first line)");
    cmd->add_option("--document", o->import.document, "document number, e.g. 华教体发〔2021〕2号");
    cmd->add_option("--year", o->year, "the plan's year (default: from the document number)");
    cmd->add_option("--encoding", o->import.encoding,
                    "input encoding (default: UTF-8, else GB18030/GBK, detected)");
    cmd->footer("Example:\n  duban import 通知.txt -o tasks.yaml");
    return {cmd, [o](const Context& ctx) { return run_import(*o, ctx); }};
}

}  // namespace duban::cli
