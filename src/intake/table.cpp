#include "intake/table.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "intake/delimited.h"
#include "intake/names.h"
#include "intake/numbering.h"
#include "intake/units.h"
#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

std::string trimmed(const GridCell& c) {
    return std::string(trim_cell(c.text));
}

int filled_cells(const GridRow& row) {
    return static_cast<int>(std::count_if(row.cells.begin(), row.cells.end(),
                                          [](const GridCell& c) { return !trimmed(c).empty(); }));
}

std::vector<std::string> texts(const GridRow& row) {
    std::vector<std::string> out;
    for (const auto& c : row.cells) out.push_back(c.text);
    return out;
}

// 注：…, 备注, 说明, 抄送: the words a note under a table starts with.
bool starts_note(std::string_view text) {
    for (std::string_view start : {"注", "备注", "说明", "抄送", "附："})
        if (text.substr(0, start.size()) == start) return true;
    return false;
}

bool is_heading(std::string_view text) {
    const auto kind = split_numbering(text).kind;
    return kind == Numbering::Chapter || kind == Numbering::Section;
}

// The header: the row naming the task text and the lead unit, and possibly a second row
// under it whose cells split a spanning header cell (责任单位 over 牵头单位 and 配合单位).
struct Header {
    size_t at = 0;    // the (first) header row
    size_t body = 0;  // the first row under the header
    ColumnMap map;    // the columns, named by the lower header row where it names them
    std::vector<std::vector<std::string>> rows;  // each header row's cells, padding removed
};

std::vector<std::string> stripped(const GridRow& row) {
    std::vector<std::string> out;
    for (const auto& c : row.cells) out.push_back(strip_padding(c.text));
    return out;
}

// The columns of a two-row header, or nullopt when the row under the header is not its lower
// half: every filled cell of it names a field by itself (no 序号, nothing kept as extra), and
// one at least stands under an empty header cell, the covered part of a merged one. An .xls
// does not say which cells are merged, so this is judged from the texts alone.
std::optional<ColumnMap> lower_header(const GridRow& top, const GridRow& lower,
                                      const std::vector<ColumnOverride>& overrides) {
    if (filled_cells(lower) < 2) return std::nullopt;
    std::vector<std::string> joined = texts(top);
    bool under_span = false;
    for (size_t c = 0; c < lower.cells.size(); ++c) {
        const std::string text = trimmed(lower.cells[c]);
        if (text.empty()) continue;
        const Field f = map_columns({text}, overrides).fields[0];
        if (f == Field::Extra || f == Field::Ignore || f == Field::Id) return std::nullopt;
        if (c >= joined.size()) joined.resize(c + 1);
        if (strip_padding(joined[c]).empty()) under_span = true;
        joined[c] = text;
    }
    if (!under_span) return std::nullopt;
    ColumnMap map = map_columns(joined, overrides);
    if (!is_task_header(map)) return std::nullopt;
    return map;
}

std::optional<Header> find_header(const Grid& sheet, const std::vector<ColumnOverride>& overrides) {
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        if (filled_cells(sheet.rows[i]) < 2) continue;
        ColumnMap map = map_columns(texts(sheet.rows[i]), overrides);
        if (!is_task_header(map)) continue;
        Header h{i, i + 1, std::move(map), {stripped(sheet.rows[i])}};
        if (i + 1 < sheet.rows.size())
            if (auto two = lower_header(sheet.rows[i], sheet.rows[i + 1], overrides)) {
                h.map = std::move(*two);
                h.body = i + 2;
                h.rows.push_back(stripped(sheet.rows[i + 1]));
            }
        return h;
    }
    return std::nullopt;
}

// A row of the table body, put together from as many lines as its cells took.
struct BodyRow {
    GridRow row;
    bool after_blank = false;
};

[[noreturn]] void fail(const Grid& sheet, const std::string& where, const std::string& what) {
    throw Error(fmt::format("{}:{}: {}", sheet.file, where, what));
}

// Puts Word's lines back into rows: a row is complete when it has the header's cells. A line
// of one cell right under a complete row whose last cell has text continues that cell.
class Assembler {
  public:
    Assembler(const Grid& sheet, size_t width, TableSummary& summary)
        : grid_(sheet), width_(width), summary_(summary) {}

    std::vector<BodyRow> run(size_t first) {
        for (size_t i = first; i < grid_.rows.size(); ++i) take(grid_.rows[i]);
        flush();
        return std::move(out_);
    }

  private:
    void take(const GridRow& r) {
        const bool blank = filled_cells(r) == 0;
        if (pending_) {
            // A line that would overfill the row starts the next one: this row's trailing
            // empty cells were dropped.
            if (pending_->row.cells.size() + r.cells.size() - 1 <= width_) {
                continue_row(r);
                return;
            }
            flush();
        }
        if (blank) {
            blank_before_ = true;
            return;
        }
        if (r.cells.size() == 1 && continues_last_cell(r)) {
            GridCell& last =
                out_.back().row.cells[std::min(out_.back().row.cells.size(), width_) - 1];
            last.text += "\n" + r.cells[0].text;
            ++summary_.continuation_lines;
            return;
        }
        BodyRow b{r, blank_before_};
        blank_before_ = false;
        if (grid_.lines && r.cells.size() > 1 && r.cells.size() < width_)
            pending_ = std::move(b);
        else
            out_.push_back(std::move(b));
    }

    bool continues_last_cell(const GridRow& r) const {
        if (!grid_.lines || blank_before_ || out_.empty()) return false;
        const GridRow& prev = out_.back().row;
        const std::string text(trim_cell(r.cells[0].text));
        if (prev.cells.size() < 2 || is_heading(text) || starts_note(text)) return false;
        return !trimmed(prev.cells[std::min(prev.cells.size(), width_) - 1]).empty();
    }

    void continue_row(const GridRow& r) {
        pending_->row.cells.back().text += "\n" + r.cells[0].text;
        for (size_t k = 1; k < r.cells.size(); ++k) pending_->row.cells.push_back(r.cells[k]);
        ++summary_.continuation_lines;
        if (pending_->row.cells.size() >= width_) flush();
    }

    void flush() {
        if (!pending_) return;
        out_.push_back(std::move(*pending_));
        pending_.reset();
    }

    const Grid& grid_;
    size_t width_;
    TableSummary& summary_;
    std::vector<BodyRow> out_;
    std::optional<BodyRow> pending_;
    bool blank_before_ = false;
};

// The id a 序号 cell or a numbered task text gives; nullopt when it holds none.
std::optional<int> id_in(std::string_view cell) {
    const std::string_view t = trim_cell(cell);
    if (t.empty()) return std::nullopt;
    Numbering n = split_numbering(t);
    if (n.number && n.rest.empty()) return n.number;
    // A bare number: ASCII or full-width digits only.
    Numbering bare = split_numbering(std::string(t) + ".");
    if (bare.kind == Numbering::Item && bare.rest.empty()) return bare.number;
    return std::nullopt;
}

class TaskReader {
  public:
    TaskReader(const Grid& sheet, const Header& header, TableRead& out)
        : grid_(sheet), map_(header.map), header_rows_(header.rows), out_(out) {
        needed_ = 0;
        for (Field f : {Field::Id, Field::Title, Field::Office, Field::Leaders})
            needed_ = std::max(needed_, static_cast<size_t>(map_.at(f) + 1));
        numbered_titles_ = map_.at(Field::Id) < 0;
    }

    void row(const BodyRow& b) {
        const GridRow& r = b.row;
        if (!ended_at_.empty()) return after_end(r);
        if (const auto repeat = repeats_header(r)) {
            if (*repeat == 0) ++out_.summary.header_rows;  // a two-row header counts once
            return;
        }
        if (filled_cells(r) == 1 && is_note(first_filled(r))) {
            ended_at_ = r.where;
            out_.summary.lines_after += 1 + pending_sections_;
            out_.summary.section_rows -= pending_sections_;
            pending_sections_ = 0;
            return;
        }
        if (is_section(r)) {
            section_ = clean_heading(first_filled(r));
            ++out_.summary.section_rows;
            ++pending_sections_;
            return;
        }
        check_width(r);
        task(r);
        pending_sections_ = 0;
    }

    // Numbers the tasks when neither a 序号 column nor the texts gave any.
    void finish() {
        out_.summary.lines_after += pending_sections_;
        out_.summary.section_rows -= pending_sections_;
        if (!any_id_) {
            int next = 1;
            for (Task& t : out_.tasks) t.id = next++;
            out_.summary.sub_tasks = 0;
            return;
        }
        for (size_t i = 0; i < out_.tasks.size(); ++i)
            if (out_.tasks[i].id == 0)
                fail(grid_, unnumbered_[i],
                     _("this task has no number, but tasks below it have: number it, or add a "
                       "序号 column"));
    }

  private:
    // A note under the table (注：…, 说明, 抄送, or a sentence) ends it: what follows is the
    // notice's end, not rows.
    static bool is_note(const std::string& text) {
        if (is_heading(text)) return false;
        if (starts_note(text)) return true;
        for (std::string_view end : {"。", "；"})
            if (text.size() > end.size() &&
                text.compare(text.size() - end.size(), end.size(), end) == 0)
                return true;
        return false;
    }

    // After a note only more lines of text may come; a row of cells is refused, not dropped.
    void after_end(const GridRow& r) {
        if (filled_cells(r) > 1)
            fail(grid_, r.where,
                 tr(N_("a table row after the note that ended the table ({0}); expected "
                       "only text here"),
                    where_name(ended_at_)));
        ++out_.summary.lines_after;
    }

    std::string where_name(const std::string& where) const {
        return grid_.lines ? "line " + where : where;
    }

    // Which row of the header `r` repeats (after a page break), or nullopt.
    std::optional<size_t> repeats_header(const GridRow& r) const {
        for (size_t k = 0; k < header_rows_.size(); ++k)
            if (stripped(r) == header_rows_[k]) return k;
        return std::nullopt;
    }

    static std::string first_filled(const GridRow& r) {
        for (const auto& c : r.cells)
            if (!trimmed(c).empty()) return trimmed(c);
        return {};
    }

    // One filled cell: a heading (一、 （一）), a cell merged across the row, or text outside
    // the task text column. A numbered line in the task column is a task whose other cells
    // were merged above.
    bool is_section(const GridRow& r) const {
        if (filled_cells(r) != 1) return false;
        const std::string text = first_filled(r);
        if (r.spans || is_heading(text)) return true;
        size_t col = 0;
        while (trimmed(r.cells[col]).empty()) ++col;
        if (static_cast<int>(col) == map_.at(Field::Title)) return false;
        return !(static_cast<int>(col) == map_.at(Field::Id) && id_in(text));
    }

    void check_width(const GridRow& r) const {
        if (r.cells.size() < needed_)
            fail(grid_, r.where,
                 tr(N_("expected at least {0} cells{1}, found {2}"), needed_, separated(),
                    r.cells.size()));
        for (size_t i = map_.fields.size(); i < r.cells.size(); ++i)
            if (!trimmed(r.cells[i]).empty())
                throw Error(tr(N_("{0}:{1}: this cell is beyond the header's {2} columns{3}"),
                               grid_.file, r.cells[i].where, map_.fields.size(),
                               grid_.lines ? tr(N_("\nhint: {0} inside a cell must "
                                                   "be quoted (\"...\")"),
                                                separated_word())
                                           : std::string()));
    }

    std::string separated_word() const { return grid_.separator == '\t' ? _("tabs") : _("commas"); }
    std::string separated() const {
        return grid_.lines ? tr(N_(" separated by {0}"), separated_word()) : std::string();
    }

    // The cell of a field: its text, or the text above it where merged cells leave it empty.
    std::string cell(const GridRow& r, Field f, bool sub_task) {
        const int i = map_.at(f);
        if (i < 0) return {};
        return cell_at(r, static_cast<size_t>(i), f, sub_task);
    }

    std::string cell_at(const GridRow& r, size_t i, Field f, bool sub_task) {
        std::string text = i < r.cells.size() ? trimmed(r.cells[i]) : std::string();
        const bool merged = i < r.cells.size() && r.cells[i].merged;
        const bool fills = f == Field::Category || f == Field::Title || f == Field::Leaders ||
                           f == Field::Office || sub_task || merged;
        if (text.empty() && fills && above_.size() > i) text = above_[i];
        if (above_.size() <= i) above_.resize(i + 1);
        above_[i] = text;
        return text;
    }

    const std::string& header(Field f) const { return map_.headers[map_.at(f)]; }

    std::string where(const GridRow& r, Field f) const {
        const int i = map_.at(f);
        if (i >= 0 && static_cast<size_t>(i) < r.cells.size()) return r.cells[i].where;
        return r.where;
    }

    int task_id(const GridRow& r, std::string* title, bool* sub_task) {
        std::string raw;
        if (numbered_titles_) {
            Numbering n = split_numbering(*title);
            if (n.kind == Numbering::Item && n.number) {
                *title = n.rest;
                return numbered(*n.number);
            }
        } else {
            const int i = map_.at(Field::Id);
            raw = static_cast<size_t>(i) < r.cells.size() ? trimmed(r.cells[i]) : "";
            if (!raw.empty()) {
                auto id = id_in(raw);
                if (!id || *id <= 0)
                    fail(grid_, where(r, Field::Id),
                         tr(N_("序号 \"{0}\" is not a task number"), raw));
                return numbered(*id);
            }
        }
        *sub_task = true;
        if (parent_ == 0) {
            if (numbered_titles_) return 0;  // numbered in order by finish() if none has one
            fail(grid_, where(r, Field::Id),
                 _("the 序号 cell is empty and no numbered row is above it"));
        }
        return parent_ * 100 + ++children_;
    }

    int numbered(int id) {
        parent_ = id;
        children_ = 0;
        any_id_ = true;
        return id;
    }

    void task(const GridRow& r) {
        bool sub_task = false;
        const std::string id_cell = cell_text(r, Field::Id);
        sub_task = map_.at(Field::Id) >= 0 && id_cell.empty();
        Task t;
        t.title = cell(r, Field::Title, sub_task);
        t.id = task_id(r, &t.title, &sub_task);
        t.title = split_numbering(t.title).rest;
        if (t.title.empty())
            fail(grid_, where(r, Field::Title),
                 tr(N_("the {0} cell is empty"), header(Field::Title)));
        const std::string category = clean_heading(cell(r, Field::Category, sub_task));
        t.category = !category.empty() ? category : !section_.empty() ? section_ : "未分类";
        for (auto& l : split_names(cell(r, Field::Leaders, sub_task)))
            t.leaders.push_back(drop_trailing_punctuation(std::move(l)));
        Units units = read_lead_units(cell(r, Field::Office, sub_task));
        if (units.lead.empty())
            fail(grid_, where(r, Field::Office),
                 tr(N_("the {0} cell is empty"), header(Field::Office)));
        t.office = units.lead;
        t.co_leads = units.co_leads;
        t.partners = units.partners;
        for (auto& p : read_units(cell(r, Field::Partners, sub_task))) t.partners.push_back(p);
        t.due_text = cell(r, Field::Due, sub_task);
        extras(r, sub_task, t);
        if (sub_task) ++out_.summary.sub_tasks;
        ++out_.summary.task_rows;
        unnumbered_.push_back(t.id == 0 ? where(r, Field::Title) : std::string());
        check_unique(r, t.id);
        if (std::find(out_.categories.begin(), out_.categories.end(), t.category) ==
            out_.categories.end())
            out_.categories.push_back(t.category);
        out_.tasks.push_back(std::move(t));
    }

    std::string cell_text(const GridRow& r, Field f) const {
        const int i = map_.at(f);
        return i >= 0 && static_cast<size_t>(i) < r.cells.size() ? trimmed(r.cells[i]) : "";
    }

    void extras(const GridRow& r, bool sub_task, Task& t) {
        for (size_t i = 0; i < map_.fields.size(); ++i) {
            if (map_.fields[i] != Field::Extra) continue;
            std::string text = cell_at(r, i, Field::Extra, sub_task);
            if (!text.empty()) t.extra.push_back({map_.headers[i], std::move(text)});
        }
    }

    void check_unique(const GridRow& r, int id) {
        if (id == 0) return;
        auto [it, fresh] = where_id_.emplace(id, r.where);
        if (!fresh)
            fail(grid_, where(r, Field::Id),
                 tr(grid_.lines ? N_("序号 {0} repeats the one on line {1}")
                                : N_("序号 {0} repeats the one on {1}"),
                    id, it->second));
    }

    const Grid& grid_;
    const ColumnMap& map_;
    const std::vector<std::vector<std::string>>& header_rows_;
    TableRead& out_;
    size_t needed_ = 0;
    bool numbered_titles_ = false;
    bool any_id_ = false;
    int parent_ = 0;
    int children_ = 0;
    int pending_sections_ = 0;
    std::string ended_at_;  // where the note that ended the table stands; empty before
    std::string section_;
    std::vector<std::string> above_;
    std::map<int, std::string> where_id_;
    std::vector<std::string> unnumbered_;  // per task: where it stands when it has no number
};

void describe_columns(const ColumnMap& map, TableSummary& s) {
    for (size_t i = 0; i < map.headers.size(); ++i) {
        if (map.headers[i].empty()) continue;
        s.columns.emplace_back(map.headers[i], std::string(field_keyword(map.fields[i])));
        if (map.fields[i] == Field::Extra) s.extra.push_back(map.headers[i]);
    }
}

}  // namespace

bool read_table_header(const Grid& sheet, const std::vector<ColumnOverride>& overrides) {
    return find_header(sheet, overrides).has_value();
}

std::optional<TableRead> read_table(const Grid& sheet,
                                    const std::vector<ColumnOverride>& overrides) {
    const auto header = find_header(sheet, overrides);
    if (!header) return std::nullopt;
    TableRead out;
    out.prose = sheet.prose;
    for (size_t i = 0; i < header->at; ++i) {
        std::vector<std::string> cells;
        for (const auto& c : sheet.rows[i].cells)
            if (!trimmed(c).empty()) cells.push_back(trimmed(c));
        out.prose.push_back(fmt::format("{}", fmt::join(cells, " ")));
    }
    out.summary.header_rows = 1;
    describe_columns(header->map, out.summary);
    Assembler assembler(sheet, header->map.fields.size(), out.summary);
    TaskReader reader(sheet, *header, out);
    for (const BodyRow& b : assembler.run(header->body)) reader.row(b);
    reader.finish();
    if (out.tasks.empty())
        fail(sheet, sheet.rows[header->at].where, _("the table under this header has no rows"));
    return out;
}

}  // namespace duban
