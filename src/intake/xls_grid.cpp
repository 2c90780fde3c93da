#include <unistd.h>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>
#include <freexl.h>

#include "intake/office_grids.h"
#include "intake/table.h"
#include "model/error.h"
#include "text/i18n.h"

namespace duban {

namespace {

// libfreexl opens files by name only: the bytes go to a private temporary file, removed when
// this goes out of scope.
class TempCopy {
  public:
    TempCopy(std::string_view bytes, const std::string& filename) {
        const char* dir = std::getenv("TMPDIR");
        path_ = std::string(dir && *dir ? dir : "/tmp") + "/duban-xls-XXXXXX";
        const int fd = mkstemp(path_.data());
        if (fd < 0) throw Error(tr(N_("{0}: cannot make a temporary copy to read"), filename));
        size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
            if (n <= 0) {
                ::close(fd);
                ::unlink(path_.c_str());
                throw Error(tr(N_("{0}: cannot make a temporary copy to read"), filename));
            }
            done += static_cast<size_t>(n);
        }
        ::close(fd);
    }
    ~TempCopy() { ::unlink(path_.c_str()); }
    TempCopy(const TempCopy&) = delete;
    TempCopy& operator=(const TempCopy&) = delete;
    const std::string& path() const { return path_; }

  private:
    std::string path_;
};

class Workbook {
  public:
    Workbook(const std::string& path, const std::string& filename) {
        if (freexl_open(path.c_str(), &handle_) != FREEXL_OK) {
            if (handle_) freexl_close(handle_);
            throw Error(tr(N_("{0}: not a readable Excel 97–2003 workbook (.xls)"), filename));
        }
    }
    ~Workbook() { freexl_close(handle_); }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;
    const void* get() const { return handle_; }

  private:
    const void* handle_ = nullptr;
};

std::string number_text(double v) {
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return fmt::format("{}", static_cast<long long>(v));
    return fmt::format("{}", v);
}

std::string value_text(const FreeXL_CellValue& v) {
    switch (v.type) {
        case FREEXL_CELL_INT:
            return fmt::format("{}", v.value.int_value);
        case FREEXL_CELL_DOUBLE:
            return number_text(v.value.double_value);
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME:
            return v.value.text_value ? v.value.text_value : "";
        default:
            return "";
    }
}

Grid read_worksheet(const void* wb, unsigned short index, const std::string& filename) {
    Grid sheet;
    sheet.file = filename;
    const char* name = nullptr;
    freexl_get_worksheet_name(wb, index, &name);
    const std::string sheet_name = name ? name : fmt::format("Grid{}", index + 1);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(wb, index) != FREEXL_OK ||
        freexl_worksheet_dimensions(wb, &rows, &columns) != FREEXL_OK)
        throw Error(tr(N_("{0}: cannot read the worksheet {1}"), filename, sheet_name));
    for (unsigned int r = 0; r < rows; ++r) {
        GridRow row;
        row.where = fmt::format("{}!{}", sheet_name, r + 1);
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue v;
            std::string text;
            if (freexl_get_cell_value(wb, r, c, &v) == FREEXL_OK) text = value_text(v);
            row.cells.push_back({std::move(text),
                                 fmt::format("{}!{}{}", sheet_name, column_letters(c), r + 1),
                                 false});
        }
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

}  // namespace

Grid xls_grid(std::string_view bytes, const std::string& filename,
              const std::vector<ColumnOverride>& overrides) {
    TempCopy copy(bytes, filename);
    Workbook wb(copy.path(), filename);
    unsigned int sheets = 0;
    if (freexl_get_info(wb.get(), FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0)
        throw Error(tr(N_("{0}: the workbook has no worksheet"), filename));
    std::optional<Grid> first;
    for (unsigned int i = 0; i < sheets && i < 256; ++i) {
        Grid s = read_worksheet(wb.get(), static_cast<unsigned short>(i), filename);
        if (read_table_header(s, overrides)) return s;
        if (!first) first = std::move(s);
    }
    return std::move(*first);
}

std::string column_letters(int column) {
    std::string out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
    return out;
}

}  // namespace duban
