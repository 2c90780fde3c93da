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

// The spaces (and tabs, where the line has them) that put a caret under the 1-based character
// `column` of `line`, counted in display width so it sits under the right Chinese character.
std::string caret_padding(std::string_view line, int column);

// Number of characters (code points) in UTF-8 text.
int count_chars(std::string_view utf8);

// The name among `candidates` closest to `word` by edit distance, if it is close enough to be
// a likely typo (at most a third of its length, at least 1); empty otherwise.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// Levenshtein distance counted in code points.
int edit_distance(std::string_view a, std::string_view b);

}  // namespace duban
