// Names of people and offices as table cells hold them: several to a cell, padded to line up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duban {

// The names in one cell of 责任领导 or 协办股室（单位）, in order. Names are separated by half- or
// full-width spaces, 、，,；; / ／ or line breaks. Padding inside a name is undone: a run of
// single CJK characters separated only by spaces is rejoined in pairs ("何 军" and "何　军" are
// 何军; "何 军 戴方栋" is 何军 and 戴方栋), three of them make one three-character name and an
// odd run ends in a three-character name. Anything else, 局长办公会成员 and 相关股室 included,
// is kept as written. An empty cell gives no names.
std::vector<std::string> split_names(std::string_view cell);

}  // namespace duban
