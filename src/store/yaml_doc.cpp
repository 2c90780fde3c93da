#include "store/yaml_doc.h"

#include <yaml.h>

#include <cstring>
#include <memory>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "model/error.h"
#include "text/encoding.h"
#include "text/i18n.h"

namespace duban::yaml {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr int kMaxDepth = 64;

bool has_bom(std::string_view text) {
    return text.substr(0, 3) == kBom;
}

// Column (1-based, characters) of the full-width colon in a line shaped like a key typed with
// a Chinese input method: `status：推进中` or `- date：2021-04-28`; 0 when the line is not.
int fullwidth_colon_key(std::string_view line) {
    size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos) return 0;
    if (line.substr(i, 2) == "- ") i = line.find_first_not_of(' ', i + 2);
    if (i == std::string_view::npos) return 0;
    size_t key_start = i;
    while (i < line.size() &&
           (isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == '-'))
        ++i;
    if (i == key_start) return 0;
    while (i < line.size() && line[i] == ' ') ++i;
    if (line.substr(i, 3) != "\uFF1A") return 0;
    return count_chars(line.substr(0, i)) + 1;
}

int indentation(std::string_view line) {
    size_t i = line.find_first_not_of(' ');
    return i == std::string_view::npos ? -1 : static_cast<int>(i);
}

// An event that frees what libyaml allocated for it. Held by value: a file has about as many
// events as words, and a heap allocation for each was a tenth of the load time.
class Event {
  public:
    Event() { std::memset(&e_, 0, sizeof e_); }
    ~Event() { yaml_event_delete(&e_); }
    Event(Event&& o) noexcept : e_(o.e_) { std::memset(&o.e_, 0, sizeof o.e_); }
    Event& operator=(Event&& o) noexcept {
        if (this != &o) {
            yaml_event_delete(&e_);
            e_ = o.e_;
            std::memset(&o.e_, 0, sizeof o.e_);
        }
        return *this;
    }
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;

    yaml_event_t* get() { return &e_; }
    const yaml_event_t* operator->() const { return &e_; }
    const yaml_event_t& operator*() const { return e_; }

  private:
    yaml_event_t e_;
};

class Builder {
  public:
    Builder(std::string_view text, const std::string& file, const ItemStream* stream)
        : Builder(text, 0, 0, file, stream) {}

    // Parses `body`, which stood at byte `offset` and after `lines_before` lines of a file.
    Builder(std::string_view body, size_t offset, int lines_before, const std::string& file,
            const ItemStream* stream)
        : bom_(offset),
          body_(body),
          file_(file),
          stream_(stream),
          lines_before_(lines_before),
          part_(offset > 0) {
        if (offset == 0 && has_bom(body)) {
            bom_ = kBom.size();
            body_ = body.substr(bom_);
        }
        yaml_parser_initialize(&parser_);
        yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(body_.data()),
                                     body_.size());
        yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
    }
    ~Builder() { yaml_parser_delete(&parser_); }
    Builder(const Builder&) = delete;
    Builder& operator=(const Builder&) = delete;

    Node document() {
        expect(next(), YAML_STREAM_START_EVENT);
        Event e = next();
        if (e->type == YAML_STREAM_END_EVENT) fail(1, 1, _("the file is empty: it has no plan"));
        expect(std::move(e), YAML_DOCUMENT_START_EVENT);
        Node root = node(next(), 0);
        expect(next(), YAML_DOCUMENT_END_EVENT);
        e = next();
        if (e->type != YAML_STREAM_END_EVENT) {
            Mark m = mark(e->start_mark);
            fail(m.line, m.column, _("a second YAML document starts here; tasks.yaml holds one"));
        }
        if (stream_ && stream_->lines) *stream_->lines = static_cast<int>(e->start_mark.line);
        return root;
    }

    // A top-level block sequence: each item goes to `item`. False, without a message, for
    // anything else or any error (the caller reads the whole file instead, for its message).
    bool items(const std::function<void(Node&&)>& item, int* lines) {
        try {
            expect(next(), YAML_STREAM_START_EVENT);
            expect(next(), YAML_DOCUMENT_START_EVENT);
            Event e = next();
            if (e->type != YAML_SEQUENCE_START_EVENT ||
                e->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE)
                return false;
            for (Event c = next(); c->type != YAML_SEQUENCE_END_EVENT; c = next()) {
                Node n = node(std::move(c), 2);  // as deep as a task under `tasks:`
                const size_t end = n.end.offset;
                item(std::move(n));
                read_past(end);
            }
            expect(next(), YAML_DOCUMENT_END_EVENT);
            Event end = next();
            if (lines) *lines = static_cast<int>(end->start_mark.line);
            expect(std::move(end), YAML_STREAM_END_EVENT);
        } catch (const Error&) {
            return false;
        }
        return true;
    }

    // Where to tell how far the parse has read (yaml::Passed); nothing is told without it.
    void tell_passed(const Passed* passed) { passed_ = passed; }

  private:
    // Tells passed_, every few MiB, that the parse has read up to `offset` in the whole text,
    // from where it last told (from where it started, the first time).
    void read_past(size_t offset) {
        constexpr size_t kEvery = 2 << 20;
        if (!passed_ || !*passed_ || offset < told_ + kEvery) return;
        (*passed_)(told_, offset);
        told_ = offset;
    }

    [[noreturn]] void fail(int line, int column, std::string_view message,
                           std::string_view hint = {}) const {
        if (part_) throw Error("");  // items() gives no message: the whole file is read for it
        throw Error(located_message(file_, lines(), line, column, message, hint));
    }

    // The line index is built only when a message shows a line or a rare position needs it:
    // for a large file it costs as much memory as a tenth of the text.
    const LineIndex& lines() const {
        if (!lines_) lines_.emplace(body_);
        return *lines_;
    }

    Mark mark(const yaml_mark_t& m) {
        Mark out;
        out.line = lines_before_ + static_cast<int>(m.line) + 1;
        out.column = static_cast<int>(m.column) + 1;
        out.offset = bom_ + byte_offset(m);
        return out;
    }

    // libyaml counts positions in characters. Events come in file order, so a cursor that only
    // moves forward turns character indexes into byte offsets in one pass over the text; a
    // mark behind the cursor (rare) is found from its line instead.
    size_t byte_offset(const yaml_mark_t& m) {
        if (m.index < cursor_chars_)
            return lines().offset(static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1);
        // Counted on locals: every node has two marks, and this walk was 7% of a load.
        const unsigned char* const text = reinterpret_cast<const unsigned char*>(body_.data());
        const size_t size = body_.size();
        size_t bytes = cursor_bytes_;
        for (size_t chars = cursor_chars_; chars < m.index && bytes < size; ++chars) {
            ++bytes;  // past a character's first byte, then past the bytes that continue it
            while (bytes < size && (text[bytes] & 0xC0) == 0x80) ++bytes;
            cursor_chars_ = chars + 1;
        }
        cursor_bytes_ = bytes;
        return bytes;
    }

    Event next() {
        Event e;
        // On failure the event is left zeroed, which yaml_event_delete frees safely.
        if (!yaml_parser_parse(&parser_, e.get())) syntax_error();
        return e;
    }

    void expect(Event e, yaml_event_type_t type) {
        if (e->type != type) {
            Mark m = mark(e->start_mark);
            fail(m.line, m.column, _("unexpected content here"));
        }
    }

    [[noreturn]] void syntax_error() const {
        if (part_) throw Error("");
        std::string problem = parser_.problem ? parser_.problem : "syntax error";
        std::string context = parser_.context ? parser_.context : "";
        int line = static_cast<int>(parser_.problem_mark.line) + 1;
        int column = static_cast<int>(parser_.problem_mark.column) + 1;
        int cline = static_cast<int>(parser_.context_mark.line) + 1;
        int ccol = static_cast<int>(parser_.context_mark.column) + 1;
        for (int l : {cline, line}) {
            if (int c = fullwidth_colon_key(lines().line(l)))
                fail(l, c, _("this key is followed by a full-width colon '：'"),
                     _("YAML needs an ASCII colon and a space after the key, as in 'status: "
                       "推进中'; Chinese input methods type '：' unless switched to English"));
        }
        if (context == "while scanning a quoted scalar")
            fail(cline, ccol, _("this quoted text is never closed: its closing quote is missing"),
                 _("add the closing quote on the same line, or remove the opening one"));
        if (context == "while scanning a simple key")
            fail(cline, ccol, _("this line is not 'key: value' nor a list item '- ...'"),
                 _("a key needs a colon and a space after it"));
        std::string_view bad_line = lines().line(line);
        size_t bad_at = lines().offset(line, column) - lines().line_start(line);
        if (problem.find("tab") != std::string::npos ||
            (bad_at < bad_line.size() && bad_line[bad_at] == '\t'))
            fail(line, column, _("a tab character here: YAML indents with spaces only"),
                 _("replace the tab with spaces"));
        std::string message = problem;
        if (!context.empty())
            message += tr(N_(" ({0} that began at {1}:{2})"), context, cline, ccol);
        fail(line, column, message);
    }

    // A quoted scalar may run over several lines, but its continuation lines must be indented
    // deeper than the line it starts on. One that is not means a closing quote is missing and
    // the quote has swallowed the keys and tasks that follow.
    void check_quote_closed(const Node& n) const {
        if (n.start.line == n.end.line) return;
        int base = indentation(lines().line(n.start.line - lines_before_));
        for (int l = n.start.line + 1; l <= n.end.line; ++l) {
            int ind = indentation(lines().line(l - lines_before_));
            if (ind >= 0 && ind <= base)
                fail(n.start.line, n.start.column,
                     tr(N_("this quoted text is never closed on its line: it runs on "
                           "into line {0} and swallows what follows"),
                        l),
                     _("add the closing quote on the same line, or remove the opening one"));
        }
    }

    Node node(Event e, int depth) {
        if (depth > kMaxDepth) {
            Mark m = mark(e->start_mark);
            fail(m.line, m.column, _("nested too deeply for a tasks file"));
        }
        Node n;
        n.start = mark(e->start_mark);
        n.end = mark(e->end_mark);
        switch (e->type) {
            case YAML_SCALAR_EVENT:
                scalar(*e, n);
                break;
            case YAML_SEQUENCE_START_EVENT:
                sequence(*e, n, depth);
                break;
            case YAML_MAPPING_START_EVENT:
                mapping(*e, n, depth);
                break;
            case YAML_ALIAS_EVENT:
                fail(n.start.line, n.start.column,
                     _("aliases (*name) are not used in tasks files; write the value out"));
            default:
                fail(n.start.line, n.start.column, _("unexpected content here"));
        }
        return n;
    }

    void scalar(const yaml_event_t& e, Node& n) const {
        n.kind = Kind::Scalar;
        n.value.assign(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
        switch (e.data.scalar.style) {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE:
                n.style = Style::SingleQuoted;
                break;
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
                n.style = Style::DoubleQuoted;
                break;
            case YAML_LITERAL_SCALAR_STYLE:
                n.style = Style::Literal;
                break;
            case YAML_FOLDED_SCALAR_STYLE:
                n.style = Style::Folded;
                break;
            default:
                n.style = Style::Plain;
                break;
        }
        if (n.style == Style::SingleQuoted || n.style == Style::DoubleQuoted) check_quote_closed(n);
    }

    void sequence(const yaml_event_t& e, Node& n, int depth) {
        n.kind = Kind::Sequence;
        n.style =
            e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? Style::Flow : Style::Block;
        for (Event c = next(); c->type != YAML_SEQUENCE_END_EVENT; c = next())
            n.items.push_back(node(std::move(c), depth + 1));
        n.end = n.items.empty() ? n.end : n.items.back().end;
    }

    void mapping(const yaml_event_t& e, Node& n, int depth) {
        n.kind = Kind::Mapping;
        n.style =
            e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? Style::Flow : Style::Block;
        std::unordered_map<std::string, int> seen;
        n.pairs.reserve(8);  // a task or an update has about that many keys; growing moves them
        for (Event c = next(); c->type != YAML_MAPPING_END_EVENT; c = next()) {
            Node key = node(std::move(c), depth + 1);
            Event v = next();
            Node value = streams(depth, *v, key, n) ? streamed(std::move(v), depth + 1)
                                                    : node(std::move(v), depth + 1);
            if (key.kind == Kind::Scalar) {
                if (int line = earlier_key_line(n, key, seen))
                    fail(key.start.line, key.start.column,
                         tr(N_("duplicate key '{0}': it is already set on line {1}"), key.value,
                            line),
                         _("keep one of the two; YAML readers silently drop one of them"));
            }
            n.pairs.emplace_back(std::move(key), std::move(value));
        }
        n.end = n.pairs.empty() ? n.end : n.pairs.back().second.end;
    }

    // The line where `map` already has scalar `key`, or 0. A task's mappings hold a handful of
    // keys, searched in place; `seen` indexes a large mapping once it grows past that.
    static int earlier_key_line(const Node& map, const Node& key,
                                std::unordered_map<std::string, int>& seen) {
        constexpr size_t kSearched = 16;
        if (map.pairs.size() < kSearched) {
            for (const auto& [k, v] : map.pairs)
                if (k.kind == Kind::Scalar && k.value == key.value) return k.start.line;
            return 0;
        }
        if (seen.empty())
            for (const auto& [k, v] : map.pairs)
                if (k.kind == Kind::Scalar) seen.emplace(k.value, k.start.line);
        auto [it, fresh] = seen.emplace(key.value, key.start.line);
        return fresh ? 0 : it->second;
    }

    bool streams(int depth, const yaml_event_t& value, const Node& key, const Node& root) const {
        return depth == 0 && stream_ && value.type == YAML_SEQUENCE_START_EVENT &&
               value.data.sequence_start.style != YAML_FLOW_SEQUENCE_STYLE &&
               stream_->wants(key, root);
    }

    // A block sequence whose items go to the stream as they are built; sequence() otherwise.
    Node streamed(Event e, int depth) {
        Node n;
        n.start = mark(e->start_mark);
        n.end = mark(e->end_mark);
        n.kind = Kind::Sequence;
        n.style = Style::Block;
        for (Event c = next(); c->type != YAML_SEQUENCE_END_EVENT; c = next()) {
            Node item = node(std::move(c), depth + 1);
            n.end = item.end;
            stream_->item(std::move(item));
            read_past(n.end.offset);
        }
        return n;
    }

    size_t bom_;  // the bytes before body_: a BOM, or the file before a part
    std::string_view body_;
    const std::string& file_;
    const ItemStream* stream_;
    mutable std::optional<LineIndex> lines_;
    int lines_before_ = 0;
    bool part_ = false;
    yaml_parser_t parser_{};
    size_t cursor_chars_ = 0;
    size_t cursor_bytes_ = 0;
    const Passed* passed_ = nullptr;
    size_t told_ = bom_;  // where the range last told to passed_ ended
};

}  // namespace

const Node* Node::get(std::string_view key) const {
    for (const auto& [k, v] : pairs)
        if (k.kind == Kind::Scalar && k.value == key) return &v;
    return nullptr;
}

bool Node::is_null() const {
    // The length first: nearly every scalar is longer than the longest null, and is read so.
    if (kind != Kind::Scalar || style != Style::Plain || value.size() > 4) return false;
    return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

void check_utf8(std::string_view text, const std::string& file) {
    size_t at = 0;
    if (is_valid_utf8(text, &at)) return;
    LineIndex lines(text);
    int line = 0, column = 0;
    lines.position(at, &line, &column);
    std::string message =
        tr(N_("{0}:{1}:{2}: this file is not UTF-8: byte 0x{3:02X} cannot start a character"), file,
           line, column, static_cast<unsigned char>(text[at]));
    if (from_gb18030(text)) {
        ShownLine decoded =
            shown_line(from_gb18030(lines.line(line)).value_or(std::string()), column);
        throw Error(
            tr(N_("{0}\n    {1}\n    {2}^\nhint: it reads as GBK, the encoding Windows' Chinese "
                  "editions "
                  "save in. Convert it once, then load it again:\n  iconv -f GBK -t UTF-8 '{3}' > "
                  "'{4}.utf8' && mv '{5}.utf8' '{6}'"),
               message, decoded.text, caret_padding(decoded.text, decoded.column), file, file, file,
               file));
    }
    throw Error(message + _("\nhint: save the file as UTF-8"));
}

// The marker a line opens with when git (or diff3) left a conflict there, or empty.
std::string_view conflict_marker(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    for (std::string_view m : {"<<<<<<<", "|||||||", "=======", ">>>>>>>"})
        if (line.substr(0, 7) == m && (line.size() == 7 || line[7] == ' ')) return m;
    return {};
}

// Whether any line of `text` opens with a conflict marker (conflict_marker).
bool has_conflict_marker(std::string_view text) {
    bool any = false;  // a cheap first look, so a large clean file is not split into lines
    for (std::string_view m : {"<<<<<<<", "|||||||", "=======", ">>>>>>>"})
        any = any || text.find(m) != std::string_view::npos;
    if (!any) return false;
    for (size_t at = 0; at < text.size();) {
        size_t end = std::min(text.find('\n', at), text.size());
        if (!conflict_marker(text.substr(at, end - at)).empty()) return true;
        at = end + 1;
    }
    return false;
}

void check_conflict_markers(std::string_view text, const std::string& file) {
    if (!has_conflict_marker(text)) return;  // the line index is built only for the message
    LineIndex lines(text);
    for (int n = 1; n <= lines.lines(); ++n) {
        std::string_view marker = conflict_marker(lines.line(n));
        if (marker.empty()) continue;
        throw Error(located_message(
            file, lines, n, 1,
            tr(N_("line {0} holds an unresolved merge conflict ({1}); resolve it, then git add"), n,
               marker),
            _("keep the lines between <<<<<<< and ======= (this side), or between ======= and "
              ">>>>>>> (the other side), or both, and delete the marker lines")));
    }
}

namespace {

// Runs `parse` as though check_utf8 and check_conflict_markers had run before it, as they used
// to, for the same messages. libyaml decodes every byte it is given and refuses any that is not
// UTF-8, by the same test as is_valid_utf8 (a bad lead or trailing byte, an overlong form, a
// surrogate, a code point past U+10FFFF): a parse that succeeds needs no UTF-8 check, and one
// that fails runs both checks before its own message. The UTF-8 check was 6% of the
// instructions of a load (callgrind). Conflict markers are looked for a piece at a time
// (no_conflict_markers) and `passed` told of each, so that a mapped file's pages are let go again.
template <class Parse>
Node checked_after(std::string_view text, const std::string& file, const Passed& passed,
                   Parse&& parse) {
    Node root;
    try {
        root = parse();
    } catch (const Error&) {
        check_utf8(text, file);
        check_conflict_markers(text, file);
        throw;
    }
    if (!no_conflict_markers(text, passed)) check_conflict_markers(text, file);
    return root;
}

}  // namespace

Node parse(std::string_view text, const std::string& file) {
    return checked_after(text, file, {}, [&] {
        Builder builder(text, file, nullptr);
        return builder.document();
    });
}

Node parse(std::string_view text, const std::string& file, const ItemStream& stream) {
    return checked_after(text, file, stream.passed,
                         [&] { return parse_unchecked(text, file, stream); });
}

Node parse_unchecked(std::string_view text, const std::string& file, const ItemStream& stream) {
    Builder builder(text, file, &stream);
    builder.tell_passed(&stream.passed);
    return builder.document();
}

bool parse_items(std::string_view part, size_t offset, int lines_before, const std::string& file,
                 const std::function<void(Node&& item)>& item, const Passed& passed, int* lines) {
    Builder builder(part, offset, lines_before, file, nullptr);
    builder.tell_passed(&passed);
    return builder.items(item, lines);
}

bool no_conflict_markers(std::string_view text, const Passed& passed) {
    constexpr size_t kPiece = 4 << 20;
    for (size_t at = 0; at < text.size();) {
        size_t end = at + kPiece < text.size() ? text.find('\n', at + kPiece) : text.size();
        end = end == std::string_view::npos ? text.size() : std::min(end + 1, text.size());
        // A piece ends at a line's end: no line is cut.
        if (has_conflict_marker(text.substr(at, end - at))) return false;
        if (passed) passed(at, end);
        at = end;
    }
    return true;
}

}  // namespace duban::yaml
