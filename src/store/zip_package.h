// An Office file's package (.docx, .xlsx): a zip archive held in memory, read part by part
// with libzip. The one reader of zip packages: the importer, returned forms and .docx
// templates all go through it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace duban {

class ZipPackage {
  public:
    // Opens `bytes`, which must outlive the package. `file` names it in messages. When the
    // bytes are not a zip archive, throws Error (data) with `not_zip`, a message marked N_()
    // whose {0} is `file` and {1} libzip's reason (it may leave {1} out).
    ZipPackage(std::string_view bytes, std::string file, const char* not_zip);
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    // The part's bytes, or nullopt when the package has no such part. Names are matched
    // exactly first, then ignoring case, as Office does. Throws Error "<file>: <part>: <why>"
    // when the part cannot be read whole, or would be larger than 256 MiB uncompressed (no
    // table or template comes near that; a zip bomb does).
    std::optional<std::string> part(const std::string& name) const;

    // Every part's name, in the archive's order.
    std::vector<std::string> names() const;

    // Throws Error "<file>: <part>: <why>": for a part that is there but wrong.
    [[noreturn]] void fail(const std::string& name, const std::string& why) const;

  private:
    std::string file_;
    struct zip* archive_ = nullptr;
};

}  // namespace duban
