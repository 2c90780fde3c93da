// Reading a command line, or the start of one, against the CLI11 App tree: the commands and
// options every setup_X function declared. Completion and "did you mean" both use it, so they
// cover every command without a list kept by hand.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace duban::cli {

// Where a partial command line leaves the word being typed.
struct Slot {
    const CLI::App* command = nullptr;        // the innermost command named so far
    const CLI::Option* option = nullptr;      // the option whose value the word is, if any
    const CLI::Option* positional = nullptr;  // the positional the word would fill, if any
    int positionals_filled = 0;               // positional words `command` has received
    bool after_double_dash = false;           // "--" was typed: no more options
    std::string file;                         // the value of -f/--file, if typed
};

// Reads `words` (the arguments after the program name) as CLI11 would, and says what the word
// after them may be. Words it does not recognise are skipped as CLI11 would reject them.
Slot read_partial(const CLI::App& root, const std::vector<std::string>& words);

// The first word of a command line that names no command or option.
struct Unknown {
    enum class Kind { None, Command, Option } kind = Kind::None;
    const CLI::App* command = nullptr;  // the command it was typed after
    std::string word;                   // as typed, without any "=value"
    std::string suggestion;             // the nearest valid name, or empty when none is close
};

// Reads a whole command line (the arguments after the program name) and returns the first
// mistyped command or option in it, with its nearest valid spelling.
Unknown find_unknown(const CLI::App& root, const std::vector<std::string>& args);

// The visible subcommands of `command` (hidden ones, such as __complete, are left out).
std::vector<const CLI::App*> visible_subcommands(const CLI::App& command);

// The options usable after `command`: its own and, as CLI11's fallthrough allows, those of the
// commands above it. Positionals and hidden options are left out.
std::vector<const CLI::Option*> usable_options(const CLI::App& command);

// The positional arguments of `command`, in the order they are filled.
std::vector<const CLI::Option*> positionals(const CLI::App& command);

// Whether `option` takes a value (a flag does not).
bool takes_value(const CLI::Option& option);

// The option's spellings: "--leader", "-s", "--status".
std::vector<std::string> option_names(const CLI::Option& option);

}  // namespace duban::cli
