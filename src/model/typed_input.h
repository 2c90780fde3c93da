// What people type into a form or a command line, read the way they mean it: full-width digits,
// 60%, 2021/6/25, 6月25日, 进行中. The one parser of typed values; commands and returned forms
// both go through it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"
#include "model/plan.h"

namespace duban {

// `text` with full-width ASCII (U+FF01–FF5E) folded to ASCII, the ideographic space to a
// space, and surrounding spaces removed.
std::string fold_typed(std::string_view text);

// A whole percent from 0 to 100: 60, 60%, ６０, 60.0, 60.00%. nullopt for anything else
// (六成, 60.5, 150, -1, empty).
std::optional<int> parse_typed_progress(std::string_view text);

// A day: 2021-6-25, 2021/6/25, 2021.6.25, 2021年6月25日, or without the year (6月25日, 6/25,
// 6-25), which then falls in `year`. nullopt when it names no real day.
std::optional<Date> parse_typed_date(std::string_view text, int year);

// A status word: 未启动, 推进中, 进行中, 已完成, 完成, 已销号, 销号, or the keywords
// not-started, in-progress, done, closed. nullopt otherwise.
std::optional<Status> parse_typed_status(std::string_view text);

}  // namespace duban
