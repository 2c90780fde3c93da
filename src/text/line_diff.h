// Differences between two texts, line by line, as `diff -u` and `git diff` show them.
#pragma once

#include <string>
#include <string_view>

namespace duban {

// A unified diff that turns `before` into `after`: `--- name` and `+++ name` headers, then
// `@@ -a,b +c,d @@` hunks with 3 lines of context, from a shortest edit script (Myers).
// Empty when the texts are equal. Lines keep their own endings, CR included, as git shows
// them; a last line without a newline is followed by "\ No newline at end of file".
std::string unified_diff(std::string_view before, std::string_view after, const std::string& name);

}  // namespace duban
