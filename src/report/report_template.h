// Report templates: finding one, checking it against a view model, rendering it (Mustache, by
// kainjow's header-only engine). docs/templates.md is the user's guide.
#pragma once

#include <string>
#include <vector>

#include "report/json.h"

namespace duban {

// How {{name}} escapes a value ({{{name}}} and {{&name}} never do): HTML escapes & < > " ';
// Markdown escapes | and turns line breaks into <br> so a value stays inside its table cell;
// plain text leaves values as they are.
enum class TemplateEscape { None, Html, Markdown };

struct TemplateText {
    std::string path;  // where it was read from, for messages
    std::string text;
};

// The folders searched for a template, in order: templates/ beside the tasks file, then
// $DUBAN_TEMPLATES, then the installed folder (DUBAN_TEMPLATE_DIR), then the build tree's
// templates/ (a link to the source's), for a build that was never installed.
std::vector<std::string> template_dirs(const std::string& tasks_file);

// The template `explicit_path` when it is not empty, else the first file called `name` in
// template_dirs(tasks_file). Throws Error naming the folders searched when there is none.
TemplateText find_template(const std::string& name, const std::string& explicit_path,
                           const std::string& tasks_file);

// Renders `tmpl` with `view`. Before anything is rendered the template is parsed and every tag
// is checked against the view model, with the context each section opens: a broken tag or
// section, a name the view model lacks (in any item of a list), {{x}} naming a list, object or
// true/false, a section over text or a number, and partials each throw Error as
// "file:line:column: message" with the line and a caret. Names inside a section over an empty
// list cannot be checked against data and are not. Numbers render in JSON form (3, 22.2).
std::string render_template(const TemplateText& tmpl, const Json& view, TemplateEscape escape);

}  // namespace duban
