// Reports as Word documents (.docx), laid out after GB/T 9704-2012 (docs/templates.md, "Word").
#pragma once

#include <string>

#include "report/json.h"

namespace duban {

// The .docx of a report's view model (report_view), any kind. Without a template it is a new
// document: A4, the official margins and faces, the bulletin with its red masthead, 落款, the
// attachment table on landscape pages and the 版记 last, page numbers — 1 — at the foot.
// With `template_bytes` (a user's .docx) every part of the template is kept but its body: its
// {{field}} placeholders are filled from the view model, and a paragraph holding only {{body}}
// is replaced by the report (docs/templates.md). `template_name` names it in errors. The same
// view and template always give the same bytes.
std::string report_docx(const Json& view, const std::string& template_bytes = {},
                        const std::string& template_name = {});

}  // namespace duban
