#include "text/i18n.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

namespace {

using duban::Language;

std::map<std::string, std::string> g_env;

const char* fake_getenv(const char* name) {
    auto it = g_env.find(name);
    return it == g_env.end() ? nullptr : it->second.c_str();
}

Language decide(std::map<std::string, std::string> env) {
    g_env = std::move(env);
    return duban::language_from_environment(fake_getenv);
}

}  // namespace

TEST_CASE("the language is chosen from the environment as GNU gettext chooses it") {
    struct Case {
        std::map<std::string, std::string> env;
        Language expected;
    };
    const Case cases[] = {
        {{}, Language::English},
        {{{"LANG", "zh_CN.UTF-8"}}, Language::Chinese},
        {{{"LANG", "zh_CN.GB18030"}}, Language::Chinese},
        {{{"LANG", "zh_TW.UTF-8"}}, Language::Chinese},
        {{{"LANG", "zh"}}, Language::Chinese},
        {{{"LANG", "zu_ZA.UTF-8"}}, Language::English},
        {{{"LANG", "en_US.UTF-8"}}, Language::English},
        {{{"LANG", "C.UTF-8"}}, Language::English},
        // LC_ALL, then LC_MESSAGES, then LANG: the first that is set and not empty.
        {{{"LANG", "zh_CN.UTF-8"}, {"LC_ALL", "C"}}, Language::English},
        {{{"LANG", "en_US.UTF-8"}, {"LC_MESSAGES", "zh_CN.UTF-8"}}, Language::Chinese},
        {{{"LC_ALL", "en_US.UTF-8"}, {"LC_MESSAGES", "zh_CN.UTF-8"}}, Language::English},
        {{{"LC_ALL", ""}, {"LANG", "zh_CN.UTF-8"}}, Language::Chinese},
        // LANGUAGE wins over the locale, unless the locale is C or POSIX.
        {{{"LANG", "C.UTF-8"}, {"LANGUAGE", "zh_CN"}}, Language::Chinese},
        {{{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "zh_CN:en"}}, Language::Chinese},
        {{{"LANG", "zh_CN.UTF-8"}, {"LANGUAGE", "en"}}, Language::English},
        {{{"LANG", "C"}, {"LANGUAGE", "zh_CN"}}, Language::English},
        {{{"LANG", "POSIX"}, {"LANGUAGE", "zh_CN"}}, Language::English},
        {{{"LANGUAGE", "zh_CN"}}, Language::English},
        {{{"LANG", "zh_CN.UTF-8"}, {"LANGUAGE", ""}}, Language::Chinese},
        // A language without a catalogue is passed over; C ends the search.
        {{{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "fr:zh_CN"}}, Language::Chinese},
        {{{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "C:zh_CN"}}, Language::English},
        {{{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "zhx"}}, Language::English},
    };
    for (const Case& c : cases) {
        std::string env;
        for (const auto& [name, value] : c.env) env += name + "=" + value + " ";
        CAPTURE(env);
        CHECK(decide(c.env) == c.expected);
    }
}

TEST_CASE("untranslated, a message is itself and plurals follow English") {
    CHECK(duban::current_language() == Language::English);
    CHECK(std::string(_("Usage")) == "Usage");
    CHECK(std::string(duban::translate_plural("{} task", "{} tasks", 1)) == "{} task");
    CHECK(std::string(duban::translate_plural("{} task", "{} tasks", 2)) == "{} tasks");
    CHECK(duban::tr("{} of {}", 1, 2) == "1 of 2");
}
