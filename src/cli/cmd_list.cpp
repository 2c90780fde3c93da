// duban list: a table of tasks, filtered.
#include <unistd.h>

#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "judge/deadline.h"
#include "judge/pace.h"
#include "model/error.h"
#include "report/json_stream.h"
#include "report/listing.h"
#include "store/heap.h"
#include "term/table.h"
#include "text/control.h"
#include "text/i18n.h"
#include "text/width.h"

namespace duban::cli {

namespace {

struct ListOptions {
    FilterOptions filter;
    std::string format = "table";
    int wrap = 0;  // 1 --wrap, -1 --no-wrap, 0 neither
    int width = -1;
    bool bom = false;
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

term::Style light_style(Light l) {
    switch (l) {
        case Light::Done:
            return term::Style::Dim;
        case Light::Green:
            return term::Style::Green;
        case Light::Yellow:
            return term::Style::Yellow;
        case Light::Red:
            return term::Style::Red;
    }
    return term::Style::None;
}

// Names one a line: the table joins them with 、 and, fitted to a width, breaks between them.
std::string one_a_line(const std::vector<std::string>& names) {
    return fmt::format("{}", fmt::join(names, "\n"));
}

// The first deadline of `task` in the window: "2021-06-30 节点60%" for a time node, "2021-12-31
// 到期" for the due date.
std::string first_deadline(const Plan& plan, const Task& task, Date from, Date to) {
    std::vector<Deadline> due = deadlines_between(plan, task, from, to);
    if (due.empty()) return "";
    const Deadline& d = due.front();
    if (!d.milestone) return d.date.str() + " 到期";
    return d.date.str() + " 节点" + std::to_string(d.milestone->target) + "%";
}

struct Rendered {
    std::string table;
    std::string note;  // for stderr: the columns left out to fit, or nothing
};

// What gives way when the table is wider than the terminal (README, duban(1)): the partners
// first, while the task text would get fewer than 40 columns; then the leaders, then the
// category, while it would get fewer than 24; last the task text wraps (or is cut) down to 12
// columns and a long office name to 10. Ids, status, progress, pace and light always stay, and
// so does the deadline column 期限 that --due-before and --due-within add.
Rendered table(const Plan& plan, const std::vector<const Task*>& tasks, const Filter& filter,
               Date as_of, const ListOptions& o, const Context& ctx) {
    using term::Align;
    const bool flex = true;
    const std::optional<Date> window_end = filter.due_window_end(as_of);
    std::vector<term::Column> columns{{"序号", Align::Right},
                                      {"类别", Align::Left, !flex, 0, 3, 24},
                                      {"重点工作任务", Align::Left, flex, 12},
                                      {"责任领导", Align::Left, !flex, 0, 2, 24, "、"},
                                      {"责任股室", Align::Left, flex, 10},
                                      {"协办股室", Align::Left, flex, 16, 1, 40, "、"},
                                      {"状态"},
                                      {"进度", Align::Right},
                                      {"序时", Align::Right},
                                      {"预警"}};
    if (window_end) columns.push_back({"期限"});
    term::Table t(columns);
    for (const Task* task : tasks) {
        Judgement j = judge(plan, *task, as_of);
        std::vector<term::Cell> row{
            std::to_string(task->id),
            task->category,
            task->title,
            one_a_line(task->leaders),
            task->office,
            one_a_line(task->partners),
            {std::string(status_label(j.state.status)), status_style(j.state.status)},
            std::to_string(j.state.progress) + "%",
            std::to_string(j.expected) + "%",
            {std::string(light_label(j.light)), light_style(j.light)}};
        if (window_end) row.push_back(first_deadline(plan, *task, as_of, *window_end));
        t.add_row(std::move(row));
    }
    term::TableOptions to;
    to.max_width = o.width >= 0 ? o.width : term::terminal_width(STDOUT_FILENO);
    // Fitted to a width, the text wraps unless --no-wrap; unfitted, only --wrap wraps it.
    to.wrap = o.wrap > 0 || (o.wrap == 0 && to.max_width > 0);
    to.colour = ctx.colour_stdout();
    std::vector<std::string> left_out;
    Rendered out{t.render(to, &left_out), {}};
    if (!left_out.empty()) {
        std::string names = left_out[0];
        for (size_t i = 1; i < left_out.size(); ++i) names += "、" + left_out[i];
        std::string note =
            tr(N_("To fit {0} columns, left out: {1}. --width 0 shows every column."), to.max_width,
               names);
        for (const auto& line : text::wrap(note, to.max_width)) out.note += line + '\n';
    }
    return out;
}

int run_list(const ListOptions& o, const Context& ctx) {
    if (o.bom && o.format != "csv")
        throw Error(_("--bom only applies to --format csv"), kExitUsage);
    Loaded in = load(ctx);
    Date as_of = ctx.as_of(in.plan);
    const Filter filter = make_filter(o.filter, as_of, in.plan);
    std::vector<const Task*> tasks = select(in.plan, filter);
    if (o.format == "json") {
        // Streamed: a list of 100,000 tasks is never held as one JSON document.
        JsonStream out(std::cout);
        out.begin_array();
        for (const Task* t : tasks) write_judged_task(out, *t, in.plan, as_of);
        out.end_array();
        out.finish();
    } else if (o.format == "csv" || o.format == "tsv") {
        // Excel on Windows reads a CSV without a byte order mark as the local code page (GBK).
        if (o.bom) std::cout << "\xEF\xBB\xBF";
        std::cout << escape_controls(tasks_delimited(in.plan, tasks, o.format == "tsv", as_of));
    } else if (o.format == "md") {
        std::cout << escape_controls(tasks_markdown(in.plan, tasks, as_of));
    } else {
        Rendered r = table(in.plan, tasks, filter, as_of, o, ctx);
        std::cout << r.table << std::flush;
        std::cerr << r.note;
    }
    keep_until_exit(std::move(in.plan));
    return kExitOk;
}

}  // namespace

Command setup_list(CLI::App& app) {
    auto o = std::make_shared<ListOptions>();
    CLI::App* cmd = app.add_subcommand(
        "list", _("List tasks with progress, pace (序时) and light (预警), filtered"));
    add_filter_options(*cmd, o->filter);
    cmd->add_option("--format", o->format, _("table (default), json, csv, tsv or md"))
        ->check(CLI::IsMember({"table", "json", "csv", "tsv", "md"}));
    cmd->add_flag("--bom", o->bom, _("start CSV with a UTF-8 byte order mark, for Excel"));
    cmd->add_flag("--wrap,!--no-wrap", o->wrap,
                  _("wrap long task text (the default when fitting a width), or cut it with …"));
    cmd->add_option("--width", o->width, _("fit the table to this many columns (0: no limit)"))
        ->check(CLI::Range(0, 1000));
    cmd->footer(
        _("Examples:\n"
          "  duban list --leader 何军                 tasks 何军 is responsible for\n"
          "  duban list --office 基教股 --role partner  tasks 基教股 co-operates on\n"
          "  duban list --category 重督导 --status 推进中 --format json\n"
          "  duban --as-of 2021-07-15 list --light red --light yellow   lagging on that day\n"
          "  duban list --overdue                      past due and not done (超期)\n"
          "  duban list --unreported                   no report this dispatch round (未报送)\n"
          "  duban list --due-within 30                due, or with a time node, in 30 days\n"
          "  duban --as-of 2021-07-01 list --due-before 2021-07-31   falling due in July"));
    return {cmd, [o](const Context& ctx) { return run_list(*o, ctx); }};
}

}  // namespace duban::cli
