// The text edits a three-way merge makes to OURS' text: whole lines of YAML, located by the
// nodes' byte offsets, taken from THEIRS' text where they bring its content in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/yaml_doc.h"

namespace duban {

// Collects edits to `ours`; apply() makes the text. Nodes named "ours" must come from parsing
// `ours`, those named "theirs" from `theirs`. A node's lines run from the start of its first
// line to the end of its last, blank lines after it left out. Lines brought from theirs are
// shifted to ours' indentation at that spot and take ours' line ending (LF or CRLF).
class TextEdits {
  public:
    TextEdits(std::string_view ours, std::string_view theirs);

    // Removes an item of a block sequence; with `blank_line`, also one blank line after it.
    void remove_item(const yaml::Node& ours_item, bool blank_line);
    // Puts theirs' item in place of ours'.
    void replace_item(const yaml::Node& ours_item, const yaml::Node& theirs_item);
    // Inserts theirs' item after or before ours', separated by a blank line with `blank_line`.
    void insert_item_after(const yaml::Node& ours_item, const yaml::Node& theirs_item,
                           bool blank_line);
    void insert_item_before(const yaml::Node& ours_item, const yaml::Node& theirs_item,
                            bool blank_line);
    // Removes the `key` line(s) of ours' mapping.
    void remove_pair(const yaml::Node& ours_map, const yaml::Node& key);
    // Sets `key` in ours' mapping to theirs' lines: in place, or after the key that precedes
    // it in theirs.
    void put_pair(const yaml::Node& ours_map, const yaml::Node& theirs_map, const std::string& key);
    // Gives ours' task, which has no updates (or an empty `updates:`), an `updates:` list of
    // theirs' items.
    void put_updates(const yaml::Node& ours_task, const yaml::Node& theirs_task,
                     const std::vector<const yaml::Node*>& theirs_items);
    // Conflict markers around ours' and theirs' `key` lines, where ours' stood or would stand.
    void conflict_pair(const yaml::Node& ours_map, const yaml::Node& theirs_map,
                       const std::string& key);
    // Conflict markers around a whole item, either side possibly absent; with no ours item
    // they go after (or `before`) ours' item `at`.
    void conflict_item(const yaml::Node* ours_item, const yaml::Node* theirs_item,
                       const yaml::Node& at, bool before);

    // Ours' text with every edit made. Throws an internal Error when two edits overlap.
    std::string apply() const;

  private:
    struct Range {
        size_t begin = 0;
        size_t end = 0;
    };
    struct Edit {
        Range range;
        std::string text;
        int seq = 0;
    };

    Range item_lines(std::string_view text, const yaml::Node& item) const;
    Range pair_lines(std::string_view text, const yaml::Node& map, const std::string& key) const;
    std::string theirs_lines(Range r, int shift) const;
    size_t insertion_point(const yaml::Node& ours_map, const yaml::Node& theirs_map,
                           const std::string& key) const;
    std::string markers(const std::string& ours, const std::string& theirs) const;
    void edit(Range r, std::string text);

    std::string_view ours_;
    std::string_view theirs_;
    std::string eol_;
    std::vector<Edit> edits_;
};

}  // namespace duban
