// A YAML document as a tree of nodes that remember exactly where they stood, built from
// libyaml's events. Stricter than YAML itself where a lenient reading would lose data.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/diagnostic.h"

namespace duban::yaml {

enum class Kind { Scalar, Sequence, Mapping };
enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Flow, Block };

// A position: 1-based line and character column, and the byte offset into the text.
struct Mark {
    int line = 0;
    int column = 0;
    size_t offset = 0;
};

struct Node {
    Kind kind = Kind::Scalar;
    Style style = Style::Plain;
    std::string value;                         // scalars only
    std::vector<Node> items;                   // sequences only
    std::vector<std::pair<Node, Node>> pairs;  // mappings only, in file order
    Mark start;
    Mark end;

    // The value under `key` in a mapping, or nullptr.
    const Node* get(std::string_view key) const;
    // A plain scalar that YAML reads as null: empty, ~ or null.
    bool is_null() const;
};

// Parses one document. Throws duban::Error, located in `file`, for: YAML syntax errors; a
// quoted string whose closing quote is missing on its line (reported where it opens, not at
// the end of the file it swallowed); a key written with a full-width colon (status：推进中);
// duplicate keys in a mapping; aliases, and a second document.
// A UTF-8 BOM is skipped; CRLF line endings are fine. Marks count the BOM in their offsets only.
// Errors as though it checked UTF-8 first (check_utf8), then git's conflict markers
// (check_conflict_markers): a byte that is not UTF-8 or a conflict marker is what it reports,
// wherever the YAML goes wrong. (libyaml refuses what is not UTF-8 itself, so the UTF-8 check
// runs only when the parse fails.)
Node parse(std::string_view text, const std::string& file);

// Told, now and then, a range [from, to) of byte offsets into the whole text that the parser
// will not read again unless it has an error to report: a reader of a mapped file lets go of
// those pages (MappedFile::release). The ranges one parse tells follow one another.
using Passed = std::function<void(size_t from, size_t to)>;

// Hands the items of one block sequence under the top-level mapping to a reader as soon as each
// is built, so that a file of many tasks never exists as one tree.
struct ItemStream {
    // Called with each key of the top-level mapping and the pairs before it, when the key's
    // value is a block sequence; true streams that sequence.
    std::function<bool(const Node& key, const Node& root_so_far)> wants;
    // Called with each item of a streamed sequence, in file order.
    std::function<void(Node&& item)> item;
    // When given, told now and then how far the parser has read (see Passed).
    Passed passed;
    // When given, set to how many line breaks libyaml read in the whole text, once it is read:
    // LF, CRLF, and also a CR alone and U+0085, U+2028 and U+2029, which YAML takes for breaks.
    int* lines = nullptr;
};

// parse(), except that the items of a sequence `stream.wants` chooses go to `stream.item` and
// are not kept: that sequence stays in the tree with no items and its start and end marks. Every
// check parse() makes is made, in the same order, so errors are the same.
Node parse(std::string_view text, const std::string& file, const ItemStream& stream);

// parse() with `stream`, without check_utf8 and check_conflict_markers: for a caller that makes
// them itself (a part of a file read on two cores).
Node parse_unchecked(std::string_view text, const std::string& file, const ItemStream& stream);

// Parses `part`, whole lines cut from a checked file at byte `offset` after `lines_before` lines,
// as one block sequence, handing each item to `item` with its marks placed in the whole file; the
// items are checked as parse() checks a task under `tasks:`. False, with no message, at anything
// else or any error: the caller then parses the whole file for the message. For reading the tasks
// of a large file on two cores.
// `lines`, when given, is set to how many line breaks libyaml read in `part` (see ItemStream).
bool parse_items(std::string_view part, size_t offset, int lines_before, const std::string& file,
                 const std::function<void(Node&& item)>& item, const Passed& passed = {},
                 int* lines = nullptr);

// Whether check_conflict_markers passes `text`, read a few MiB at a time, each piece ending at a
// line's end; `passed` (when given) is told each piece once it is read. Says only
// yes or no: the caller runs the check itself for the message. Text that libyaml has parsed
// needs no UTF-8 check besides (see parse()).
bool no_conflict_markers(std::string_view text, const Passed& passed = {});

// Throws a located Error at the first byte that is not UTF-8, with the iconv command that
// converts a GBK file, which is what Windows' Chinese editions save by default.
void check_utf8(std::string_view text, const std::string& file);

// Throws a located Error at the first line that opens with a conflict marker git leaves after a
// merge it could not finish (<<<<<<<, |||||||, =======, >>>>>>> alone or followed by a space):
// "line N holds an unresolved merge conflict (<<<<<<<); resolve it, then git add".
void check_conflict_markers(std::string_view text, const std::string& file);

}  // namespace duban::yaml
