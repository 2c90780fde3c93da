#include <unistd.h>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>
#include <freexl.h>
#include <gsf/gsf.h>

#include "intake/office_grids.h"
#include "intake/table.h"
#include "model/error.h"
#include "store/shared_library.h"
#include "text/i18n.h"

namespace duban {

namespace {

// libgsf (with GLib, GObject, GIO, libxml2 and ICU behind it) and libfreexl are opened only when
// an .xls is read (store/shared_library.h); the SONAMEs and packages are the build machine's.
SharedLibrary& gsf_library() {
    static SharedLibrary library(DUBAN_GSF_SONAME, N_("read Excel 97–2003 workbooks (.xls)"),
                                 DUBAN_GSF_PACKAGE);
    return library;
}
SharedLibrary& freexl_library() {
    static SharedLibrary library(DUBAN_FREEXL_SONAME, N_("read Excel 97–2003 workbooks (.xls)"),
                                 DUBAN_FREEXL_PACKAGE);
    return library;
}

// GLib's functions are found through libgsf, which depends on them.
DUBAN_LAZY_FUNCTION(gsf_library, g_error_free);
DUBAN_LAZY_FUNCTION(gsf_library, g_log_set_default_handler);
DUBAN_LAZY_FUNCTION(gsf_library, g_object_unref);
DUBAN_LAZY_FUNCTION(gsf_library, g_type_check_instance_cast);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_infile_child_by_name);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_infile_msole_new);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_init);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_input_memory_new);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_input_read);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_input_size);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_outfile_msole_new);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_outfile_new_child);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_output_close);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_output_get_type);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_output_memory_get_bytes);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_output_memory_get_type);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_output_memory_new);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_output_size);
DUBAN_LAZY_FUNCTION(gsf_library, gsf_output_write);
DUBAN_LAZY_FUNCTION(freexl_library, freexl_close);
DUBAN_LAZY_FUNCTION(freexl_library, freexl_get_cell_value);
DUBAN_LAZY_FUNCTION(freexl_library, freexl_get_info);
DUBAN_LAZY_FUNCTION(freexl_library, freexl_get_worksheet_name);
DUBAN_LAZY_FUNCTION(freexl_library, freexl_open);
DUBAN_LAZY_FUNCTION(freexl_library, freexl_select_active_worksheet);
DUBAN_LAZY_FUNCTION(freexl_library, freexl_worksheet_dimensions);

constexpr gsf_off_t kMaxStreamBytes = 256 << 20;

template <typename T>
struct Unref {
    void operator()(T* p) const {
        if (p) g_object_unref(p);
    }
};
template <typename T>
using GsfPtr = std::unique_ptr<T, Unref<T>>;

[[noreturn]] void not_xls(const std::string& filename) {
    throw Error(tr(N_("{0}: not a readable Excel 97–2003 workbook (.xls)"), filename));
}

// The workbook stream ("Workbook", or "Book" before Excel 97) of the compound file, read with
// libgsf.
std::string workbook_stream(std::string_view bytes, const std::string& filename) {
    GsfPtr<GsfInput> input(gsf_input_memory_new(reinterpret_cast<const guint8*>(bytes.data()),
                                                gsf_off_t(bytes.size()), FALSE));
    GError* error = nullptr;
    GsfPtr<GsfInfile> ole(gsf_infile_msole_new(input.get(), &error));
    if (error) g_error_free(error);
    if (!ole) not_xls(filename);
    GsfPtr<GsfInput> stream(gsf_infile_child_by_name(ole.get(), "Workbook"));
    if (!stream) stream.reset(gsf_infile_child_by_name(ole.get(), "Book"));
    if (!stream) not_xls(filename);
    const gsf_off_t size = gsf_input_size(stream.get());
    if (size <= 0 || size > kMaxStreamBytes) not_xls(filename);
    std::string data(size_t(size), '\0');
    if (!gsf_input_read(stream.get(), size_t(size), reinterpret_cast<guint8*>(data.data())))
        not_xls(filename);
    return data;
}

// The .xls rebuilt around its workbook stream alone, in a compound file libgsf writes.
// libfreexl 1.0.6 trusts the compound file's directory: an entry whose name length says more
// than the 64 bytes it has makes it read far past a stack buffer (fuzz_import found it; see
// tests/fuzz-regressions/import/xls-directory-name-too-long.xls). What it reads from here has
// only directory entries libgsf wrote.
std::string rebuilt_xls(std::string_view bytes, const std::string& filename) {
    static const bool initialised = [] {
        gsf_init();
        // libgsf warns on standard error about damaged files; the Error thrown says it instead.
        g_log_set_default_handler([](const gchar*, GLogLevelFlags, const gchar*, gpointer) {},
                                  nullptr);
        return true;
    }();
    (void)initialised;
    const std::string data = workbook_stream(bytes, filename);
    GsfPtr<GsfOutput> memory(gsf_output_memory_new());
    GsfPtr<GsfOutfile> ole(gsf_outfile_msole_new(memory.get()));
    GsfPtr<GsfOutput> stream(gsf_outfile_new_child(ole.get(), "Workbook", FALSE));
    const bool written =
        gsf_output_write(stream.get(), data.size(), reinterpret_cast<const guint8*>(data.data())) &&
        gsf_output_close(stream.get()) && gsf_output_close(GSF_OUTPUT(ole.get()));
    if (!written) throw Error(tr(N_("{0}: cannot make a temporary copy to read"), filename));
    const guint8* out = gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(memory.get()));
    return std::string(reinterpret_cast<const char*>(out), size_t(gsf_output_size(memory.get())));
}

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
    TempCopy copy(rebuilt_xls(bytes, filename), filename);
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
