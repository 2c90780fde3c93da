// Colour and terminal size: the only code that asks what standard output is.
#pragma once

#include <string>
#include <string_view>

namespace duban::term {

enum class ColourMode { Auto, Always, Never };

// Parses always|never|auto; throws Error (usage) otherwise.
ColourMode parse_colour_mode(std::string_view text);

// Always: yes. Never: no. Auto: only when `fd` is a terminal, NO_COLOR is unset or empty, and
// TERM is not "dumb".
bool colour_enabled(ColourMode mode, int fd);

// The width of the terminal on `fd`; else, also when `fd` is a file or a pipe, $COLUMNS when it
// is a positive number; else 0, meaning "no limit".
int terminal_width(int fd);

enum class Style { None, Bold, Dim, Red, Yellow, Green, Blue, Cyan };

// `text` wrapped in the SGR codes of `style` when `enabled`, else `text` unchanged.
std::string paint(std::string_view text, Style style, bool enabled);

}  // namespace duban::term
