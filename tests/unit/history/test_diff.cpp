#include <doctest/doctest.h>

#include "history/diff.h"
#include "model/plan.h"

using namespace duban;

TEST_CASE("diff compares every key of plan.rules, each as its own change") {
    Plan a, b;
    a.start = b.start = Date{2021, 1, 1};
    a.due = b.due = Date{2021, 12, 31};
    CHECK(diff_plans(a, b).empty());
    // Every key of the one table of rule keys shows when it alone changes.
    for (const RuleKey& k : rule_keys()) {
        Plan c = a;
        if (k.field)
            c.rules.*k.field += 1;
        else
            c.rules.*k.text += "x";
        PlanDiff d = diff_plans(a, c);
        REQUIRE(d.plan.size() == 1);
        CHECK(d.plan[0].key == std::string("rules.") + k.name);
        if (k.field) {
            CHECK(d.plan[0].before == std::to_string(a.rules.*k.field));
            CHECK(d.plan[0].after == std::to_string(a.rules.*k.field + 1));
        } else {
            CHECK(d.plan[0].before == a.rules.*k.text);
            CHECK(d.plan[0].after == a.rules.*k.text + "x");
        }
    }
}
