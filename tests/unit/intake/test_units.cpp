#include <doctest/doctest.h>

#include "intake/units.h"

using namespace duban;
using Names = std::vector<std::string>;

TEST_CASE("a lead cell naming several units: the first leads, the others co-lead") {
    Units u = read_lead_units("县水利局、县住建局；县自然资源局。");
    CHECK(u.lead == "县水利局");
    CHECK(u.co_leads == Names{"县住建局", "县自然资源局"});
    CHECK(u.partners.empty());
    u = read_lead_units("县商务局\n县文旅广体局");
    CHECK(u.lead == "县商务局");
    CHECK(u.co_leads == Names{"县文旅广体局"});
}

TEST_CASE("a cell that says who leads and who assists") {
    Units u = read_lead_units("办公室牵头，各科室配合");
    CHECK(u.lead == "办公室");
    CHECK(u.co_leads.empty());
    CHECK(u.partners == Names{"各科室"});
    u = read_lead_units("县发改局、县财政局牵头；各乡镇参与");
    CHECK(u.lead == "县发改局");
    CHECK(u.co_leads == Names{"县财政局"});
    CHECK(u.partners == Names{"各乡镇"});
}

TEST_CASE("units lose trailing punctuation, not inner text") {
    CHECK(read_units("办公室。") == Names{"办公室"});
    CHECK(read_units("工会、团委。") == Names{"工会", "团委"});
    CHECK(drop_trailing_punctuation("县一中。；") == "县一中");
    CHECK(read_lead_units("").lead.empty());
}
