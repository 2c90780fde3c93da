#include "report/form_writer.h"

#include "report/listing.h"

namespace duban {

namespace {

void add_line(std::string& out, const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    out += "\r\n";
}

}  // namespace

std::string form_csv(const Form& form) {
    std::string out = "\xEF\xBB\xBF";
    add_line(out, {form.title});
    add_line(out, {form.subtitle});
    add_line(out, {form.instruction});
    std::vector<std::string> header;
    for (const auto& c : form_columns()) header.push_back(c.heading);
    header.push_back("校验码");
    add_line(out, header);
    bool support_titled = false;
    for (const FormRow& row : form.rows) {
        if (!row.lead && !support_titled) {
            add_line(out, {"协办任务（由牵头股室报送，本表仅供了解，请勿填写）"});
            support_titled = true;
        }
        std::vector<std::string> cells = row.shown;
        cells.resize(kFormColumns);
        cells.push_back(row.fingerprint);
        add_line(out, cells);
    }
    out += "\r\n";
    for (const auto& stamp_row : form_stamp_rows(form)) add_line(out, stamp_row);
    return out;
}

}  // namespace duban
