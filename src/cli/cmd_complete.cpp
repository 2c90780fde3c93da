// duban __complete: the candidates for the word being typed, for the shell completion scripts
// in completions/. Hidden from --help. It reads the command line against the App tree, so every
// command and option is covered as soon as it is declared; values come from the tasks file.
#include <algorithm>
#include <iostream>
#include <optional>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "judge/pace.h"
#include "model/error.h"
#include "text/i18n.h"
#include "text/strings.h"
#include "text/width.h"

namespace duban::cli {

namespace {

// What kind of value an option or positional takes, by its name: the vocabulary of values is
// shared by every command (a --leader is a leader wherever it appears).
enum class Values { Other, Files, Tasks, Leaders, Offices, Categories, Statuses, Lights };

struct NamedValues {
    const char* name;
    Values values;
};

constexpr NamedValues kValuesByName[] = {
    {"--file", Values::Files},      {"--output", Values::Files},
    {"--template", Values::Files},  {"TABLE", Values::Files},
    {"ID", Values::Tasks},          {"--leader", Values::Leaders},
    {"--office", Values::Offices},  {"--partner", Values::Offices},
    {"--by", Values::Offices},      {"--category", Values::Categories},
    {"--status", Values::Statuses}, {"--light", Values::Lights},
    {"FILE", Values::Files},
};

struct Candidate {
    std::string word;
    std::string description;
};

// One line of help text, so that a candidate stays one line.
std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\t') c = ' ';
    return text;
}

Values values_of(const CLI::Option& o) {
    for (const NamedValues& nv : kValuesByName)
        if (o.check_name(nv.name)) return nv.values;
    return Values::Other;
}

// The choices a CLI::IsMember check allows, read from the type name CLI11 shows in --help
// ("TEXT:{table,json,csv}").
std::vector<std::string> member_choices(const CLI::Option& o) {
    std::string type = o.get_type_name();
    size_t open = type.find(":{"), close = type.rfind('}');
    if (open == std::string::npos || close == std::string::npos || close < open) return {};
    std::vector<std::string> choices;
    std::string set = type.substr(open + 2, close - open - 2);
    for (size_t start = 0; start <= set.size();) {
        size_t comma = std::min(set.find(',', start), set.size());
        if (comma > start) choices.push_back(set.substr(start, comma - start));
        start = comma + 1;
    }
    return choices;
}

std::optional<Plan> plan_for(const std::string& file) {
    Context ctx;
    ctx.file = file;
    try {
        return load(ctx).plan;
    } catch (const std::exception&) {
        return std::nullopt;  // no tasks file, or a broken one: complete without its values
    }
}

void add_unique(std::vector<Candidate>& out, const std::string& word, std::string desc = {}) {
    for (const Candidate& c : out)
        if (c.word == word) return;
    out.push_back({word, std::move(desc)});
}

std::vector<Candidate> data_values(Values kind, const Plan& plan) {
    std::vector<Candidate> out;
    for (const Task& t : plan.tasks) {
        if (kind == Values::Tasks)
            add_unique(out, std::to_string(t.id), text::truncate(one_line(t.title), 40));
        if (kind == Values::Leaders)
            for (const std::string& l : t.leaders) add_unique(out, l);
        if (kind == Values::Offices) {
            add_unique(out, t.office);
            for (const std::string& p : t.partners) add_unique(out, p);
        }
    }
    if (kind == Values::Categories)
        for (const std::string& c : plan.categories) add_unique(out, c);
    return out;
}

// The values the option or positional `o` takes. An empty word with description ":file"
// asks the shell to complete file names itself.
std::vector<Candidate> values(const CLI::Option& o, const Slot& slot) {
    std::vector<Candidate> out;
    Values kind = values_of(o);
    if (kind == Values::Statuses) {
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Done, Status::Closed})
            add_unique(out, std::string(status_keyword(s)), std::string(status_label(s)));
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Done, Status::Closed})
            add_unique(out, std::string(status_label(s)), std::string(status_keyword(s)));
    } else if (kind == Values::Lights) {
        for (Light l : {Light::Green, Light::Yellow, Light::Red, Light::Done})
            add_unique(out, std::string(light_keyword(l)), std::string(light_label(l)));
    } else if (kind == Values::Files) {
        out.push_back({":file", ""});
    } else if (kind != Values::Other) {
        if (std::optional<Plan> plan = plan_for(slot.file)) out = data_values(kind, *plan);
    } else {
        for (const std::string& c : member_choices(o)) add_unique(out, c);
        if (out.empty() && o.get_positional()) out.push_back({":file", ""});
    }
    return out;
}

std::vector<Candidate> candidates(const Slot& slot, const std::string& word) {
    std::vector<Candidate> out;
    if (slot.option) return values(*slot.option, slot);
    if (!slot.after_double_dash && starts_with(word, "-")) {
        if (size_t eq = word.find('='); eq != std::string::npos) {
            for (const CLI::Option* o : usable_options(*slot.command))
                if (o->check_name(word.substr(0, eq)) && takes_value(*o))
                    for (Candidate c : values(*o, slot)) {
                        if (c.word != ":file") c.word = word.substr(0, eq + 1) + c.word;
                        out.push_back(c);
                    }
            return out;
        }
        for (const CLI::Option* o : usable_options(*slot.command))
            for (const std::string& name : option_names(*o))
                out.push_back({name, one_line(o->get_description())});
        return out;
    }
    if (slot.positionals_filled == 0 && !slot.after_double_dash)
        for (const CLI::App* sub : visible_subcommands(*slot.command))
            out.push_back({sub->get_name(), one_line(sub->get_description())});
    if (slot.positional)
        for (const Candidate& c : values(*slot.positional, slot)) out.push_back(c);
    return out;
}

int run_complete(const CLI::App& root, std::vector<std::string> words) {
    std::string word = words.empty() ? std::string() : words.back();
    if (!words.empty()) words.pop_back();
    Slot slot = read_partial(root, words);
    for (const Candidate& c : candidates(slot, word)) {
        if (c.word == ":file") {
            std::cout << ":file\n";
            continue;
        }
        if (!starts_with(c.word, word)) continue;
        std::cout << c.word;
        if (!c.description.empty()) std::cout << '\t' << c.description;
        std::cout << '\n';
    }
    return kExitOk;
}

}  // namespace

Command setup_complete(CLI::App& app) {
    auto words = std::make_shared<std::vector<std::string>>();
    CLI::App* cmd = app.add_subcommand("__complete", _("candidates for the word being typed"));
    cmd->group("");  // hidden: for the completion scripts, not for people
    cmd->fallthrough(false);
    cmd->add_option("WORDS", *words, _("the words after 'duban', the last one being typed"));
    cmd->footer(
        _("Prints one candidate per line, a tab and a description after it where there is one;\n"
          "':file' means the word is a file name for the shell to complete.\n"
          "Example:\n  duban __complete -- list --leader 何"));
    const CLI::App* root = &app;
    return {cmd, [words, root](const Context&) { return run_complete(*root, *words); }};
}

}  // namespace duban::cli
