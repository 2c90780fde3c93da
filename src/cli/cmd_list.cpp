// duban list: a table of tasks, filtered.
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/error.h"
#include "core/json.h"
#include "core/listing.h"
#include "term/table.h"

namespace duban::cli {

namespace {

struct ListOptions {
    FilterOptions filter;
    std::string format = "table";
    bool wrap = false;
    int width = -1;
};

term::Style status_style(Status s) {
    switch (s) {
        case Status::NotStarted:
            return term::Style::Dim;
        case Status::InProgress:
            return term::Style::None;
        case Status::Done:
            return term::Style::Green;
        case Status::Closed:
            return term::Style::Green;
    }
    return term::Style::None;
}

std::string table(const std::vector<const Task*>& tasks, const ListOptions& o, const Context& ctx) {
    using term::Align;
    term::Table t({{"序号", Align::Right},
                   {"类别"},
                   {"重点工作任务", Align::Left, true},
                   {"责任领导"},
                   {"责任股室"},
                   {"协办股室", Align::Left, true},
                   {"状态"},
                   {"进度", Align::Right}});
    for (const Task* task : tasks)
        t.add_row({std::to_string(task->id),
                   task->category,
                   task->title,
                   join_names(task->leaders),
                   task->office,
                   join_names(task->partners),
                   {std::string(status_label(task->status())), status_style(task->status())},
                   std::to_string(task->progress()) + "%"});
    term::TableOptions to;
    to.max_width = o.width >= 0 ? o.width : term::terminal_width(STDOUT_FILENO);
    to.wrap = o.wrap;
    to.colour = ctx.colour_stdout();
    return t.render(to);
}

int run_list(const ListOptions& o, const Context& ctx) {
    Loaded in = load(ctx);
    std::vector<const Task*> tasks = select(in.plan, make_filter(o.filter));
    if (o.format == "json") {
        Json all = Json::array();
        for (const Task* t : tasks) all.push_back(task_json(*t, in.plan));
        std::cout << dump(all);
    } else if (o.format == "csv" || o.format == "tsv") {
        std::cout << tasks_delimited(in.plan, tasks, o.format == "tsv");
    } else if (o.format == "md") {
        std::cout << tasks_markdown(in.plan, tasks);
    } else {
        std::cout << table(tasks, o, ctx);
    }
    return kExitOk;
}

}  // namespace

void setup_list(CLI::App& app, Context& ctx) {
    auto o = std::make_shared<ListOptions>();
    CLI::App* cmd = app.add_subcommand("list", "List tasks, filtered by leader, office, ...");
    add_filter_options(*cmd, o->filter);
    cmd->add_option("--format", o->format, "table (default), json, csv, tsv or md")
        ->check(CLI::IsMember({"table", "json", "csv", "tsv", "md"}));
    cmd->add_flag("--wrap", o->wrap, "wrap long task text instead of cutting it with …");
    cmd->add_option("--width", o->width, "fit the table to this many columns (0: no limit)")
        ->check(CLI::NonNegativeNumber);
    cmd->footer(
        "Examples:\n"
        "  duban list --leader 何军                 tasks 何军 is responsible for\n"
        "  duban list --office 基教股 --role partner  tasks 基教股 co-operates on\n"
        "  duban list --category 重督导 --status 推进中 --format json");
    cmd->callback([o, &ctx] { ctx.exit_code = run_list(*o, ctx); });
}

}  // namespace duban::cli
