#include "intake/import.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "intake/delimited.h"
#include "intake/notice.h"
#include "model/error.h"
#include "text/encoding.h"
#include "text/strings.h"

namespace duban {

namespace {

enum Column { kCategory, kId, kTitle, kLeaders, kOffice, kPartners, kColumnCount };

struct Columns {
    int at[kColumnCount] = {-1, -1, -1, -1, -1, -1};
    size_t min_cells = 0;  // a row must reach every column but 类别 and 协办 (Word may drop them)
    size_t width = 0;      // cells in the header row
};

struct Header {
    DelimitedRow row;
    Columns columns;
    char separator = '\t';
    size_t offset = 0;  // where the header row starts; the notice's prose is what comes before
};

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// The column a header cell names, or -1 for one import does not read (时间节点, 备注). Checked
// in this order because 协办股室 also contains 股室 and 任务序号 also contains 任务.
int column_of(std::string_view header) {
    const std::string h = strip_padding(header);
    if (contains(h, "序号")) return kId;
    if (contains(h, "类别")) return kCategory;
    if (contains(h, "领导")) return kLeaders;
    if (contains(h, "协办") || contains(h, "配合")) return kPartners;
    if (contains(h, "任务")) return kTitle;
    for (auto office : {"股室", "单位", "科室", "部门"})
        if (contains(h, office)) return kOffice;
    return -1;
}

std::optional<Columns> map_columns(const std::vector<std::string>& cells) {
    Columns c;
    for (size_t i = 0; i < cells.size(); ++i) {
        const int col = column_of(cells[i]);
        if (col >= 0 && c.at[col] < 0) c.at[col] = static_cast<int>(i);
    }
    if (c.at[kId] < 0 || c.at[kTitle] < 0 || c.at[kLeaders] < 0 || c.at[kOffice] < 0)
        return std::nullopt;
    c.min_cells = 1 + std::max({c.at[kId], c.at[kTitle], c.at[kLeaders], c.at[kOffice]});
    c.width = cells.size();
    return c;
}

char separator_for(std::string_view line, const std::string& filename) {
    std::string lower = filename;
    for (char& ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    if (ends_with(lower, ".csv")) return ',';
    return !contains(line, "\t") && contains(line, ",") ? ',' : '\t';
}

// The first line whose cells name 序号, 任务 and 领导 separately; prose that merely mentions
// all three is one cell and does not count.
std::optional<Header> find_header(std::string_view text, const std::string& filename) {
    int line = 1;
    for (size_t offset = 0; offset < text.size(); ++line) {
        size_t eol = text.find('\n', offset);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string squeezed = strip_padding(text.substr(offset, eol - offset));
        if (contains(squeezed, "序号") && contains(squeezed, "任务") &&
            contains(squeezed, "领导")) {
            const char separator = separator_for(text.substr(offset, eol - offset), filename);
            DelimitedRow row = read_row(text, offset, line, separator);
            if (auto columns = map_columns(row.cells))
                return Header{std::move(row), *columns, separator, offset};
        }
        offset = eol + 1;
    }
    return std::nullopt;
}

bool is_blank(const DelimitedRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const std::string& c) { return trim_cell(c).empty(); });
}

std::string join(const std::vector<std::string>& parts, std::string_view glue) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += glue;
        out += p;
    }
    return out;
}

// Reads one data row. Knows the text only to say where a bad cell is.
class RowReader {
  public:
    RowReader(std::string_view text, const Header& header, const std::string& filename)
        : text_(text), header_(header), filename_(filename) {}

    Task task(const DelimitedRow& row, std::string* category) const {
        check_width(row);
        Task t;
        t.id = id(row);
        const std::string cat = strip_padding(cell(row, kCategory));
        if (!cat.empty()) *category = cat;
        // A table without a 类别 column (or whose first rows leave it empty) still needs one.
        t.category = category->empty() ? "未分类" : *category;
        t.title = std::string(trim_cell(cell(row, kTitle)));
        if (t.title.empty()) fail(row, kTitle, "the 重点工作任务 cell is empty");
        t.leaders = split_names(cell(row, kLeaders));
        t.office = join(split_names(cell(row, kOffice)), "、");
        if (t.office.empty()) fail(row, kOffice, "the 责任股室 cell is empty");
        t.partners = split_names(cell(row, kPartners));
        return t;
    }

    [[noreturn]] void fail(const DelimitedRow& row, Column col, const std::string& what) const {
        const size_t at = row.cell_offsets[header_.columns.at[col]];
        throw Error(fmt::format("{}:{}: {}", filename_, text_position(text_, at), what));
    }

  private:
    std::string_view cell(const DelimitedRow& row, Column col) const {
        const int i = header_.columns.at[col];
        if (i < 0 || static_cast<size_t>(i) >= row.cells.size()) return {};
        return row.cells[i];
    }

    void check_width(const DelimitedRow& row) const {
        const Columns& c = header_.columns;
        const char* separated = header_.separator == '\t' ? "tabs" : "commas";
        if (row.cells.size() < c.min_cells)
            throw Error(fmt::format("{}:{}: expected at least {} cells separated by {}, found {}",
                                    filename_, row.line, c.min_cells, separated, row.cells.size()));
        for (size_t i = c.width; i < row.cells.size(); ++i)
            if (!trim_cell(row.cells[i]).empty())
                throw Error(fmt::format(
                    "{}:{}: this cell is beyond the header's {} columns\n"
                    "hint: {} inside a cell must be quoted (\"...\")",
                    filename_, text_position(text_, row.cell_offsets[i]), c.width, separated));
    }

    int id(const DelimitedRow& row) const {
        std::string digits;
        const std::string_view raw = trim_cell(cell(row, kId));
        for (size_t i = 0; i < raw.size();) {
            char32_t cp = 0;
            const int n = decode_utf8(raw, i, &cp);
            // Word tables sometimes hold full-width digits.
            if (cp >= U'０' && cp <= U'９') cp = '0' + (cp - U'０');
            digits += cp >= '0' && cp <= '9' ? static_cast<char>(cp) : 'x';
            i += n > 0 ? n : 1;
        }
        if (raw.empty()) fail(row, kId, "the 序号 cell is empty");
        if (digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos ||
            std::stoi(digits) == 0)
            fail(row, kId, fmt::format("序号 \"{}\" is not a task number", raw));
        return std::stoi(digits);
    }

    std::string_view text_;
    const Header& header_;
    const std::string& filename_;
};

struct TableRows {
    std::vector<Task> tasks;
    std::vector<std::string> categories;
};

TableRows read_rows(std::string_view text, const Header& header, const std::string& filename) {
    const RowReader reader(text, header, filename);
    TableRows out;
    std::map<int, int> line_of_id;
    std::string category;
    int line = header.row.next_line;
    for (size_t offset = header.row.end; offset < text.size();) {
        const DelimitedRow row = read_row(text, offset, line, header.separator);
        offset = row.end;
        line = row.next_line;
        if (is_blank(row)) continue;
        if (row.cells.size() == 1) break;  // prose after the table, such as a note or signature
        Task t = reader.task(row, &category);
        if (auto [it, fresh] = line_of_id.emplace(t.id, row.line); !fresh)
            reader.fail(row, kId,
                        fmt::format("序号 {} repeats the one on line {}", t.id, it->second));
        if (!t.category.empty() && std::find(out.categories.begin(), out.categories.end(),
                                             t.category) == out.categories.end())
            out.categories.push_back(t.category);
        out.tasks.push_back(std::move(t));
    }
    if (out.tasks.empty())
        throw Error(fmt::format("{}:{}: the table under this header has no rows", filename,
                                header.row.line));
    return out;
}

// The notice's lines above the table, each read as a row so that the padding cells Excel adds
// to a title row ("标题,,,,") do not stick to the text.
std::vector<std::string> prose_lines(std::string_view text, const Header& header) {
    const std::string_view prose = text.substr(0, header.offset);
    std::vector<std::string> lines;
    int line = 1;
    for (size_t offset = 0; offset < prose.size();) {
        const DelimitedRow row = read_row(prose, offset, line, header.separator);
        std::vector<std::string> cells;
        for (const auto& c : row.cells) cells.emplace_back(trim_cell(c));
        lines.push_back(join(cells, " "));
        offset = row.end;
        line = row.next_line;
    }
    return lines;
}

std::string pick(const std::string& given, const std::string& found) {
    return given.empty() ? found : given;
}

// The user's year, else the document number's, else the title's, else any year the notice
// writes as YYYY年.
int plan_year(const Plan& plan, const NoticeFacts& facts, const ImportOptions& opts,
              const std::string& filename) {
    std::optional<int> year = opts.year;
    if (!year) year = year_in(plan.document);
    if (!year) year = year_in(plan.title);
    if (!year) year = facts.year_in_text;
    if (!year)
        throw Error(fmt::format(
            "{}: cannot tell which year the plan is for: no document number, title or text "
            "above the table names one\nhint: give the year with --year",
            filename));
    if (*year < 1 || *year > 9999)
        throw Error(fmt::format("{}: the year {} is out of range", filename, *year));
    return *year;
}

}  // namespace

Plan import_table(std::string_view bytes, const std::string& filename, const ImportOptions& opts) {
    const std::string text = to_utf8(bytes, filename, opts.encoding);
    const std::optional<Header> header = find_header(text, filename);
    if (!header)
        throw Error(
            fmt::format("{}: no task table found\n"
                        "hint: the table needs a header row with the cells 序号, 重点工作任务, "
                        "责任领导 and 责任股室, "
                        "separated by tabs or commas",
                        filename));
    TableRows rows = read_rows(text, *header, filename);
    const NoticeFacts facts = read_notice(prose_lines(text, *header));

    Plan plan;
    plan.title = pick(opts.title, facts.title);
    plan.issuer = pick(opts.issuer, facts.issuer);
    plan.document = pick(opts.document, facts.document);
    const int year = plan_year(plan, facts, opts, filename);
    plan.start = {year, 1, 1};
    plan.due = {year, 12, 31};
    plan.dispatch_months = 2;
    // A bare table has no heading; a plan needs a title, and this one says what it is.
    if (plan.title.empty()) plan.title = fmt::format("{}年度重点工作任务", year);
    plan.categories = std::move(rows.categories);
    plan.tasks = std::move(rows.tasks);
    return plan;
}

std::string import_header_comment(const Plan& plan) {
    // "附件" only where there is a notice the table is attached to.
    const std::string table = plan.title.empty() ? "" : plan.title + "分解表";
    const std::string attachment = plan.document.empty() || table.empty() ? table : "附件" + table;
    std::string source = join({plan.issuer, plan.document, attachment}, " ");
    if (source.empty()) source = "重点工作任务分解表";
    // A YAML comment cannot hold control characters, which a damaged notice may have.
    source.erase(std::remove_if(source.begin(), source.end(),
                                [](unsigned char c) { return c < 0x20 || c == 0x7F; }),
                 source.end());
    return "来源：" + source +
           "\n由 duban import 从通知原文生成；进展用 duban mark 追加，不要手改已有记录。";
}

}  // namespace duban
