// libzip's functions, opened on first use (store/shared_library.h): only commands that read or
// write an Office package need libzip, and it brings libcrypto, libbz2 and liblzma with it.
// Include this after <zip.h>, in a source file whose calls are in namespace duban.
#pragma once

#include <zip.h>

#include "store/shared_library.h"

namespace duban {

// libzip, as found on the build machine (its SONAME and Debian package).
SharedLibrary& zip_library();

DUBAN_LAZY_FUNCTION(zip_library, zip_close);
DUBAN_LAZY_FUNCTION(zip_library, zip_discard);
DUBAN_LAZY_FUNCTION(zip_library, zip_error_fini);
DUBAN_LAZY_FUNCTION(zip_library, zip_error_init);
DUBAN_LAZY_FUNCTION(zip_library, zip_error_strerror);
DUBAN_LAZY_FUNCTION(zip_library, zip_fclose);
DUBAN_LAZY_FUNCTION(zip_library, zip_file_add);
DUBAN_LAZY_FUNCTION(zip_library, zip_file_set_mtime);
DUBAN_LAZY_FUNCTION(zip_library, zip_file_strerror);
DUBAN_LAZY_FUNCTION(zip_library, zip_fopen_index);
DUBAN_LAZY_FUNCTION(zip_library, zip_fread);
DUBAN_LAZY_FUNCTION(zip_library, zip_get_name);
DUBAN_LAZY_FUNCTION(zip_library, zip_get_num_entries);
DUBAN_LAZY_FUNCTION(zip_library, zip_name_locate);
DUBAN_LAZY_FUNCTION(zip_library, zip_open_from_source);
DUBAN_LAZY_FUNCTION(zip_library, zip_source_buffer);
DUBAN_LAZY_FUNCTION(zip_library, zip_source_buffer_create);
DUBAN_LAZY_FUNCTION(zip_library, zip_source_close);
DUBAN_LAZY_FUNCTION(zip_library, zip_source_free);
DUBAN_LAZY_FUNCTION(zip_library, zip_source_keep);
DUBAN_LAZY_FUNCTION(zip_library, zip_source_open);
DUBAN_LAZY_FUNCTION(zip_library, zip_source_read);
DUBAN_LAZY_FUNCTION(zip_library, zip_source_stat);
DUBAN_LAZY_FUNCTION(zip_library, zip_stat_index);
DUBAN_LAZY_FUNCTION(zip_library, zip_strerror);

}  // namespace duban
