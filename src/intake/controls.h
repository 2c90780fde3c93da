// Control characters in an imported table. Text copied out of Word carries a few that stand
// for layout (a manual line break is U+000B, a page break U+000C, a cell's end U+0007, a
// non-breaking hyphen U+001E, an optional hyphen U+001F); any other control character (NUL,
// ESC …) means a damaged file or one read in the wrong encoding, and must not reach
// tasks.yaml or a terminal.
#pragma once

#include <string>

#include "intake/grid.h"

namespace duban {

// `text` with Word's layout controls as what they stand for: U+000B and U+000C a line break,
// U+001E a hyphen, U+0007 and U+001F nothing. Other control characters are left in place.
std::string word_layout_controls(std::string text);

// Applies word_layout_controls to every cell and paragraph of `grid`, then throws Error
// (data) naming the file and the cell's place ("通知.txt:12:5", "Sheet1!C7") when one still
// holds a control character (tab and line breaks are layout and stay).
void clean_controls(Grid& grid);

}  // namespace duban
