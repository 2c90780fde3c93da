// The body of each kind of report as WordprocessingML, from its view model. Used by docx.cpp.
#pragma once

#include <functional>
#include <string>

#include "report/docx_xml.h"
#include "report/json.h"

namespace duban::docx {

// Fills an empty w:sectPr with the settings of a portrait or landscape section.
using SectionFiller = std::function<void(pugi::xml_node sect_pr, bool landscape)>;

// Writes the report into `at`: the portrait part (masthead, title, text, 落款), a paragraph
// ending that section (its w:sectPr filled by `section`), then the landscape part (the tables
// and, for the bulletin, the 版记). The landscape section's own w:sectPr is the caller's: it
// closes the document body.
// Without `masthead` the bulletin leaves out its own 版头: a user's template brings one.
void write_body(const Json& view, const Sink& at, const SectionFiller& section, bool masthead);

// A view model's value at a dotted path (plan.title, totals.red.count) as text: strings as they
// are, numbers in decimal, true/false; nullopt-like empty flag when the path is missing.
bool lookup(const Json& view, const std::string& path, std::string& out);

}  // namespace duban::docx
