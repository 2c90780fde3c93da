// libxlsxwriter's functions, opened on first use (store/shared_library.h): only the ledger and
// the progress forms need it, and it brings libminizip and libcrypto with it. Included by
// report/xlsx_kit.h; calls to these must be in namespace duban.
#pragma once

#include <xlsxwriter.h>

#include "store/shared_library.h"

namespace duban {

// libxlsxwriter, as found on the build machine (its SONAME and Debian package).
SharedLibrary& xlsxwriter_library();

DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_align);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_bg_color);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_bold);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_border);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_font_color);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_font_size);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_num_format);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_pattern);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_text_wrap);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, format_set_unlocked);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, lxw_strerror);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, workbook_add_format);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, workbook_add_worksheet);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, workbook_close);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, workbook_new);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, workbook_set_custom_property_integer);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, workbook_set_custom_property_string);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, workbook_set_properties);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_autofilter);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_center_horizontally);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_data_validation_range);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_fit_to_pages);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_freeze_panes);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_hide);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_merge_range);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_protect);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_repeat_columns);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_repeat_rows);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_set_column);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_set_footer);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_set_landscape);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_set_margins);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_set_paper);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_set_print_scale);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_set_row);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_write_blank);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_write_datetime);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_write_number);
DUBAN_LAZY_FUNCTION(xlsxwriter_library, worksheet_write_string);

}  // namespace duban
