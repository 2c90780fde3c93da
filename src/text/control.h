// Control characters in text that came from a file, a table or a person: found, and shown
// escaped so that they never reach a terminal raw (an ESC there can clear the screen, retitle
// the window or fake output).
#pragma once

#include <string>
#include <string_view>

namespace duban {

// What counts as a control character: C0 (U+0000–U+001F) and DEL (U+007F), and C1
// (U+0080–U+009F, which some terminals obey as well: U+009B starts a sequence like ESC [).
// Tab, line feed and the CR of a CRLF are layout, not control, when `layout_ok` is true.
// Returns the byte offset of the first one in `text`, or npos.
size_t find_control(std::string_view text, bool layout_ok = true);

// `text` with each control character written as an escape a person can read and a terminal
// does not obey: \x1B for C0 and DEL, \u009B for C1 (the spelling YAML's double-quoted strings
// use, so it can be searched for in the file). Tab, LF and CRLF stay when `layout_ok`.
// Bytes that are not UTF-8 are left as they are (the loaders refuse them long before).
std::string escape_controls(std::string_view text, bool layout_ok = true);

// The control character at `offset` of `text` (find_control's answer) in escape_controls'
// spelling, for messages: "\x1B".
std::string control_at(std::string_view text, size_t offset);

}  // namespace duban
