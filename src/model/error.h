// The one exception type core code throws, and the exit codes main maps it to.
#pragma once

#include <stdexcept>
#include <string>

namespace duban {

// Exit statuses shared by every command (documented in man/duban.1.scd and the README).
enum ExitCode : int {
    kExitOk = 0,     // done; nothing found
    kExitFound = 1,  // the command found something: check found errors, diff found changes,
                     // merge left conflicts
    kExitUsage = 2,  // the command line was wrong
    kExitData = 3,   // the data could not be read, parsed or written
};

// A problem worth telling the user about. `what()` is written for the user: it names the file,
// line and column where there is one, and carries any hint on following lines.
class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& message, int exit_code = kExitData)
        : std::runtime_error(message), exit_code_(exit_code) {}
    int exit_code() const { return exit_code_; }

  private:
    int exit_code_;
};

}  // namespace duban
