// JSON written as it is produced, for long lists: nothing is built before printing.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "judge/pace.h"
#include "model/plan.h"

namespace duban {

// Writes one JSON value to `out` piece by piece, laid out exactly as dump() (json.h) lays out
// the same value: indented by 2, UTF-8 kept, control characters escaped. Buffers in memory and
// writes in large pieces; finish() writes the rest and the final newline. Calls must nest
// properly (a key before each value in an object); the writer does not check.
class JsonStream {
  public:
    explicit JsonStream(std::ostream& out) : out_(out) {}
    JsonStream(const JsonStream&) = delete;
    JsonStream& operator=(const JsonStream&) = delete;

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(int number);
    void value(bool truth);
    void value(const std::vector<std::string>& texts);
    void finish();

  private:
    void open(char bracket);
    void close(char bracket);
    void before_value();
    void string(std::string_view text);
    void escape(char c);  // one byte that JSON escapes
    void maybe_flush();

    std::ostream& out_;
    std::string buf_;
    std::vector<int> counts_;  // items written so far in each open container
    bool after_key_ = false;
};

// The same value as judged_task_json (json.h), written to `out`.
void write_judged_task(JsonStream& out, const Task& task, const Plan& plan, Date as_of);

}  // namespace duban
