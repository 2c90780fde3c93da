// The numbering that starts headings and items in Chinese documents: 一、 （一） 1. （1） ①.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace duban {

struct Numbering {
    enum Kind { None, Chapter, Section, Item, SubItem } kind = None;  // 一、 （一） 1. （1）①
    std::optional<int> number;  // the value of an arabic or circled number
    std::string rest;           // the text after the numbering, trimmed
};

// Splits the numbering off the start of `text` (after blanks): 一、 一. 一． (Chapter);
// （一） (一) (Section); 1. 1、 1． (Item, but not 2.0 or 2021年); （1） (1) ① (SubItem).
// Kind None, and `rest` the trimmed text, when it starts with none of them.
Numbering split_numbering(std::string_view text);

// A category or heading without its numbering, its trailing 。 and its padding.
std::string clean_heading(std::string_view text);

}  // namespace duban
