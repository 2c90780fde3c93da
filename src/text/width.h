// Display width of UTF-8 text, and cutting, wrapping and padding by it: Chinese characters take
// two terminal columns, combining marks none, so byte or code-point counts never align a table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duban::text {

// The number of terminal columns `utf8` takes, by utf8proc's width of each code point: 2 for
// CJK and other wide characters, 0 for combining marks and control characters, 1 for the rest.
// A tab counts as 1, as if it were a space (the table turns tabs into spaces to make that true).
// A byte that does not start a valid UTF-8 sequence counts as 1 and decoding resumes after it.
// East Asian "ambiguous" characters (… “ ” ─) count as 1, as utf8proc and most terminals do.
int display_width(std::string_view utf8);

// `s` cut to at most `width` columns. When `s` already fits it comes back unchanged; otherwise
// it is cut on a code-point boundary (never half a wide character, combining marks stay with
// their base) and `ellipsis` is appended, its width counting toward `width`; spaces and opening
// punctuation (“ （ 《) the cut would end in are dropped before it. When even the
// ellipsis does not fit, `s` is cut to `width` with no ellipsis. A width <= 0 gives "".
std::string truncate(std::string_view s, int width, std::string_view ellipsis = "…");

// `s` broken into lines of at most `width` columns. Chinese may break between any two wide
// characters; Latin words break at spaces, and only a word longer than a line is broken inside.
// Closing punctuation (，。、；：？！）」』”’》 and kin) is kept off the start of a line and
// opening punctuation (（「『“‘《) off the end by carrying the neighbouring character along
// (kinsoku); only a line too narrow for the pair breaks them apart. Spaces where a line breaks are
// dropped, so no line ends in a space; a paragraph's leading spaces are kept when they fit.
// Each '\n' (or "\r\n") ends a line, and a final one does not open an empty line. A single
// character wider than `width` sits alone on its line. A width <= 0 means no limit. Never
// returns an empty vector: "" gives {""}.
std::vector<std::string> wrap(std::string_view s, int width);

// `s` followed (pad_right) or preceded (pad_left) by ASCII spaces up to `width` columns;
// unchanged when it is already that wide or wider.
std::string pad_right(std::string_view s, int width);
std::string pad_left(std::string_view s, int width);

}  // namespace duban::text
