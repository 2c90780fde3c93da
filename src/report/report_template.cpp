#include "report/report_template.h"

#include <cstdlib>
#include <filesystem>
#include <regex>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include "model/error.h"
#include "report/listing.h"
#include "store/paths.h"
#include "store/read_file.h"
#include "text/diagnostic.h"
#include "text/i18n.h"

namespace duban {

namespace {

namespace fs = std::filesystem;
namespace mstch = kainjow::mustache;

// One {{…}} tag: its kind ('v' variable, '&' unescaped, '#' section, '^' inverted, '/' end,
// '!' comment, '>' partial, '=' delimiters), its name and the byte offset of its opening.
struct Tag {
    char type = 'v';
    std::string name;
    size_t offset = 0;
    size_t end = 0;           // just past the closing delimiter
    std::string open, close;  // the delimiters in effect after the tag
};

std::string trim(std::string_view s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return "";
    size_t e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

class Checker {
  public:
    Checker(const TemplateText& t) : t_(t), lines_(t.text) {}

    [[noreturn]] void fail(size_t offset, const std::string& message,
                           const std::string& hint = {}) const {
        int line = 0, column = 0;
        lines_.position(offset, &line, &column);
        throw Error(located_message(t_.path, lines_, line, column, message, hint));
    }

    // Every tag in order, with delimiter changes applied; sections must nest properly.
    std::vector<Tag> scan() const {
        std::vector<Tag> tags;
        std::vector<const Tag*> open;
        std::string begin = "{{", end = "}}";
        const std::string& s = t_.text;
        for (size_t pos = s.find(begin); pos != std::string::npos; pos = s.find(begin, pos)) {
            Tag tag;
            tag.offset = pos;
            size_t from = pos + begin.size();
            std::string close = end;
            if (begin == "{{" && from < s.size() && s[from] == '{') {
                tag.type = '&';
                close = "}}}";
                ++from;
            }
            size_t stop = s.find(close, from);
            if (stop == std::string::npos)
                fail(pos, tr(N_("tag opened here is never closed with '{0}'"), close));
            std::string contents = trim(std::string_view(s).substr(from, stop - from));
            pos = stop + close.size();
            tag.end = pos;
            if (tag.type != '&' && !contents.empty() &&
                std::string("#^/!>&=").find(contents[0]) != std::string::npos) {
                tag.type = contents[0];
                contents = trim(std::string_view(contents).substr(1));
            }
            tag.name = contents;
            if (tag.type == '=') set_delimiters(tag, begin, end);
            tag.open = begin;
            tag.close = end;
            tags.push_back(tag);
        }
        for (const Tag& tag : tags) {
            if (tag.type == '#' || tag.type == '^') open.push_back(&tag);
            if (tag.type != '/') continue;
            if (open.empty())
                fail(tag.offset,
                     tr(N_("'{{{{/{0}}}}}' closes a section that was never opened"), tag.name));
            if (open.back()->name != tag.name) {
                int line = 0, column = 0;
                lines_.position(open.back()->offset, &line, &column);
                fail(tag.offset,
                     tr(N_("'{{{{/{0}}}}}' closes section '{1}' opened at {2}:{3}"), tag.name,
                        open.back()->name, line, column),
                     tr(N_("close it with {{{{/{0}}}}} first"), open.back()->name));
            }
            open.pop_back();
        }
        if (!open.empty())
            fail(open.back()->offset, tr(N_("section '{0}' is never closed"), open.back()->name),
                 tr(N_("add {{{{/{0}}}}} where it ends"), open.back()->name));
        return tags;
    }

    // Walks tags from `i` to the end of the enclosing section, resolving names as Mustache
    // does: innermost context first, then outward. Returns the index after the section's end.
    size_t check(const std::vector<Tag>& tags, size_t i, std::vector<const Json*>& stack) const {
        while (i < tags.size()) {
            const Tag& tag = tags[i];
            if (tag.type == '/') return i + 1;
            if (tag.type == '>')
                fail(tag.offset, _("partials ({{>name}}) are not supported"),
                     _("copy the partial's text into the template"));
            if (tag.type == 'v' || tag.type == '&') variable(tag, stack);
            if (tag.type != '#' && tag.type != '^') {
                ++i;
                continue;
            }
            const Json& v = section(tag, stack);
            if (tag.type == '^' || v.is_boolean()) {
                i = check(tags, i + 1, stack);
            } else if (v.is_object()) {
                stack.push_back(&v);
                i = check(tags, i + 1, stack);
                stack.pop_back();
            } else if (v.empty()) {
                i = skip(tags, i + 1);
            } else {
                size_t next = i + 1;
                for (const Json& item : v) {
                    stack.push_back(&item);
                    next = check(tags, i + 1, stack);
                    stack.pop_back();
                }
                i = next;
            }
        }
        return i;
    }

  private:
    void set_delimiters(const Tag& tag, std::string& begin, std::string& end) const {
        std::string inner = tag.name;
        if (inner.empty() || inner.back() != '=')
            fail(tag.offset, _("a delimiter change is written {{=<% %>=}}"));
        inner = trim(std::string_view(inner).substr(0, inner.size() - 1));
        size_t space = inner.find_first_of(" \t");
        if (space == std::string::npos)
            fail(tag.offset, _("a delimiter change needs two delimiters"));
        begin = inner.substr(0, space);
        end = trim(std::string_view(inner).substr(space));
        if (end.empty() || end.find_first_of(" \t=") != std::string::npos)
            fail(tag.offset, _("a delimiter change needs two delimiters without spaces or '='"));
    }

    static size_t skip(const std::vector<Tag>& tags, size_t i) {
        for (int depth = 0; i < tags.size(); ++i) {
            if (tags[i].type == '#' || tags[i].type == '^') ++depth;
            if (tags[i].type == '/' && depth-- == 0) return i + 1;
        }
        return i;
    }

    static const Json* lookup(const std::string& name, const std::vector<const Json*>& stack) {
        if (name == ".") return stack.back();
        std::vector<std::string> parts;
        for (size_t b = 0, e; b <= name.size(); b = e + 1) {
            e = name.find('.', b);
            if (e == std::string::npos) e = name.size();
            parts.push_back(name.substr(b, e - b));
        }
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            const Json* v = *it;
            for (const auto& p : parts) {
                if (!v->is_object() || !v->contains(p)) {
                    v = nullptr;
                    break;
                }
                v = &(*v)[p];
            }
            if (v) return v;
        }
        return nullptr;
    }

    const Json& resolve(const Tag& tag, const std::vector<const Json*>& stack) const {
        if (tag.name.empty()) fail(tag.offset, _("empty tag: name a field of the view model"));
        const Json* v = lookup(tag.name, stack);
        if (!v)
            fail(tag.offset, tr(N_("the view model has no field '{0}' here"), tag.name),
                 _("docs/templates.md lists the fields of each report; `--format json` shows "
                   "them"));
        return *v;
    }

    void variable(const Tag& tag, const std::vector<const Json*>& stack) const {
        const Json& v = resolve(tag, stack);
        if (v.is_string() || v.is_number()) return;
        const char* what = v.is_boolean() ? N_("'{0}' is true or false and prints nothing")
                           : v.is_array() ? N_("'{0}' is a list and prints nothing")
                                          : N_("'{0}' is an object and prints nothing");
        fail(tag.offset, tr(what, tag.name),
             tr(N_("use it as a section: {{{{#{0}}}}}…{{{{/{0}}}}}"), tag.name));
    }

    const Json& section(const Tag& tag, const std::vector<const Json*>& stack) const {
        const Json& v = resolve(tag, stack);
        if (v.is_boolean() || v.is_array() || v.is_object()) return v;
        fail(tag.offset, tr(N_("'{0}' is text, not a list, object or true/false"), tag.name),
             _("a section over text is always shown; test a has_… field instead"));
    }

    const TemplateText& t_;
    LineIndex lines_;
};

// kainjow drops a line that holds only section tags when the section renders, but not when it
// is skipped (false, or an empty list), nor a line of only a comment: their newline is printed
// and leaves a blank line. A line of only section, comment or delimiter tags therefore loses its
// indentation and gets an empty section over true appended (kMarker), which makes kainjow treat
// the line as a tag line in every case, as the Mustache spec reads it.
constexpr const char* kMarker = "__duban_standalone__";

std::string standalone_lines(const std::string& text, const std::vector<Tag>& tags) {
    std::string out;
    size_t t = 0;
    for (size_t start = 0; start < text.size();) {
        size_t eol = text.find('\n', start);
        size_t next = eol == std::string::npos ? text.size() : eol + 1;
        size_t content_end = eol == std::string::npos ? text.size() : eol;
        if (content_end > start && text[content_end - 1] == '\r') --content_end;
        while (t < tags.size() && tags[t].offset < start) ++t;
        size_t first = t, pos = start;
        bool only_tags = true;
        for (; t < tags.size() && tags[t].end <= content_end; ++t) {
            if (text.find_first_not_of(" \t", pos) < tags[t].offset ||
                std::string("#^/!=").find(tags[t].type) == std::string::npos)
                only_tags = false;
            pos = tags[t].end;
        }
        if (t < tags.size() && tags[t].offset < next) only_tags = false;  // a tag spans lines
        if (text.find_first_not_of(" \t", pos) < content_end) only_tags = false;
        if (!only_tags || t == first) {
            out.append(text, start, next - start);
        } else {
            const Tag& last = tags[t - 1];
            out.append(text, tags[first].offset, pos - tags[first].offset);
            out += last.open + "#" + kMarker + last.close + last.open + "/" + kMarker + last.close;
            out.append(text, content_end, next - content_end);
        }
        start = next;
    }
    return out;
}

mstch::data to_data(const Json& v) {
    if (v.is_object()) {
        mstch::data d(mstch::data::type::object);
        for (const auto& [k, item] : v.items()) d.set(k, to_data(item));
        return d;
    }
    if (v.is_array()) {
        mstch::data d(mstch::data::type::list);
        for (const auto& item : v) d.push_back(to_data(item));
        return d;
    }
    if (v.is_boolean()) return mstch::data(v.get<bool>());
    if (v.is_string()) return mstch::data(v.get<std::string>());
    if (v.is_null()) return mstch::data(std::string());
    return mstch::data(v.dump());
}

// kainjow reports problems as "… at OFFSET"; turn the offset into a position.
[[noreturn]] void engine_error(const Checker& checker, const std::string& message) {
    std::smatch m;
    if (std::regex_search(message, m, std::regex(" at ([0-9]+)$")))
        checker.fail(std::stoul(m[1].str()), message.substr(0, m.position(0)));
    checker.fail(0, message);
}

}  // namespace

std::vector<std::string> template_dirs(const std::string& tasks_file) {
    std::vector<std::string> dirs;
    fs::path beside = fs::path(tasks_file).parent_path() / "templates";
    dirs.push_back(beside.string());
    if (const char* env = std::getenv("DUBAN_TEMPLATES"); env && *env) dirs.push_back(env);
    // Then the installed defaults, found from where the binary is (see paths.h).
    for (const std::string& dir : default_template_dirs(executable_path())) dirs.push_back(dir);
    return dirs;
}

TemplateText find_template(const std::string& name, const std::string& explicit_path,
                           const std::string& tasks_file) {
    if (!explicit_path.empty()) return {explicit_path, read_file(explicit_path)};
    std::vector<std::string> dirs = template_dirs(tasks_file);
    std::error_code ec;
    for (const auto& dir : dirs) {
        fs::path p = fs::path(dir) / name;
        if (fs::is_regular_file(p, ec)) return {p.string(), read_file(p.string())};
    }
    throw Error(
        tr(N_("no template {0} in any of: {1}"), name, fmt::format("{}", fmt::join(dirs, ", "))),
        kExitData);
}

std::string render_template(const TemplateText& tmpl, const Json& view, TemplateEscape escape) {
    Checker checker(tmpl);
    std::vector<Tag> tags = checker.scan();
    std::vector<const Json*> stack{&view};
    checker.check(tags, 0, stack);
    // Parsed as written first, so that an error the engine finds points into the user's text.
    mstch::mustache engine(tmpl.text);
    if (!engine.is_valid()) engine_error(checker, engine.error_message());
    mstch::mustache renderer(standalone_lines(tmpl.text, tags));
    if (!renderer.is_valid()) engine_error(checker, renderer.error_message());
    if (escape == TemplateEscape::None)
        renderer.set_custom_escape([](const std::string& s) { return s; });
    else if (escape == TemplateEscape::Markdown)
        renderer.set_custom_escape([](const std::string& s) { return md_cell(s); });
    mstch::data data = to_data(view);
    data.set(kMarker, mstch::data(true));
    std::string out = renderer.render(data);
    if (!renderer.is_valid()) engine_error(checker, renderer.error_message());
    return out;
}

}  // namespace duban
