#include "history/merge_text.h"

#include <algorithm>

#include "model/error.h"
#include "text/i18n.h"
#include "text/strings.h"

namespace duban {

namespace {

using yaml::Node;

size_t line_start(std::string_view text, size_t offset) {
    size_t nl = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
}

bool blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The end of the line holding the node's last character (the end mark itself when it already
// stands at a line start, as after a block scalar), with trailing blank lines given back.
size_t line_end(std::string_view text, size_t end, size_t begin) {
    if (end == 0 || text[end - 1] != '\n') {
        size_t nl = text.find('\n', end);
        end = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    while (end > begin) {
        size_t prev = line_start(text, end - 1);
        if (prev <= begin || !blank(text.substr(prev, end - prev))) break;
        end = prev;
    }
    return end;
}

const Node* key_of(const Node& map, const std::string& key) {
    for (const auto& [k, v] : map.pairs)
        if (k.value == key) return &k;
    return nullptr;
}

int first_column(const Node& map) {
    return map.pairs.empty() ? map.start.column : map.pairs.front().first.start.column;
}

// `lines` with every non-blank line moved `shift` columns right (left when negative, taking
// away only spaces).
std::string reindent(std::string_view lines, int shift) {
    std::string out;
    size_t from = 0;
    while (from < lines.size()) {
        size_t nl = lines.find('\n', from);
        size_t to = nl == std::string_view::npos ? lines.size() : nl + 1;
        std::string_view line = lines.substr(from, to - from);
        if (!blank(line) && shift > 0) out.append(static_cast<size_t>(shift), ' ');
        size_t drop = 0;
        while (shift < 0 && drop < static_cast<size_t>(-shift) && drop < line.size() &&
               line[drop] == ' ')
            ++drop;
        out.append(line.substr(drop));
        from = to;
    }
    return out;
}

std::string with_eol(std::string_view lines, const std::string& eol) {
    std::string out;
    for (char c : lines) {
        if (c == '\r') continue;
        if (c == '\n')
            out += eol;
        else
            out += c;
    }
    if (!out.empty() && out.back() != '\n') out += eol;
    return out;
}

}  // namespace

TextEdits::TextEdits(std::string_view ours, std::string_view theirs)
    : ours_(ours), theirs_(theirs) {
    eol_ = line_ending(ours);
}

TextEdits::Range TextEdits::item_lines(std::string_view text, const Node& item) const {
    size_t begin = line_start(text, item.start.offset);
    return {begin, line_end(text, item.end.offset, begin)};
}

TextEdits::Range TextEdits::pair_lines(std::string_view text, const Node& map,
                                       const std::string& key) const {
    const Node* k = key_of(map, key);
    size_t begin = line_start(text, k->start.offset);
    return {begin, line_end(text, map.get(key)->end.offset, begin)};
}

std::string TextEdits::theirs_lines(Range r, int shift) const {
    return with_eol(reindent(theirs_.substr(r.begin, r.end - r.begin), shift), eol_);
}

void TextEdits::edit(Range r, std::string text) {
    edits_.push_back({r, std::move(text), static_cast<int>(edits_.size())});
}

void TextEdits::remove_item(const Node& item, bool blank_line) {
    Range r = item_lines(ours_, item);
    if (blank_line && r.end < ours_.size()) {
        size_t nl = ours_.find('\n', r.end);
        size_t next = nl == std::string_view::npos ? ours_.size() : nl + 1;
        if (blank(ours_.substr(r.end, next - r.end))) r.end = next;
    }
    edit(r, "");
}

void TextEdits::replace_item(const Node& ours_item, const Node& theirs_item) {
    edit(item_lines(ours_, ours_item),
         theirs_lines(item_lines(theirs_, theirs_item),
                      ours_item.start.column - theirs_item.start.column));
}

void TextEdits::insert_item_after(const Node& ours_item, const Node& theirs_item, bool blank_line) {
    size_t at = item_lines(ours_, ours_item).end;
    std::string lines = theirs_lines(item_lines(theirs_, theirs_item),
                                     ours_item.start.column - theirs_item.start.column);
    if (at > 0 && ours_[at - 1] != '\n') lines = eol_ + lines;  // ours ends without a newline
    edit({at, at}, (blank_line ? eol_ : "") + lines);
}

void TextEdits::insert_item_before(const Node& ours_item, const Node& theirs_item,
                                   bool blank_line) {
    size_t at = item_lines(ours_, ours_item).begin;
    edit({at, at}, theirs_lines(item_lines(theirs_, theirs_item),
                                ours_item.start.column - theirs_item.start.column) +
                       (blank_line ? eol_ : ""));
}

void TextEdits::remove_pair(const Node& ours_map, const Node& key) {
    edit(pair_lines(ours_, ours_map, key.value), "");
}

size_t TextEdits::insertion_point(const Node& ours_map, const Node& theirs_map,
                                  const std::string& key) const {
    std::string after = ours_map.pairs.front().first.value;
    for (const auto& [k, v] : theirs_map.pairs) {
        if (k.value == key) break;
        if (ours_map.get(k.value)) after = k.value;
    }
    return pair_lines(ours_, ours_map, after).end;
}

void TextEdits::put_pair(const Node& ours_map, const Node& theirs_map, const std::string& key) {
    std::string lines = theirs_lines(pair_lines(theirs_, theirs_map, key),
                                     first_column(ours_map) - first_column(theirs_map));
    if (ours_map.get(key)) {
        edit(pair_lines(ours_, ours_map, key), lines);
    } else {
        size_t at = insertion_point(ours_map, theirs_map, key);
        edit({at, at}, lines);
    }
}

void TextEdits::put_updates(const Node& ours_task, const Node& theirs_task,
                            const std::vector<const Node*>& theirs_items) {
    int shift = first_column(ours_task) - first_column(theirs_task);
    std::string lines(static_cast<size_t>(first_column(ours_task) - 1), ' ');
    lines += "updates:" + eol_;
    for (const Node* item : theirs_items) lines += theirs_lines(item_lines(theirs_, *item), shift);
    if (ours_task.get("updates")) {
        edit(pair_lines(ours_, ours_task, "updates"), lines);
    } else {
        size_t at = pair_lines(ours_, ours_task, ours_task.pairs.back().first.value).end;
        edit({at, at}, lines);
    }
}

std::string TextEdits::markers(const std::string& ours, const std::string& theirs) const {
    return "<<<<<<< ours" + eol_ + ours + "=======" + eol_ + theirs + ">>>>>>> theirs" + eol_;
}

void TextEdits::conflict_pair(const Node& ours_map, const Node& theirs_map,
                              const std::string& key) {
    std::string theirs;
    if (theirs_map.get(key))
        theirs = theirs_lines(pair_lines(theirs_, theirs_map, key),
                              first_column(ours_map) - first_column(theirs_map));
    if (ours_map.get(key)) {
        Range r = pair_lines(ours_, ours_map, key);
        std::string ours = with_eol(ours_.substr(r.begin, r.end - r.begin), eol_);
        edit(r, markers(ours, theirs));
    } else {
        size_t at = insertion_point(ours_map, theirs_map, key);
        edit({at, at}, markers("", theirs));
    }
}

void TextEdits::conflict_item(const Node* ours_item, const Node* theirs_item, const Node& at,
                              bool before) {
    std::string theirs;
    if (theirs_item)
        theirs = theirs_lines(item_lines(theirs_, *theirs_item),
                              at.start.column - theirs_item->start.column);
    if (ours_item) {
        Range r = item_lines(ours_, *ours_item);
        edit(r, markers(with_eol(ours_.substr(r.begin, r.end - r.begin), eol_), theirs));
        return;
    }
    Range r = item_lines(ours_, at);
    size_t pos = before ? r.begin : r.end;
    edit({pos, pos}, markers("", theirs));
}

std::string TextEdits::apply() const {
    std::vector<const Edit*> order;
    for (const Edit& e : edits_) order.push_back(&e);
    // At one offset, insertions go before a replacement that starts there, in the order made.
    std::stable_sort(order.begin(), order.end(), [](const Edit* a, const Edit* b) {
        bool a_insert = a->range.begin == a->range.end, b_insert = b->range.begin == b->range.end;
        if (a->range.begin != b->range.begin) return a->range.begin < b->range.begin;
        if (a_insert != b_insert) return a_insert;
        return a->seq < b->seq;
    });
    std::string out;
    size_t cursor = 0;
    for (const Edit* e : order) {
        if (e->range.begin < cursor)
            throw Error(_("internal error: two merge edits overlap; nothing was written"));
        out.append(ours_.substr(cursor, e->range.begin - cursor));
        out += e->text;
        cursor = e->range.end;
    }
    out.append(ours_.substr(cursor));
    return out;
}

}  // namespace duban
