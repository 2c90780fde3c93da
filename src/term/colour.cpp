#include "term/colour.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "model/error.h"
#include "text/i18n.h"

namespace duban::term {

ColourMode parse_colour_mode(std::string_view text) {
    if (text == "auto") return ColourMode::Auto;
    if (text == "always") return ColourMode::Always;
    if (text == "never") return ColourMode::Never;
    throw Error(tr(N_("--color takes always, never or auto, not '{0}'"), text), kExitUsage);
}

bool colour_enabled(ColourMode mode, int fd) {
    if (mode == ColourMode::Always) return true;
    if (mode == ColourMode::Never) return false;
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour && *no_colour) return false;
    const char* term = std::getenv("TERM");
    if (term && std::strcmp(term, "dumb") == 0) return false;
    return isatty(fd) != 0;
}

int terminal_width(int fd) {
    struct winsize ws {};
    if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    // Output to a file or a pipe is for scripts and grep: cut to a width only when asked to,
    // as `COLUMNS=100 duban list | less` does (shells set COLUMNS but do not export it).
    if (const char* columns = std::getenv("COLUMNS")) {
        int n = std::atoi(columns);
        if (n > 0) return n;
    }
    return 0;
}

std::string paint(std::string_view text, Style style, bool enabled) {
    if (!enabled || style == Style::None) return std::string(text);
    const char* code = "";
    switch (style) {
        case Style::None:
            break;
        case Style::Bold:
            code = "1";
            break;
        case Style::Dim:
            code = "2";
            break;
        case Style::Red:
            code = "31";
            break;
        case Style::Yellow:
            code = "33";
            break;
        case Style::Green:
            code = "32";
            break;
        case Style::Blue:
            code = "34";
            break;
        case Style::Cyan:
            code = "36";
            break;
    }
    return std::string("\x1b[") + code + "m" + std::string(text) + "\x1b[0m";
}

}  // namespace duban::term
