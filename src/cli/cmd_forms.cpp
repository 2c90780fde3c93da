// duban forms: one progress form (进展报送表) per office for this dispatch round.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "judge/form.h"
#include "model/error.h"
#include "report/form_writer.h"
#include "store/atomic_file.h"
#include "text/i18n.h"

namespace duban::cli {

namespace {

struct FormsOptions {
    std::vector<std::string> offices;
    std::string output = ".";
    std::string format = "xlsx";
};

// The offices asked for, spelled as the plan spells them; every lead office when none is.
std::vector<std::string> chosen_offices(const Plan& plan, const std::vector<std::string>& asked) {
    if (asked.empty()) return lead_offices(plan);
    std::vector<std::string> known = lead_offices(plan);
    for (const Task& t : plan.tasks)
        for (const auto& p : t.partners)
            if (std::find(known.begin(), known.end(), p) == known.end()) known.push_back(p);
    std::vector<std::string> chosen;
    for (const auto& name : asked) {
        auto it = std::find_if(known.begin(), known.end(), [&](const std::string& k) {
            return strip_padding(k) == strip_padding(name);
        });
        if (it == known.end())
            throw Error(tr(N_("no office “{0}” in the plan; offices that lead tasks: {1}"), name,
                           fmt::format("{}", fmt::join(lead_offices(plan), _(", ")))),
                        kExitUsage);
        if (std::find(chosen.begin(), chosen.end(), *it) == chosen.end()) chosen.push_back(*it);
    }
    return chosen;
}

// 2021-08-25 in English, 2021年8月25日 in Chinese.
std::string shown_date(Date d) {
    return current_language() == Language::Chinese ? chinese_date(d) : d.str();
}

int run_forms(const FormsOptions& o, const Context& ctx) {
    Loaded in = load(ctx);
    const Date as_of = ctx.as_of(in.plan);
    std::vector<Form> forms;
    for (const auto& office : chosen_offices(in.plan, o.offices))
        forms.push_back(make_form(in.plan, office, as_of));
    std::error_code ec;
    std::filesystem::create_directories(o.output, ec);
    if (ec) throw Error(tr(N_("{0}: cannot create the folder: {1}"), o.output, ec.message()));
    for (const Form& form : forms) {
        const std::string path =
            (std::filesystem::path(o.output) / form.file_name(o.format)).string();
        if (o.format == "csv")
            write_file_atomic(path, form_csv(form));
        else
            write_form_xlsx(form, path);
        const auto lead = std::count_if(form.rows.begin(), form.rows.end(),
                                        [](const FormRow& r) { return r.lead; });
        std::cout << tr(N_("{0}: {1}: tasks led {2}, supported {3}; return it by {4}\n"), path,
                        form.office, lead, form.rows.size() - size_t(lead),
                        shown_date(form.deadline));
    }
    return kExitOk;
}

}  // namespace

Command setup_forms(CLI::App& app) {
    auto o = std::make_shared<FormsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "forms", _("Write this round's progress forms (进展报送表), one per office, to fill in"));
    cmd->add_option("--office", o->offices,
                    _("only this office (repeat); default: every lead office"));
    cmd->add_option("-o,--output", o->output, _("folder to write the forms in (default: here)"));
    cmd->add_option("--format", o->format, _("xlsx (default) or csv"))
        ->check(CLI::IsMember({"xlsx", "csv"}));
    cmd->footer(
        _("The round is the one --as-of (default today) falls in. Each form lists the tasks the\n"
          "office leads, then those it supports; the office fills in the white cells and sends\n"
          "it back for 'duban collect'. The same file and date give byte-identical forms.\n"
          "Examples:\n"
          "  duban forms -o 报送表\n"
          "  duban forms --as-of 2021-06-20 --office 基教股 --office 人事股\n"
          "  duban forms --format csv -o 报送表"));
    return {cmd, [o](const Context& ctx) { return run_forms(*o, ctx); }};
}

}  // namespace duban::cli
