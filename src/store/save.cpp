#include "store/save.h"

#include <regex>

#include <fmt/format.h>

#include "text/encoding.h"

namespace duban {

namespace {

// Scalars a YAML 1.1 or 1.2 reader resolves to something other than a string: numbers in
// every base and with 1.1's underscores and sexagesimal colons, floats, infinities, NaN,
// timestamps, and 1.1's merge and value keys. A superset is harmless: it only adds quotes.
bool looks_like_non_string(std::string_view text) {
    // All such forms are short ASCII; skipping the rest keeps std::regex's recursion away from
    // long task texts.
    if (text.size() > 40) return false;
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    static const std::regex kForms(
        "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])*"                        // 100 0755 1_000 12:30
        "|[-+]?0b[01_]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-f_]+"          // 0b1 0o17 0x1F
        "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*(e[-+]?[0-9]+)?"          // 3.5 .5 1. 1.5e3
        "|[-+]?[0-9][0-9_]*e[-+]?[0-9]+"                          // 1e3
        "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"             // 190:20:30.15
        "|[-+]?\\.inf|\\.nan"                                     //
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"                         // 2021-12-31
        "(([t]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"  //   t21:59:43.10
        "([ \\t]*(z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?"              //   -05:00
        "|=|<<|~|null|true|false|yes|no|on|off|y|n",
        std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
    return std::regex_match(text.begin(), text.end(), kForms);
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Characters a reader would fold, drop or reject in a plain scalar, and which need an escape
// inside double quotes. Tabs are here too: editors turn them into spaces unseen.
bool needs_escape(char32_t cp) {
    return cp < 0x20 || cp == '"' || cp == '\\' || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

char32_t first_code_point(std::string_view text) {
    char32_t cp = 0;
    decode_utf8(text, 0, &cp);
    return cp;
}

char32_t last_code_point(std::string_view text) {
    size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    char32_t cp = 0;
    decode_utf8(text, start, &cp);
    return cp;
}

bool has_unsafe_character(std::string_view text, bool in_flow) {
    for (size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const int n = decode_utf8(text, i, &cp);
        if (n == 0) return true;
        // '"' and '\\' are fine inside plain text; only a leading '"' matters, checked apart.
        if (needs_escape(cp) && cp != '"' && cp != '\\') return true;
        if (in_flow && (cp == ',' || cp == '[' || cp == ']' || cp == '{' || cp == '}' || cp == '?'))
            return true;
        i += n;
    }
    return false;
}

bool needs_quotes(std::string_view text, bool in_flow) {
    static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
    if (text.empty()) return true;
    if (kIndicators.find(text.front()) != std::string_view::npos) return true;
    if (is_space(first_code_point(text)) || is_space(last_code_point(text))) return true;
    if (text.back() == ':' || text.find(": ") != std::string_view::npos ||
        text.find(" #") != std::string_view::npos)
        return true;
    return has_unsafe_character(text, in_flow) || looks_like_non_string(text);
}

std::string escape_code_point(char32_t cp) {
    switch (cp) {
        case '"':
            return "\\\"";
        case '\\':
            return "\\\\";
        case '\n':
            return "\\n";
        case '\t':
            return "\\t";
    }
    return cp <= 0xFF ? fmt::format("\\x{:02X}", static_cast<unsigned>(cp))
                      : fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
}

std::string double_quoted(std::string_view text) {
    std::string out = "\"";
    for (size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const int n = decode_utf8(text, i, &cp);
        if (n == 0) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i++]));
        } else {
            if (needs_escape(cp))
                out += escape_code_point(cp);
            else
                out.append(text.substr(i, n));
            i += n;
        }
    }
    return out + "\"";
}

std::string flow_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += yaml_scalar(items[i], true);
    }
    return out + "]";
}

// A literal block keeps every character but the ones a reader normalises: carriage returns and
// other controls, and the Unicode line separators. Text made only of newlines has no line to
// carry the indentation, so it is quoted too.
bool fits_block_literal(std::string_view text) {
    if (text.find('\n') == std::string_view::npos) return false;
    if (text.find_first_not_of('\n') == std::string_view::npos) return false;
    for (size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const int n = decode_utf8(text, i, &cp);
        if (n == 0 || (needs_escape(cp) && cp != '\n' && cp != '\t' && cp != '"' && cp != '\\'))
            return false;
        i += n;
    }
    return true;
}

// `key: |-` and the text's lines, indented 2 more than the key. The chomping indicator keeps
// the trailing newlines exact; an explicit indentation indicator lets the text start with a
// space or a tab, which a reader would otherwise take for (bad) indentation.
std::string block_literal(std::string_view key_indent, std::string_view key,
                          std::string_view text) {
    const size_t body_end = text.find_last_not_of('\n') + 1;
    const size_t trailing = text.size() - body_end;
    const std::string_view body = text.substr(0, body_end);
    const size_t first_char = body.find_first_not_of('\n');
    const bool leading_space = body[first_char] == ' ' || body[first_char] == '\t';
    std::string out = fmt::format("{}{}: |{}{}\n", key_indent, key, leading_space ? "2" : "",
                                  trailing == 0   ? "-"
                                  : trailing == 1 ? ""
                                                  : "+");
    const std::string indent = std::string(key_indent) + "  ";
    for (size_t start = 0; start <= body.size();) {
        size_t end = body.find('\n', start);
        if (end == std::string_view::npos) end = body.size();
        const std::string_view line = body.substr(start, end - start);
        out += line.empty() ? "\n" : indent + std::string(line) + "\n";
        start = end + 1;
    }
    for (size_t k = 1; k < trailing; ++k) out += "\n";
    return out;
}

void append_text(std::string& out, std::string_view indent, std::string_view key,
                 const std::string& text) {
    if (text.empty()) return;
    if (fits_block_literal(text))
        out += block_literal(indent, key, text);
    else
        out += fmt::format("{}{}: {}\n", indent, key, yaml_scalar(text));
}

std::string emit_task(const Task& t) {
    std::string out = fmt::format("  - id: {}\n", t.id);
    out += "    category: " + yaml_scalar(t.category) + "\n";
    out += "    title: " + yaml_scalar(t.title) + "\n";
    if (!t.leaders.empty()) out += "    leaders: " + flow_list(t.leaders) + "\n";
    out += "    office: " + yaml_scalar(t.office) + "\n";
    if (!t.co_leads.empty()) out += "    co_leads: " + flow_list(t.co_leads) + "\n";
    if (!t.partners.empty()) out += "    partners: " + flow_list(t.partners) + "\n";
    if (t.due) out += "    due: " + t.due->str() + "\n";
    append_text(out, "    ", "due_text", t.due_text);
    if (t.ongoing) out += "    ongoing: true\n";
    if (!t.milestones.empty()) {
        out += "    milestones:\n";
        for (const auto& m : t.milestones) out += "      - " + emit_milestone(m) + "\n";
    }
    if (!t.extra.empty()) {
        out += "    extra:\n";
        for (const auto& e : t.extra) {
            if (e.text.empty())
                out += "      " + yaml_scalar(e.name) + ": \"\"\n";
            else
                append_text(out, "      ", yaml_scalar(e.name), e.text);
        }
    }
    if (!t.updates.empty()) {
        out += "    updates:\n";
        for (const auto& u : t.updates) out += emit_update(u, 6);
    }
    return out;
}

std::string emit_header(const Plan& plan) {
    std::string out = "plan:\n";
    out += "  title: " + yaml_scalar(plan.title) + "\n";
    if (!plan.issuer.empty()) out += "  issuer: " + yaml_scalar(plan.issuer) + "\n";
    if (!plan.document.empty()) out += "  document: " + yaml_scalar(plan.document) + "\n";
    out += "  start: " + plan.start.str() + "\n";
    out += "  due: " + plan.due.str() + "\n";
    out += fmt::format("  dispatch_months: {}\n", plan.dispatch_months);
    out += "  categories: " + flow_list(plan.categories) + "\n";
    if (!plan.collective.empty()) out += "  collective: " + flow_list(plan.collective) + "\n";
    // Only the rules that differ from the defaults, so a plan that tunes nothing has no block.
    const Rules defaults;
    std::string rules;
    for (const RuleKey& k : rule_keys())
        if (k.field && plan.rules.*k.field != defaults.*k.field)
            rules += fmt::format("    {}: {}\n", k.name, plan.rules.*k.field);
        else if (k.text && plan.rules.*k.text != defaults.*k.text)
            rules += fmt::format("    {}: {}\n", k.name, yaml_scalar(plan.rules.*k.text));
    if (!rules.empty()) out += "  rules:\n" + rules;
    return out;
}

std::string comment_lines(std::string_view text) {
    std::string out;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        out += line.empty() ? "#\n" : "# " + std::string(line) + "\n";
        start = end + 1;
    }
    return out;
}

bool ends_with_blank_line(const std::string& s) {
    return s.size() >= 2 && s.compare(s.size() - 2, 2, "\n\n") == 0;
}

}  // namespace

std::string yaml_scalar(std::string_view text, bool in_flow) {
    return needs_quotes(text, in_flow) ? double_quoted(text) : std::string(text);
}

std::string emit_update(const Update& u, int indent) {
    const std::string dash(indent, ' ');
    const std::string key = dash + "  ";
    std::string out = dash + "- date: " + u.date.str() + "\n";
    out += fmt::format("{}progress: {}\n", key, u.progress);
    out += fmt::format("{}status: {}\n", key, status_keyword(u.status));
    append_text(out, key, "note", u.note);
    append_text(out, key, "problems", u.problems);
    append_text(out, key, "next", u.next);
    if (!u.by.empty()) out += key + "by: " + yaml_scalar(u.by) + "\n";
    if (!u.evidence.empty()) out += key + "evidence: " + flow_list(u.evidence) + "\n";
    return out;
}

std::string emit_milestone(const Milestone& m) {
    std::string out = fmt::format("{{date: {}, target: {}", m.date.str(), m.target);
    if (!m.what.empty()) out += ", what: " + yaml_scalar(m.what, true);
    return out + "}";
}

std::string emit_task_item(const Task& task) {
    return emit_task(task);
}

std::string emit_plan(const Plan& plan, std::string_view header_comment) {
    std::string out = comment_lines(header_comment);
    if (!out.empty()) out += "\n";
    out += emit_header(plan);
    out += plan.tasks.empty() ? "\ntasks: []\n" : "\ntasks:\n";
    for (size_t i = 0; i < plan.tasks.size(); ++i) {
        // A task whose last note keeps trailing newlines (`|+`) already ends in a blank line,
        // and a second one would be read back into that note.
        if (i > 0 && !ends_with_blank_line(out)) out += "\n";
        out += emit_task(plan.tasks[i]);
    }
    return out;
}

}  // namespace duban
