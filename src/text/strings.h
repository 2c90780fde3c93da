// Small facts about byte strings that every room asks: prefixes, suffixes, line endings.
#pragma once

#include <string_view>

namespace duban {

// Whether `s` begins with `prefix` (byte for byte).
bool starts_with(std::string_view s, std::string_view prefix);
// Whether `s` ends with `suffix` (byte for byte).
bool ends_with(std::string_view s, std::string_view suffix);

// The line ending a text uses, judged by its first line: "\r\n" when that line ends so, "\n"
// otherwise (and for text with no line break). Edits write new lines with it.
std::string_view line_ending(std::string_view text);
// `line` without one trailing '\r': a line of CRLF text split at '\n'.
std::string_view without_cr(std::string_view line);

}  // namespace duban
