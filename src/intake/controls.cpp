#include "intake/controls.h"

#include "model/error.h"
#include "text/control.h"
#include "text/i18n.h"

namespace duban {

namespace {

void refuse_control(const std::string& text, const std::string& place) {
    const size_t at = find_control(text);
    if (at == std::string::npos) return;
    throw Error(tr(N_("{0}: holds the control character {1}, which a table cannot have: "
                      "the file is damaged, or its encoding is not the one it was read "
                      "in\nhint: open it in Word, WPS or Excel and save it again (as .docx or "
                      ".xlsx), or give the encoding with --encoding"),
                   place, control_at(text, at)),
                kExitData);
}

}  // namespace

std::string word_layout_controls(std::string text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\x0B':
            case '\x0C':
                out += '\n';
                break;
            case '\x1E':
                out += '-';
                break;
            case '\x07':
            case '\x1F':
                break;
            default:
                out += c;
        }
    }
    return out;
}

void clean_controls(Grid& grid) {
    for (size_t i = 0; i < grid.prose.size(); ++i) {
        grid.prose[i] = word_layout_controls(std::move(grid.prose[i]));
        refuse_control(grid.prose[i],
                       tr(N_("{0}: paragraph {1} above the table"), grid.file, i + 1));
    }
    for (GridRow& row : grid.rows)
        for (GridCell& cell : row.cells) {
            cell.text = word_layout_controls(std::move(cell.text));
            refuse_control(cell.text, grid.file + ":" + cell.where);
        }
}

}  // namespace duban
