#include "cli/cli11_words.h"

#include <cctype>
#include <regex>

#include <fmt/args.h>

#include "text/i18n.h"
#include "text/width.h"

namespace duban::cli {

namespace {

// The labels CLI11's formatter looks up with get_label, and the type names it prints.
const char* const kLabels[] = {N_("Usage"),       N_("OPTIONS"),    N_("SUBCOMMAND"),
                               N_("SUBCOMMANDS"), N_("REQUIRED"),   N_("Needs"),
                               N_("Excludes"),    N_("Env"),        N_("Positionals"),
                               N_("Options"),     N_("Subcommands")};
const char* const kTypeNames[] = {N_("TEXT"),  N_("INT"),  N_("UINT"),
                                  N_("FLOAT"), N_("DATE"), N_("DAYS")};

class Formatter : public CLI::Formatter {
  public:
    Formatter() {
        for (const char* label : kLabels) this->label(label, _(label));
    }

    // Group titles are the option groups' names; the built-in ones are translated, and the
    // colon after a title is the language's own (full-width in Chinese).
    std::string make_group(std::string group, bool is_positional,
                           std::vector<const CLI::Option*> opts) const override {
        std::string out = "\n" + title(group) + "\n";
        for (const CLI::Option* opt : opts) out += make_option(opt, is_positional);
        return out;
    }

    std::string make_usage(const CLI::App* app, std::string name) const override {
        std::string out = CLI::Formatter::make_usage(app, std::move(name));
        std::string plain = get_label("Usage") + ":";
        if (out.compare(0, plain.size(), plain) == 0)
            out = title("Usage") + out.substr(plain.size());
        return out;
    }

    // CLI11 pads the left column by bytes; a translated type name (文本) is wider in bytes
    // than on screen, so pad by display width.
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
        std::string desc = make_option_desc(opt);
        int wid = static_cast<int>(get_column_width());
        std::string out = desc.empty() ? name : text::pad_right(name, wid);
        if (!desc.empty() && text::display_width(name) >= wid) out += "\n" + std::string(wid, ' ');
        for (char c : desc) {
            out += c;
            if (c == '\n') out += std::string(wid, ' ');
        }
        return out + "\n";
    }

    // " TEXT:{a,b}" or " INT REQUIRED": the type name at the front, translated.
    std::string make_option_opts(const CLI::Option* opt) const override {
        std::string opts = CLI::Formatter::make_option_opts(opt);
        for (const char* type : kTypeNames) {
            std::string word = std::string(" ") + type;
            if (opts.compare(0, word.size(), word) == 0 &&
                (opts.size() == word.size() || !std::isalpha((unsigned char)opts[word.size()])))
                return " " + std::string(_(type)) + opts.substr(word.size());
        }
        return opts;
    }

    // CLI11 prints the subcommands' group ("Subcommands") as it is; translate it.
    std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override {
        std::string out = CLI::Formatter::make_subcommands(app, mode);
        const std::string plain = "\nSubcommands:\n";
        if (out.compare(0, plain.size(), plain) == 0)
            out = "\n" + title("Subcommands") + "\n" + out.substr(plain.size());
        return out;
    }

  private:
    // "Options:" → "选项：".
    static std::string title(const std::string& name) {
        // TRANSLATORS: a heading in --help, such as "Options:"; {} is the heading's name.
        return tr("{}:", _(name.c_str()));
    }
};

struct Rewording {
    std::regex pattern;
    const char* message;  // fmt placeholders {0}, {1}… are the pattern's groups
};

// Every message shape of CLI11 2.1 that a mistyped command line can produce.
const std::vector<Rewording>& rewordings() {
    static const std::vector<Rewording> table = {
        {std::regex("(.+) is required"), N_("{0} is required")},
        {std::regex("A subcommand is required"), N_("a command is required")},
        {std::regex("(.+): (.+) not in \\{(.*)\\}"), N_("{0}: '{1}' is not one of {2}")},
        {std::regex("(.+): Value (.+) not in range (.+) to (.+)"),
         N_("{0}: {1} is not between {2} and {3}")},
        {std::regex("(.+): File does not exist: (.+)"), N_("{0}: no such file: {1}")},
        {std::regex("(.+): Directory does not exist: (.+)"), N_("{0}: no such folder: {1}")},
        {std::regex("(.+): Path does not exist: (.+)"), N_("{0}: no such file or folder: {1}")},
        {std::regex("(.+): ([0-9]+) required (.+) missing"), N_("{0} needs a value")},
        {std::regex("(.+) requires (.+)"), N_("{0} needs {1} too")},
        {std::regex("(.+) excludes (.+)"), N_("{0} cannot be used with {1}")},
        {std::regex("The following arguments? (?:was|were) not expected: (.+)"),
         N_("unexpected arguments: {0}")},
        {std::regex("(.+): too many inputs for a flag"), N_("{0} takes no value")},
        {std::regex("(.+): Should be true/false or a number"),
         N_("{0}: the value should be true, false or a number")},
        {std::regex("Could not convert: (.+) = (.+)"), N_("{0} takes a whole number, not '{1}'")},
        {std::regex("Expected exactly ([0-9]+) arguments to (.+), got ([0-9]+)"),
         N_("{1} takes {0} values, not {2}")},
    };
    return table;
}

}  // namespace

void translate_cli11(CLI::App& app) {
    app.formatter(std::make_shared<Formatter>());
    app.set_help_flag("-h,--help", _("Print this help message and exit"));
}

std::string cli11_message(const CLI::Error& e) {
    std::string what = e.what();
    // English keeps CLI11's own wording, which scripts and transcripts may already rely on.
    if (current_language() == Language::English) return what;
    std::smatch m;
    for (const Rewording& r : rewordings()) {
        if (!std::regex_match(what, m, r.pattern)) continue;
        fmt::dynamic_format_arg_store<fmt::format_context> args;
        for (size_t i = 1; i < m.size(); ++i) args.push_back(m[i].str());
        return fmt::vformat(_(r.message), args);
    }
    return what;
}

}  // namespace duban::cli
