#include "text/i18n.h"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace duban {

namespace {

constexpr const char* kDomain = "duban";
constexpr const char* kCatalogueLanguage = "zh_CN";
Language g_language = Language::English;

const char* first_set(const char* (*getenv)(const char*),
                      std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (const char* value = getenv(name); value && *value) return value;
    return nullptr;
}

bool is_c_locale(std::string_view name) {
    return name == "C" || name == "POSIX";
}

}  // namespace

Language language_from_environment(const char* (*getenv)(const char*)) {
    const char* locale = first_set(getenv, {"LC_ALL", "LC_MESSAGES", "LANG"});
    if (!locale || is_c_locale(locale)) return Language::English;
    const char* language = first_set(getenv, {"LANGUAGE"});
    std::string_view list = language ? language : locale;
    while (!list.empty()) {
        size_t colon = list.find(':');
        std::string_view entry = list.substr(0, colon);
        if (is_c_locale(entry)) return Language::English;
        // "zh", "zh_CN", "zh_CN.UTF-8", "zh_TW@…": any Chinese. Other languages have no
        // catalogue, so gettext would go on to the next entry; so do we.
        if (entry.substr(0, 2) == "zh" &&
            (entry.size() == 2 || entry[2] == '_' || entry[2] == '.' || entry[2] == '@'))
            return Language::Chinese;
        list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
    }
    return Language::English;
}

Language start_translation(const std::vector<std::string>& locale_dirs) {
    g_language = Language::English;
    if (language_from_environment(
            [](const char* name) -> const char* { return std::getenv(name); }) != Language::Chinese)
        return g_language;
    std::string dir;
    std::error_code ec;
    for (const std::string& candidate : locale_dirs) {
        std::filesystem::path mo = std::filesystem::path(candidate) / kCatalogueLanguage /
                                   "LC_MESSAGES" / (std::string(kDomain) + ".mo");
        if (std::filesystem::is_regular_file(mo, ec)) {
            dir = candidate;
            break;
        }
    }
    if (dir.empty()) return g_language;
    // gettext ignores LANGUAGE only when the messages locale is exactly "C". Where the locale
    // the environment names is not generated, setlocale fails and would leave "C": C.UTF-8,
    // which glibc always has, keeps LANGUAGE in force. Only LC_MESSAGES changes: number
    // formatting and character classes stay those of the C locale the program was written for.
    if (!std::setlocale(LC_MESSAGES, "") ||
        std::string_view(std::setlocale(LC_MESSAGES, nullptr)) == "C")
        std::setlocale(LC_MESSAGES, "C.UTF-8");
    setenv("LANGUAGE", kCatalogueLanguage, 1);
    if (!bindtextdomain(kDomain, dir.c_str())) return g_language;
    bind_textdomain_codeset(kDomain, "UTF-8");  // whatever the locale's character set
    g_language = Language::Chinese;
    return g_language;
}

Language current_language() {
    return g_language;
}

const char* translate(const char* msgid) {
    // gettext("") is the catalogue's header, never a message.
    if (g_language == Language::English || !msgid || !*msgid) return msgid;
    return dgettext(kDomain, msgid);
}

const char* translate_plural(const char* singular, const char* plural, unsigned long n) {
    if (g_language == Language::English) return n == 1 ? singular : plural;
    return dngettext(kDomain, singular, plural, n);
}

}  // namespace duban
