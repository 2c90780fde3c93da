#include "cli/command_line.h"

#include <utility>

#include "text/diagnostic.h"

namespace duban::cli {

namespace {

bool is_option_word(const std::string& w) {
    // "-5" is a value (a negative number), "-" is standard input: neither is an option.
    return w.size() > 1 && w[0] == '-' && !(w[1] >= '0' && w[1] <= '9');
}

const CLI::App* find_subcommand(const CLI::App& command, const std::string& word) {
    auto found = command.get_subcommands(
        [&](const CLI::App* sub) { return !sub->get_disabled() && sub->check_name(word); });
    return found.empty() ? nullptr : found.front();
}

const CLI::Option* find_option(const CLI::App& command, const std::string& name) {
    for (const CLI::Option* o : usable_options(command))
        if (o->check_name(name)) return o;
    if (const CLI::Option* help = command.get_help_ptr(); help && help->check_name(name))
        return help;
    return nullptr;
}

// Two letters swapped ("lsit", "--stauts") is the commonest typo, and two edits by Levenshtein's
// count, more than nearest() allows a short word: it is suggested too, as is the one name a
// word of two or more letters begins.
std::string suggest(const std::string& word, const std::vector<std::string>& names) {
    if (std::string near = nearest(word, names); !near.empty()) return near;
    for (const std::string& name : names) {
        if (name.size() != word.size()) continue;
        for (size_t i = 0; i + 1 < word.size(); ++i) {
            std::string swapped = word;
            std::swap(swapped[i], swapped[i + 1]);
            if (swapped == name) return name;
        }
    }
    std::vector<std::string> starting;
    for (const std::string& name : names)
        if (word.size() >= 2 && name.compare(0, word.size(), word) == 0) starting.push_back(name);
    return starting.size() == 1 ? starting.front() : std::string();
}

std::vector<std::string> long_option_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::Option* o : usable_options(command))
        for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
    return names;
}

std::vector<std::string> subcommand_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::App* sub : visible_subcommands(command)) names.push_back(sub->get_name());
    return names;
}

// A walk over a command line, one word at a time, the way CLI11 reads it.
class Walker {
  public:
    explicit Walker(const CLI::App& root) { slot_.command = &root; }

    // Reads one whole word. Returns false at the first word that names nothing.
    bool step(const std::string& word) {
        if (slot_.option) return take_value(word);
        if (!slot_.after_double_dash && word == "--") {
            slot_.after_double_dash = true;
            return true;
        }
        if (!slot_.after_double_dash && is_option_word(word)) return option(word);
        return positional(word);
    }

    const Slot& slot() {
        slot_.positional = next_positional();
        return slot_;
    }
    const Unknown& unknown() const { return unknown_; }

  private:
    bool take_value(const std::string& word) {
        if (slot_.option->check_name("--file")) slot_.file = word;
        slot_.option = nullptr;
        return true;
    }

    bool option(const std::string& word) {
        bool is_long = word.compare(0, 2, "--") == 0;
        size_t eq = word.find('=');
        std::string name = is_long ? word.substr(0, eq) : word.substr(0, 2);
        const CLI::Option* o = find_option(*slot_.command, name);
        if (!o) {
            unknown_.kind = Unknown::Kind::Option;
            unknown_.word = name;
            // A one-letter option is one edit from every other: only long ones are suggested.
            if (is_long) unknown_.suggestion = suggest(name, long_option_names(*slot_.command));
            return false;
        }
        bool value_attached = is_long ? eq != std::string::npos : word.size() > 2;
        if (takes_value(*o) && !value_attached) slot_.option = o;
        if (takes_value(*o) && value_attached && o->check_name("--file"))
            slot_.file = is_long ? word.substr(eq + 1) : word.substr(2);
        return true;
    }

    bool positional(const std::string& word) {
        if (slot_.positionals_filled == 0 && !slot_.after_double_dash) {
            if (const CLI::App* sub = find_subcommand(*slot_.command, word)) {
                slot_.command = sub;
                return true;
            }
        }
        if (next_positional()) {
            slot_.positionals_filled++;
            return true;
        }
        if (!visible_subcommands(*slot_.command).empty() && slot_.positionals_filled == 0) {
            unknown_.kind = Unknown::Kind::Command;
            unknown_.word = word;
            unknown_.suggestion = suggest(word, subcommand_names(*slot_.command));
            return false;
        }
        return true;  // an extra argument: CLI11's own message says so
    }

    // The positional the next plain word fills, counting how many each one takes.
    const CLI::Option* next_positional() const {
        int before = 0;
        for (const CLI::Option* p : positionals(*slot_.command)) {
            int takes = p->get_items_expected_max();
            if (slot_.positionals_filled < before + takes) return p;
            before += takes;
        }
        return nullptr;
    }

    Slot slot_;
    Unknown unknown_;
};

}  // namespace

Slot read_partial(const CLI::App& root, const std::vector<std::string>& words) {
    Walker w(root);
    for (const std::string& word : words) w.step(word);
    return w.slot();
}

Unknown find_unknown(const CLI::App& root, const std::vector<std::string>& args) {
    Walker w(root);
    for (const std::string& word : args)
        if (!w.step(word)) {
            Unknown u = w.unknown();
            u.command = w.slot().command;
            return u;
        }
    return {};
}

std::vector<const CLI::App*> visible_subcommands(const CLI::App& command) {
    return command.get_subcommands([](const CLI::App* sub) {
        return !sub->get_disabled() && !sub->get_group().empty() && !sub->get_name().empty();
    });
}

std::vector<const CLI::Option*> usable_options(const CLI::App& command) {
    std::vector<const CLI::Option*> all;
    for (const CLI::App* app = &command; app; app = app->get_parent()) {
        for (const CLI::Option* o : app->get_options()) {
            if (!o->nonpositional() || o->get_group().empty()) continue;
            // Every command has its own --help: the nearest one wins, as in CLI11.
            bool shadowed = false;
            for (const CLI::Option* seen : all)
                for (const std::string& name : option_names(*o)) shadowed |= seen->check_name(name);
            if (!shadowed) all.push_back(o);
        }
        if (!app->get_fallthrough()) break;
    }
    return all;
}

std::vector<const CLI::Option*> positionals(const CLI::App& command) {
    return command.get_options([](const CLI::Option* o) { return o->get_positional(); });
}

bool takes_value(const CLI::Option& option) {
    return option.get_type_size_max() > 0;
}

std::vector<std::string> option_names(const CLI::Option& option) {
    std::vector<std::string> names;
    for (const std::string& l : option.get_lnames()) names.push_back("--" + l);
    for (const std::string& s : option.get_snames()) names.push_back("-" + s);
    return names;
}

}  // namespace duban::cli
