// Units (股室, 单位, 部门) as the cells of a breakdown table name them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duban {

// Who leads and who helps, read from one lead cell.
struct Units {
    std::string lead;                   // the first unit listed: the task's office
    std::vector<std::string> co_leads;  // the other units listed: they lead together
    std::vector<std::string> partners;  // units the cell itself says only assist (…配合)
};

// The units of a lead cell (责任单位, 牵头单位), in order. Several units (one per line, or
// separated by 、，,；; / or spaces) are one lead and co-leads. A cell that says who leads and
// who assists, 办公室牵头，各科室配合, gives the lead and partners: a clause ending in 牵头 names
// leads, one ending in 配合, 协助, 协办 or 参与 names partners. Trailing 。 and padding go.
Units read_lead_units(std::string_view cell);

// The units of a partners cell (配合单位, 协办股室（单位）), in order; trailing 。 dropped.
std::vector<std::string> read_units(std::string_view cell);

// `name` without the punctuation a cell may end in (。；，、 and ASCII . ; ,).
std::string drop_trailing_punctuation(std::string name);

}  // namespace duban
