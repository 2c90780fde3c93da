// A change to a text given as the pieces it replaces. A mark changes a few lines of a file that
// may be 20 MB: the new version is written from the old bytes and the new lines, and never
// exists whole in memory.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duban {

struct TextEdit {
    // Bytes [from, to) of the old text become `text`; from == to inserts.
    struct Piece {
        size_t from = 0;
        size_t to = 0;
        std::string text;
    };
    std::vector<Piece> pieces;  // in the old text's order, none overlapping another

    // The edit that replaces all of a text of `size` bytes with `after`.
    static TextEdit whole(size_t size, std::string after);

    // Whether the edit gives other bytes than `before`.
    bool changes(std::string_view before) const;

    // The new text, in one string (for a diff, or to read the result back whole).
    std::string apply(std::string_view before) const;

    // The new text as consecutive parts, views into `before` and into this edit's pieces.
    std::vector<std::string_view> parts(std::string_view before) const;
};

}  // namespace duban
