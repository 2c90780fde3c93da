// What people type, read the way they mean it: the one parser for every date, progress and
// status a person gives on the command line or in a returned form. Clerks write 2021/6/25,
// 2021年6月25日, 60%, ６０ (full-width, from a Chinese input method) or 进行中; all are accepted
// here and nowhere else. Stored files keep their strict forms (store/load reads those).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"
#include "model/plan.h"

namespace duban {

// A value read from typed text, or why it could not be: `problem` is an English message,
// marked for translation, with fmt placeholders {0} for the text typed and, from
// read_whole_number, {1} and {2} for the bounds; callers word it with tr(problem, text, lo, hi).
template <typename T>
struct Typed {
    std::optional<T> value;
    const char* problem = nullptr;
    explicit operator bool() const { return value.has_value(); }
};

// Full-width ASCII (０-９, ％, ／, ．, －, Ａ-ｚ…) as ASCII and the ideographic space as a space,
// with spaces at both ends removed. Everything else is left as it is.
std::string narrow_typed(std::string_view text);

// A date: 2021-06-25, 2021-6-25, 2021/6/25, 2021.6.25, 2021年6月25日 (日 or 号 optional),
// and, when `plan_year` is not 0, 6月25日, 6/25 or 06-25 in that year. Digits may be full-width.
// The day must exist (2021-02-30 is refused with a reason).
Typed<Date> read_date(std::string_view text, int plan_year = 0);

// A whole number from `lo` to `hi`: 60, ６０, 60.0 (a fraction such as 60.5 is refused with a
// reason, not rounded).
Typed<int> read_whole_number(std::string_view text, int lo, int hi);

// Progress in percent, 0 to 100: 60, 60%, ６０％, 60.0.
Typed<int> read_progress(std::string_view text);

// A status: the stored keywords (not-started, in-progress, done, closed, in any case, with
// spaces or underscores for the hyphen) and the words clerks use: 未启动 未开始, 推进中 进行中
// 正在推进, 已完成 完成, 已销号 销号.
Typed<Status> read_status(std::string_view text);

// The statuses one may type, for messages: "not-started, in-progress, done, closed (or 未启动,
// 推进中, 已完成, 已销号)".
const char* status_choices();

}  // namespace duban
