// CLI11's own words (Usage, Options, Subcommands, "Print this help message and exit", its error
// messages) in the reader's language, through the same catalogue as duban's messages.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace duban::cli {

// Gives `app` a formatter whose labels and group titles are translated and a translated help
// flag. Call on the root before adding subcommands: CLI11 copies both into each subcommand.
void translate_cli11(CLI::App& app);

// CLI11's message for a parse error, in the reader's language: each message shape CLI11 2.1
// produces is recognised and reworded; an unknown shape is returned as CLI11 wrote it.
std::string cli11_message(const CLI::Error& e);

}  // namespace duban::cli
