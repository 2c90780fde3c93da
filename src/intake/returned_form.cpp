#include "intake/returned_form.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "intake/delimited.h"
#include "intake/workbook.h"
#include "model/error.h"
#include "model/typed_input.h"
#include "store/load.h"
#include "text/encoding.h"
#include "text/i18n.h"

namespace duban {

namespace {

constexpr const char* kSheet = "报送表";
constexpr int kMaxRows = 100000;  // a form holds one row per task
constexpr int kMaxColumns = 64;   // the form has 15; columns an office added are ignored past this

struct FormCell {
    std::string text;
    std::optional<Date> date;
    std::optional<double> number;
    bool is_percent = false;
};

// One sheet as rows of cells; `prefix` is what a cell's place starts with ("报送表!" or "").
struct Grid {
    std::string prefix;
    std::vector<std::vector<FormCell>> rows;

    const FormCell& at(size_t row, size_t column) const {
        static const FormCell empty;
        return row < rows.size() && column < rows[row].size() ? rows[row][column] : empty;
    }
    std::string place(size_t row, size_t column) const {
        return prefix + cell_ref(int(row) + 1, int(column) + 1);
    }
};

[[noreturn]] void fail(const std::string& file, const std::string& place, const std::string& why) {
    throw Error(fmt::format("{}: {}: {}", file, place, why));
}

Grid grid_of(const Sheet& sheet, const std::string& prefix, const std::string& file) {
    if (sheet.row_count > kMaxRows)
        fail(file, sheet.name,
             tr(N_("{0} rows: this does not look like a progress form"), sheet.row_count));
    Grid grid{prefix, std::vector<std::vector<FormCell>>(size_t(sheet.row_count))};
    for (const WorkbookCell& c : sheet.cells) {
        if (c.column > kMaxColumns) continue;
        auto& row = grid.rows[size_t(c.row - 1)];
        if (row.size() < size_t(c.column)) row.resize(size_t(c.column));
        row[size_t(c.column - 1)] = {c.text, c.date, c.number, c.is_percent};
    }
    return grid;
}

std::vector<std::vector<std::string>> texts_of(const Grid& grid, size_t from) {
    std::vector<std::vector<std::string>> rows;
    for (size_t r = from; r < grid.rows.size(); ++r) {
        rows.emplace_back();
        for (const FormCell& c : grid.rows[r]) rows.back().push_back(c.text);
    }
    return rows;
}

FormStamp stamp_of(const std::vector<std::vector<std::string>>& rows, const std::string& file) {
    try {
        return parse_form_stamp(rows);
    } catch (const Error& e) {
        throw Error(fmt::format("{}: {}", file, e.what()));
    }
}

// The sheet 报送表 and the stamp on the hidden sheet 表单信息 of an .xlsx form.
std::pair<Grid, FormStamp> read_xlsx_form(const std::string& path) {
    const Workbook book = read_workbook(path);
    const Sheet* sheet = book.sheet(kSheet);
    const Sheet* stamp = book.sheet("表单信息");
    if (!sheet || !stamp)
        throw Error(tr(N_("{0}: not a progress form made by duban forms: it has no sheet “{1}”"),
                       path, sheet ? "表单信息" : kSheet));
    return {grid_of(*sheet, std::string(kSheet) + "!", path),
            stamp_of(texts_of(grid_of(*stamp, "", path), 0), path)};
}

// A CSV form: the rows of the sheet, then the stamp from the row starting with kFormMagic on.
std::pair<Grid, FormStamp> read_csv_form(const std::string& path) {
    const std::string text = to_utf8(read_file(path), path, "");
    Grid grid;
    size_t stamp_row = 0;
    for (size_t offset = 0; offset < text.size();) {
        const DelimitedRow row = read_row(text, offset, int(grid.rows.size()) + 1, ',');
        grid.rows.emplace_back();
        for (const auto& cell : row.cells) {
            FormCell c;
            c.text = std::string(trim_cell(cell));
            grid.rows.back().push_back(std::move(c));
        }
        if (!stamp_row && !row.cells.empty() && trim_cell(row.cells[0]) == kFormMagic)
            stamp_row = grid.rows.size();
        if (grid.rows.size() > size_t(kMaxRows))
            fail(path, tr(N_("{0}row {1}"), "", grid.rows.size()),
                 _("too many rows: this does not look like a progress form"));
        offset = row.end;
    }
    if (!stamp_row)
        throw Error(tr(N_("{0}: not a progress form made by duban forms: it does not end with "
                          "the form's information ({1})"),
                       path, kFormMagic));
    const FormStamp stamp = stamp_of(texts_of(grid, stamp_row - 1), path);
    grid.rows.resize(stamp_row - 1);
    return {std::move(grid), stamp};
}

// The header row and where each column of the form is in it: offices may move columns.
struct Header {
    size_t row = 0;
    std::vector<size_t> column;  // indexed by FormColumn; npos when the column is gone
};

Header find_header(const Grid& grid, const std::string& file) {
    for (size_t r = 0; r < grid.rows.size(); ++r) {
        Header h{r, std::vector<size_t>(kFormColumns, std::string::npos)};
        for (size_t c = 0; c < grid.rows[r].size(); ++c)
            for (const auto& spec : form_columns())
                if (grid.rows[r][c].text == spec.heading) h.column[size_t(spec.column)] = c;
        if (h.column[size_t(FormColumn::Id)] == std::string::npos) continue;
        for (const auto& spec : form_columns())
            if (spec.fill && h.column[size_t(spec.column)] == std::string::npos)
                fail(file, tr(N_("{0}row {1}"), grid.prefix, r + 1),
                     tr(N_("the header row lacks the column “{0}”"), spec.heading));
        return h;
    }
    fail(
        file, grid.prefix.empty() ? _("header") : grid.prefix.substr(0, grid.prefix.size() - 1),
        _("no header row (a row that starts with “序号” and has columns such as “本期进度（%）”)"));
}

std::string progress_of(const FormCell& cell, const std::string& file, const std::string& place) {
    std::optional<int> progress;
    if (cell.number && !cell.is_percent) {
        if (*cell.number >= 0 && *cell.number <= 100 && std::floor(*cell.number) == *cell.number)
            progress = int(*cell.number);
    } else {
        progress = read_progress(cell.text).value;
    }
    if (!progress)
        fail(file, place,
             tr(N_("本期进度 should be a whole number from 0 to 100, not “{0}”"), cell.text));
    return std::to_string(*progress);
}

std::string date_of(const FormCell& cell, int year, const std::string& file,
                    const std::string& place) {
    std::optional<Date> date = cell.date;
    if (!date && !cell.number) date = read_date(cell.text, year).value;
    if (!date)
        fail(file, place,
             tr(N_("填报日期 should be a date such as 2021/6/25, not “{0}”"), cell.text));
    return date->str();
}

// 佐证材料 may list several items, one a line or separated by 、；;.
std::vector<std::string> evidence_of(const std::string& text) {
    std::string s = text;
    for (const char* sep : {"；", "、", ";"})
        for (size_t at; (at = s.find(sep)) != std::string::npos;)
            s.replace(at, std::string(sep).size(), "\n");
    std::vector<std::string> items;
    for (size_t start = 0; start <= s.size();) {
        const size_t end = std::min(s.find('\n', start), s.size());
        const std::string item(trim_cell(std::string_view(s).substr(start, end - start)));
        if (!item.empty()) items.push_back(item);
        start = end + 1;
    }
    return items;
}

// The row's fill-in cells as a mark request; nullopt when they are all empty.
std::optional<MarkRequest> request_of(const Grid& grid, const Header& h, size_t r, int year,
                                      const std::string& file) {
    auto cell = [&](FormColumn c) -> const FormCell& { return grid.at(r, h.column[size_t(c)]); };
    auto place = [&](FormColumn c) { return grid.place(r, h.column[size_t(c)]); };
    auto text = [&](FormColumn c) { return std::string(trim_cell(cell(c).text)); };
    bool any = false;
    for (const auto& spec : form_columns())
        if (spec.fill && !text(spec.column).empty()) any = true;
    if (!any) return std::nullopt;
    MarkRequest q;
    q.names = form_field_names();  // a refusal names the form's columns, not mark's options
    if (text(FormColumn::Progress).empty())
        fail(file, place(FormColumn::Progress),
             _("本期进度 is empty, but other cells of this row are filled in"));
    q.progress = progress_of(cell(FormColumn::Progress), file, place(FormColumn::Progress));
    if (!text(FormColumn::Status).empty()) {
        const auto status = read_status(text(FormColumn::Status)).value;
        if (!status)
            fail(file, place(FormColumn::Status),
                 tr(N_("状态 should be 未启动, 推进中, 已完成 or 已销号, not “{0}”"),
                    text(FormColumn::Status)));
        q.status = std::string(status_keyword(*status));
    }
    if (!text(FormColumn::Date).empty())
        q.date = date_of(cell(FormColumn::Date), year, file, place(FormColumn::Date));
    q.note = text(FormColumn::Note);
    q.problems = text(FormColumn::Problems);
    q.next = text(FormColumn::Next);
    q.by = text(FormColumn::By);
    q.evidence = evidence_of(text(FormColumn::Evidence));
    return q;
}

}  // namespace

ReturnedForm read_returned_form(const std::string& path, int year) {
    const bool xlsx = path.size() >= 5 && path.compare(path.size() - 5, 5, ".xlsx") == 0;
    auto [grid, stamp] = xlsx ? read_xlsx_form(path) : read_csv_form(path);
    ReturnedForm form{path, stamp, {}, {}};
    const Header h = find_header(grid, path);
    const size_t id_column = h.column[size_t(FormColumn::Id)];
    for (size_t r = h.row + 1; r < grid.rows.size(); ++r) {
        const std::string id(trim_cell(grid.at(r, id_column).text));
        const bool number = !id.empty() && id.size() <= 6 &&
                            id.find_first_not_of("0123456789") == std::string::npos;
        const auto request = request_of(grid, h, r, year, path);
        if (!number) {
            if (request)
                fail(path, grid.place(r, id_column),
                     tr(N_("this row has progress filled in, but its 序号 “{0}” is not a task "
                           "number"),
                        id));
            continue;  // a block title or an empty row
        }
        const int task_id = std::stoi(id);
        const auto seen = [&](int t) { return t == task_id; };
        if (std::any_of(form.rows.begin(), form.rows.end(),
                        [&](const ReturnedRow& row) { return seen(row.task_id); }) ||
            std::any_of(form.blank.begin(), form.blank.end(), seen))
            fail(path, grid.place(r, id_column),
                 tr(N_("task {0} appears twice in the form"), task_id));
        if (request)
            form.rows.push_back({task_id, tr(N_("{0}row {1}"), grid.prefix, r + 1), *request});
        else
            form.blank.push_back(task_id);
    }
    return form;
}

}  // namespace duban
