// Messages about a place in a text file, shaped the way compilers print them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duban {

// The text's lines, for turning positions into line and column and back.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text);
    // Number of lines (a final line without a newline counts).
    int lines() const { return static_cast<int>(starts_.size()); }
    // The 1-based line's text, without its line ending (LF or CRLF).
    std::string_view line(int line) const;
    // Byte offset of the 1-based line's start; the text's end for a line past the last.
    size_t line_start(int line) const {
        return line >= 1 && line <= lines() ? starts_[line - 1] : text_.size();
    }
    // Byte offset of 1-based (line, column), the column counted in characters.
    size_t offset(int line, int column) const;
    // 1-based line and character column of a byte offset.
    void position(size_t offset, int* line, int* column) const;

  private:
    std::string_view text_;
    std::vector<size_t> starts_;
};

// "file:line:column: message", then the line itself with a caret under the column (lined up
// by display width, so it sits under the right Chinese character), then "hint: ..." when a
// hint is given. Line 0 means no position: just "file: message".
std::string located_message(const std::string& file, const LineIndex& lines, int line, int column,
                            std::string_view message, std::string_view hint = {});

// A line as a message shows it: whole when it has at most kShownChars characters; otherwise
// kShownChars / 2 characters either side of `column`, with … where it was cut, so that an
// error on a line of 100 MB prints a line's worth. `column` is 1-based, in characters, and is
// returned as it counts in `text`.
inline constexpr int kShownChars = 160;
struct ShownLine {
    std::string text;
    int column = 1;
};
ShownLine shown_line(std::string_view line, int column);

// The spaces (and tabs, where the line has them) that put a caret under the 1-based character
// `column` of `line`, counted in display width so it sits under the right Chinese character.
std::string caret_padding(std::string_view line, int column);

// Number of characters (code points) in UTF-8 text.
int count_chars(std::string_view utf8);

// The name among `candidates` closest to `word` by edit distance, if it is close enough to be
// a likely typo (at most a third of its length, at least 1); empty otherwise. Bounded work: a
// word longer than kMaxSuggestChars characters gets no suggestion, and a candidate whose length
// alone puts it too far away is not compared.
inline constexpr int kMaxSuggestChars = 64;
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// Levenshtein distance counted in code points.
int edit_distance(std::string_view a, std::string_view b);

// Byte offsets at which the characters of UTF-8 text start (a stray continuation byte at the
// start counts as a character of its own, as in count_chars).
std::vector<size_t> char_starts(std::string_view utf8);

// Whether `a` becomes `b` by at most one inserted, removed or replaced character; linear time.
bool within_one_edit(std::string_view a, std::string_view b);

}  // namespace duban
