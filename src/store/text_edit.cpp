#include "store/text_edit.h"

namespace duban {

TextEdit TextEdit::whole(size_t size, std::string after) {
    TextEdit edit;
    edit.pieces.push_back({0, size, std::move(after)});
    return edit;
}

bool TextEdit::changes(std::string_view before) const {
    for (const Piece& p : pieces)
        if (before.substr(p.from, p.to - p.from) != p.text) return true;
    return false;
}

std::vector<std::string_view> TextEdit::parts(std::string_view before) const {
    std::vector<std::string_view> out;
    size_t at = 0;
    for (const Piece& p : pieces) {
        out.push_back(before.substr(at, p.from - at));
        out.push_back(p.text);
        at = p.to;
    }
    out.push_back(before.substr(at));
    return out;
}

std::string TextEdit::apply(std::string_view before) const {
    const std::vector<std::string_view> all = parts(before);
    size_t size = 0;
    for (std::string_view p : all) size += p.size();
    std::string out;
    out.reserve(size);
    for (std::string_view p : all) out.append(p);
    return out;
}

}  // namespace duban
