#include "store/zip_package.h"

#include <memory>

#include <fmt/format.h>
#include "model/error.h"
#include "store/zip_library.h"
#include "text/i18n.h"

namespace duban {

SharedLibrary& zip_library() {
    static SharedLibrary library(
        DUBAN_LIBZIP_SONAME, N_("read or write Office files (.docx, .xlsx)"), DUBAN_LIBZIP_PACKAGE);
    return library;
}

namespace {

constexpr zip_uint64_t kMaxPartBytes = 256u << 20;

}  // namespace

ZipPackage::ZipPackage(std::string_view bytes, std::string file, const char* not_zip)
    : file_(std::move(file)) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive_) {
        if (source) zip_source_free(source);
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        throw Error(tr(not_zip, file_, why), kExitData);
    }
    zip_error_fini(&error);
}

ZipPackage::~ZipPackage() {
    zip_discard(archive_);
}

std::optional<std::string> ZipPackage::part(const std::string& name) const {
    zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
    if (index < 0) index = zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::nullopt;
    zip_stat_t stat;
    if (zip_stat_index(archive_, zip_uint64_t(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE))
        fail(name, _("cannot read its size"));
    if (stat.size > kMaxPartBytes)
        fail(name, tr(N_("{0} bytes uncompressed, more than a table can need"), stat.size));
    auto close = [](zip_file_t* f) { zip_fclose(f); };
    std::unique_ptr<zip_file_t, decltype(close)> entry(
        zip_fopen_index(archive_, zip_uint64_t(index), 0), close);
    if (!entry) fail(name, zip_strerror(archive_));
    std::string data(stat.size, '\0');
    zip_uint64_t done = 0;
    while (done < stat.size) {
        const zip_int64_t got = zip_fread(entry.get(), data.data() + done, stat.size - done);
        if (got <= 0) fail(name, got < 0 ? zip_file_strerror(entry.get()) : _("it is truncated"));
        done += zip_uint64_t(got);
    }
    return data;
}

std::vector<std::string> ZipPackage::names() const {
    std::vector<std::string> out;
    const zip_int64_t n = zip_get_num_entries(archive_, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        if (const char* name = zip_get_name(archive_, zip_uint64_t(i), 0)) out.push_back(name);
    return out;
}

void ZipPackage::fail(const std::string& name, const std::string& why) const {
    throw Error(fmt::format("{}: {}: {}", file_, name, why), kExitData);
}

}  // namespace duban
