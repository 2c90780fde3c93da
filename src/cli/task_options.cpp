#include "cli/task_options.h"

#include "cli/options.h"

#include "text/i18n.h"

namespace duban::cli {

namespace {

const char* const kOptions[] = {"--title",   "--category", "--office",    "--leader",
                                "--partner", "--due",      "--milestone", "--remove-milestone"};

}  // namespace

TaskRequest TaskOptions::request() const {
    TaskRequest r;
    if (cmd->count("--title")) r.title = title;
    if (cmd->get_option_no_throw("--category") && cmd->count("--category")) r.category = category;
    if (cmd->count("--office")) r.office = office;
    if (cmd->count("--leader")) r.leaders = leaders;
    if (cmd->count("--partner")) r.partners = partners;
    if (cmd->count("--due")) r.due = due;
    r.milestones = milestones;
    r.remove_milestones = remove_milestones;
    r.new_names = new_names;
    return r;
}

std::string TaskOptions::given() const {
    std::string out;
    for (const char* name : kOptions)
        if (cmd->get_option_no_throw(name) && cmd->count(name))
            out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

void add_task_options(CLI::App& cmd, TaskOptions& o, bool adding) {
    o.cmd = &cmd;
    if (adding) cmd.add_option("--category", o.category, _("category (类别), one the plan lists"));
    cmd.add_option("--title", o.title, _("the task's text (重点工作任务)"));
    cmd.add_option("--office", o.office, _("the lead office (责任股室)"));
    repeatable(cmd, "--leader", o.leaders,
               _("responsible leader (责任领导); repeat for several; '' for none"));
    repeatable(cmd, "--partner", o.partners,
               _("co-operating office (协办股室); repeat for several; '' for none"));
    cmd.add_option("--due", o.due, _("due date (完成时限), as 2021-09-30 or 2021年9月30日"))
        ->type_name("DATE");
    repeatable(cmd, "--milestone", o.milestones,
               _("time node (时间节点) DATE:TARGET:WHAT, as 2021-09-30:80:完成秋季读书节; repeat"));
    if (!adding)
        repeatable(cmd, "--remove-milestone", o.remove_milestones,
                   _("remove the time node on this date; repeat"));
    cmd.add_flag("--new-name", o.new_names,
                 _("accept a leader or office that no task names yet (else: did you mean…?)"));
    cmd.add_flag("--dry-run", o.dry_run, _("print the change as a diff and write nothing"));
}

}  // namespace duban::cli
