#include "cli/options.h"

#include "model/error.h"
#include "model/typed_input.h"
#include "text/i18n.h"

namespace duban::cli {

CLI::Option* repeatable(CLI::App& cmd, const std::string& name, std::vector<std::string>& into,
                        const std::string& help) {
    return cmd.add_option(name, into, help)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_filter_options(CLI::App& cmd, FilterOptions& o) {
    repeatable(cmd, "--leader", o.leaders, _("responsible leader (责任领导); padding is ignored"));
    repeatable(cmd, "--office", o.offices, _("office (股室), lead or partner as --role says"));
    cmd.add_option("--role", o.role, _("which office --office means: lead, partner or any"))
        ->check(CLI::IsMember({"lead", "partner", "any"}));
    repeatable(cmd, "--category", o.categories, _("category (类别)"));
    repeatable(cmd, "--status", o.statuses,
               _("not-started, in-progress, done, closed (or 未启动, 推进中, 已完成, 已销号)"));
    repeatable(cmd, "--grep", o.texts, _("text the task's description contains"));
    repeatable(cmd, "--light", o.lights,
               _("light as of --as-of: done, green, yellow, red (or 已完成, 绿灯, 黄灯, 红灯)"));
    cmd.add_flag("--overdue", o.overdue, _("only tasks past their due date and not done (超期)"));
    cmd.add_flag("--unreported", o.unreported,
                 _("only tasks with no report in the current dispatch round (未报送)"));
    cmd.add_option("--due-before", o.due_before,
                   _("only unfinished tasks due, or with a time node, from --as-of to this date"))
        ->type_name("DATE");
    cmd.add_option("--due-within", o.due_within,
                   _("only unfinished tasks due, or with a time node, within this many days of "
                     "--as-of"))
        ->type_name("DAYS");
}

namespace {

void set_deadline_window(const FilterOptions& o, Date as_of, const Plan& plan, Filter& f) {
    if (!o.due_before.empty()) {
        Typed<Date> d = read_date(o.due_before, plan.start.year);
        if (!d) throw Error("--due-before: " + tr(d.problem, o.due_before), kExitUsage);
        if (*d.value < as_of)
            throw Error(tr(N_("--due-before {0} is before the date of judgement {1}, so no "
                              "deadline can fall between them; for tasks past their due date "
                              "use --overdue"),
                           d.value->str(), as_of.str()),
                        kExitUsage);
        f.due_before = d.value;
    }
    if (!o.due_within.empty()) {
        Typed<int> days = read_whole_number(o.due_within, 0, 3660);
        if (!days)
            throw Error("--due-within: " + tr(days.problem, o.due_within, 0, 3660), kExitUsage);
        f.due_within = days.value;
    }
}

}  // namespace

Filter make_filter(const FilterOptions& o, Date as_of, const Plan& plan) {
    Filter f;
    f.leaders = o.leaders;
    f.offices = o.offices;
    f.role = parse_role(o.role);
    f.categories = o.categories;
    f.statuses = parse_statuses(o.statuses);
    f.texts = o.texts;
    f.lights = parse_lights(o.lights);
    f.overdue = o.overdue;
    f.unreported = o.unreported;
    f.as_of = as_of;
    set_deadline_window(o, as_of, plan, f);
    check_filter_names(plan, f);
    return f;
}

}  // namespace duban::cli
