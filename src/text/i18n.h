// Messages in the reader's language: gettext catalogues (po/zh_CN.po, built into
// share/locale/zh_CN/LC_MESSAGES/duban.mo), chosen from the environment the way GNU programs
// choose, but without needing the zh_CN locale to be generated (docs/translation.md).
//
// Mark every message a person reads: _("English") where it is used, N_("English") in a static
// table that is translated later with _(table[i]), and tr("… {} …", args…) for a message with
// fmt placeholders. scripts/update-po.sh extracts them into po/duban.pot.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace duban {

enum class Language { English, Chinese };

// The language the environment asks for, as GNU gettext decides it: the locale named by the
// first non-empty of LC_ALL, LC_MESSAGES, LANG; none, "C" or "POSIX" mean English and LANGUAGE
// is then ignored; otherwise LANGUAGE (a colon-separated list, best first), or else that
// locale, names the languages to try, and the first that is Chinese (zh, zh_CN, zh_TW…) wins,
// an entry "C" or "POSIX" ending the search. `getenv` returns null for an unset variable.
Language language_from_environment(const char* (*getenv)(const char*));

// Starts translating for the environment of this process: when it asks for Chinese and
// zh_CN/LC_MESSAGES/duban.mo is in one of `locale_dirs` (the first that has it is used),
// messages are translated from then on. Works where the zh_CN locale is not generated:
// messages then use the always-present C.UTF-8 locale, with LANGUAGE set to zh_CN for this
// process and the programs it runs. Returns the language in effect.
Language start_translation(const std::vector<std::string>& locale_dirs);

// The language in effect: English until start_translation chose otherwise.
Language current_language();

// `msgid` in the language in effect; msgid itself in English or when it has no translation.
const char* translate(const char* msgid);
// The form of a message that counts `n` things: English has one and many, Chinese one form.
const char* translate_plural(const char* singular, const char* plural, unsigned long n);

// The translation of a message with fmt placeholders ({} or {name}), formatted.
template <typename... Args>
std::string tr(const char* msgid, Args&&... args) {
    return fmt::format(fmt::runtime(translate(msgid)), std::forward<Args>(args)...);
}

}  // namespace duban

#define _(msgid) ::duban::translate(msgid)
#define N_(msgid) msgid
