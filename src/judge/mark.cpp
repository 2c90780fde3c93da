#include "judge/mark.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/error.h"
#include "model/typed_input.h"
#include "text/control.h"
#include "text/diagnostic.h"
#include "text/encoding.h"
#include "text/i18n.h"

namespace duban {

namespace {

[[noreturn]] void usage(const std::string& message) {
    throw Error(message, kExitUsage);
}

int parse_progress(const std::string& typed, const FieldNames& names) {
    Typed<int> progress = read_progress(typed);
    if (!progress) usage(names.progress + ": " + tr(progress.problem, typed, 0, 100));
    return *progress.value;
}

Status status_for(const MarkRequest& r, int progress) {
    if (r.status.empty())
        return progress == 0     ? Status::NotStarted
               : progress == 100 ? Status::Done
                                 : Status::InProgress;
    Typed<Status> s = read_status(r.status);
    if (!s)
        usage(tr(N_("{0}: {1}; use {2}"), r.names.status, tr(s.problem, r.status),
                 _(status_choices())));
    return *s.value;
}

void check_text(std::string_view option, const std::string& text) {
    if (!is_valid_utf8(text))
        usage(
            tr(N_("{0} is not UTF-8 text; set the terminal to UTF-8 (LANG=zh_CN.UTF-8)"), option));
    // An escape sequence typed or pasted into a note would reach every terminal that lists it.
    if (size_t at = find_control(text); at != std::string::npos)
        usage(tr(N_("{0} holds a control character ({1} at character {2}); type plain text (line "
                    "breaks and tabs are fine)"),
                 option, control_at(text, at), count_chars(text.substr(0, at)) + 1));
}

// How to override a rule about order, said after the rule: mark's options, or on a form,
// collect's --force with the reason in the form's note column.
std::string override_hint(const FieldNames& names) {
    if (names.form)
        return tr(N_("; if that is right, collect it with --force and say why in {0}"), names.note);
    return _("; if that is right, add --force and say why in --note");
}

void check_status(const Update& u, const MarkRequest& r) {
    // TRANSLATORS: a status as its keyword ({0}, e.g. not-started) and its label ({1}, 未启动).
    std::string name = tr(N_("{0} ({1})"), status_keyword(u.status), status_label(u.status));
    if (is_finished(u.status) && u.progress != 100)
        usage(tr(N_("status {0} means progress 100, not {1}"), name, u.progress));
    if (u.status == Status::NotStarted && u.progress != 0)
        usage(tr(N_("status {0} means progress 0, not {1}"), name, u.progress));
    if (u.status != Status::Closed) return;
    if (u.evidence.empty() && r.names.form)
        usage(tr(N_("closing a task (销号) needs at least one item in {0} (a file or a document "
                    "number)"),
                 r.names.evidence));
    if (u.evidence.empty())
        usage(
            _("closing a task (销号) needs at least one --evidence item (佐证材料: a file or "
              "a document number)"));
    if (r.by.empty() && r.names.form)
        usage(tr(N_("closing a task (销号) needs {0} naming who signed it off"), r.names.by));
    if (r.by.empty()) usage(_("closing a task (销号) needs --by naming who signed it off"));
}

}  // namespace

Update make_update(const MarkRequest& r, Date today, int plan_year) {
    Update u;
    u.progress = parse_progress(r.progress, r.names);
    u.status = status_for(r, u.progress);
    u.date = today;
    if (!r.date.empty()) {
        Typed<Date> d = read_date(r.date, plan_year);
        if (!d) usage(r.names.date + ": " + tr(d.problem, r.date));
        u.date = *d.value;
    }
    const FieldNames& n = r.names;
    for (auto [name, text] : {std::pair{&n.note, &r.note},
                              {&n.problems, &r.problems},
                              {&n.next, &r.next},
                              {&n.by, &r.by}})
        check_text(*name, *text);
    for (const auto& e : r.evidence) {
        check_text(n.evidence, e);
        if (e.empty()) usage(_("--evidence must name a file or a document, not be empty"));
    }
    u.note = r.note;
    u.problems = r.problems;
    u.next = r.next;
    u.by = r.by;
    u.evidence = r.evidence;
    check_status(u, r);
    if (r.force && r.note.empty())
        usage(_("--force needs a --note saying why the progress goes down or the date goes back"));
    return u;
}

void check_against_task(const Task& task, const Update& u, bool force, const FieldNames& names) {
    const Update* latest = task.latest();
    if (!latest || force) return;
    Date last_date = latest->date;
    for (const auto& e : task.updates) last_date = std::max(last_date, e.date);
    if (u.progress < latest->progress)
        usage(tr(N_("task {0}: progress {1}% is lower than its latest update's {2}% ({3})"),
                 task.id, u.progress, latest->progress, latest->date.str()) +
              override_hint(names));
    if (u.date < last_date)
        usage(tr(N_("task {0}: date {1} is before its latest update ({2})"), task.id, u.date.str(),
                 last_date.str()) +
              override_hint(names));
}

void check_date(const Plan& plan, const Update& u, Date today, bool force) {
    if (force) return;
    if (u.date > today)
        usage(tr(N_("--date {0} is after today: a report cannot be dated in the future; if that "
                    "is right, add --force and say why in --note"),
                 u.date.str()));
    if (u.date < plan.start)
        usage(tr(N_("--date {0} is before the plan starts ({1}); if that is right, add --force and "
                    "say why in --note"),
                 u.date.str(), plan.start.str()));
}

}  // namespace duban
