// Geometry of the HTML reports' bar charts. Templates cannot compute, so every coordinate an
// inline SVG needs is worked out here, in whole pixels so the output never depends on how a
// floating-point number prints.
#include <algorithm>

#include "report/report_chart.h"

namespace duban::report_detail {

namespace {

constexpr int kLabelWidth = 100;  // room for a category name left of the bars
constexpr int kScale = 3;         // pixels per percentage point: 100% is 300 px
constexpr int kRow = 28;          // height of one bar's row
constexpr int kBar = 16;          // height of a bar

Json bar(int index, int width) {
    int y = index * kRow;
    return {{"y", y},
            {"bar_y", y + (kRow - kBar) / 2},
            {"bar_height", kBar},
            {"text_y", y + kRow / 2 + 5},
            {"width", width},
            {"value_x", kLabelWidth + width + 6}};
}

}  // namespace

Json chart(const Json& cats, const Json& totals) {
    Json progress = Json::array();
    for (const auto& c : cats) {
        int i = static_cast<int>(progress.size());
        Json b = bar(i, c["progress_avg"].get<int>() * kScale);
        b["name"] = c["name"];
        b["value_text"] = c["progress_avg_text"];
        b["expected_text"] = c["expected_avg_text"];
        b["expected_x"] = kLabelWidth + c["expected_avg"].get<int>() * kScale;
        b["expected_y1"] = i * kRow + 3;
        b["expected_y2"] = i * kRow + kRow - 3;
        progress.push_back(std::move(b));
    }
    int most = 1;
    for (const auto& l : totals["lights"]) most = std::max(most, l["count"].get<int>());
    Json lights = Json::array();
    for (const auto& l : totals["lights"]) {
        int count = l["count"].get<int>();
        Json b = bar(static_cast<int>(lights.size()), count * 100 * kScale / most);
        b["key"] = l["key"];
        b["label"] = l["label"];
        b["count"] = count;
        lights.push_back(std::move(b));
    }
    int width = kLabelWidth + 100 * kScale + 60;
    return {{"width", width},
            {"label_x", kLabelWidth - 8},
            {"bars_x", kLabelWidth},
            {"full_width", 100 * kScale},
            {"progress",
             {{"height", static_cast<int>(progress.size()) * kRow},
              {"bars", std::move(mark_ends(progress))}}},
            {"lights",
             {{"height", static_cast<int>(lights.size()) * kRow},
              {"bars", std::move(mark_ends(lights))}}}};
}

}  // namespace duban::report_detail
