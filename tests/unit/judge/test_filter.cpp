#include <doctest/doctest.h>

#include "judge/filter.h"
#include "model/error.h"
#include "store/load.h"

using namespace duban;

namespace {

Plan sample() {
    Plan p;
    auto add = [&](int id, std::string cat, std::vector<std::string> leaders, std::string office,
                   std::vector<std::string> partners, std::string title, int progress) {
        Task t;
        t.id = id;
        t.category = std::move(cat);
        t.leaders = std::move(leaders);
        t.office = std::move(office);
        t.partners = std::move(partners);
        t.title = std::move(title);
        if (progress > 0) {
            Update u;
            u.progress = progress;
            u.status = progress == 100 ? Status::Done : Status::InProgress;
            t.updates.push_back(u);
        }
        p.tasks.push_back(std::move(t));
    };
    add(2, "抓常规", {"何军", "戴方栋"}, "法制安全股", {"基教股", "校车办"}, "平安校园", 30);
    add(3, "抓常规", {"何军"}, "后勤中心", {}, "节约现场会", 100);
    add(6, "抓常规", {"刘建新"}, "基教股", {"工会"}, "书香校园", 0);
    add(27, "改评价", {"刘建新"}, "督导股", {"基教股"}, "评价方案", 0);
    return p;
}

std::vector<int> ids(const Plan& p, const Filter& f) {
    std::vector<int> out;
    for (const Task* t : select(p, f)) out.push_back(t->id);
    return out;
}

}  // namespace

TEST_CASE("filters combine: AND across kinds, OR within one") {
    Plan p = sample();
    struct Case {
        const char* name;
        Filter filter;
        std::vector<int> expected;
    };
    Filter leader_padded;
    leader_padded.leaders = {"何 军"};
    Filter leader_fullwidth;
    leader_fullwidth.leaders = {"何\u3000军"};
    Filter two_leaders;
    two_leaders.leaders = {"戴方栋", "刘建新"};
    Filter office_any;
    office_any.offices = {"基教股"};
    Filter office_lead = office_any;
    office_lead.role = Role::Lead;
    Filter office_partner = office_any;
    office_partner.role = Role::Partner;
    Filter leader_and_category;
    leader_and_category.leaders = {"刘建新"};
    leader_and_category.categories = {"改评价"};
    Filter status;
    status.statuses = {Status::NotStarted, Status::Done};
    Filter text;
    text.texts = {"校园"};
    const Case cases[] = {
        {"no criteria", Filter{}, {2, 3, 6, 27}},
        {"padded leader", leader_padded, {2, 3}},
        {"full-width padded leader", leader_fullwidth, {2, 3}},
        {"two leaders", two_leaders, {2, 6, 27}},
        {"office, any role", office_any, {2, 6, 27}},
        {"office as lead", office_lead, {6}},
        {"office as partner", office_partner, {2, 27}},
        {"leader and category", leader_and_category, {27}},
        {"two statuses", status, {3, 6, 27}},
        {"text", text, {2, 6}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        CHECK(ids(p, c.filter) == c.expected);
    }
}

TEST_CASE("statuses parse in either spelling and bad ones are named") {
    CHECK(parse_statuses({"推进中", "done"}) ==
          std::vector<Status>{Status::InProgress, Status::Done});
    CHECK(parse_statuses({"进行中", "销号"}) ==
          std::vector<Status>{Status::InProgress, Status::Closed});
    CHECK_THROWS_WITH_AS(parse_statuses({"进行"}),
                         "--status: unknown status '进行'; use not-started, in-progress, done, "
                         "closed (or 未启动, 推进中, 已完成, 已销号)",
                         Error);
}

TEST_CASE("judged filters: light, overdue, unreported, and status as of a date") {
    Plan p = load_plan(read_file(DUBAN_TEST_FIXTURES "/progress.yaml"), "progress.yaml");
    Filter f;
    f.as_of = *parse_date("2021-07-15");
    f.lights = parse_lights({"red", "黄灯"});
    CHECK(ids(p, f) == std::vector<int>{3, 6, 12, 21, 29});
    f.lights = {};
    f.overdue = true;
    CHECK(ids(p, f) == std::vector<int>{21});
    f.overdue = false;
    f.unreported = true;
    CHECK(ids(p, f) == std::vector<int>{3, 12, 21});
    f.unreported = false;
    f.statuses = {Status::Done};
    CHECK(ids(p, f) == std::vector<int>{1});
    f.as_of = *parse_date("2021-07-09");  // task 1 reported done on the 10th, 27 closed on the 12th
    CHECK(ids(p, f) == std::vector<int>{27});
    CHECK_THROWS_WITH(parse_lights({"green", "紫灯"}),
                      "unknown light '紫灯': use done, green, yellow, red (or 已完成, 绿灯, 黄灯, "
                      "红灯)");
}

TEST_CASE("describe_filter names every criterion, so a report's filter line hides none") {
    CHECK(describe_filter(Filter{}).empty());
    Filter f;
    f.leaders = {"何 军"};
    f.offices = {"基教股"};
    f.role = Role::Lead;
    f.categories = {"抓常规"};
    f.statuses = {Status::InProgress};
    f.lights = {Light::Red, Light::Yellow};
    f.overdue = true;
    f.unreported = true;
    f.texts = {"读书"};
    CHECK(describe_filter(f) == std::vector<std::string>{"责任领导：何军", "股室：基教股（牵头）",
                                                         "类别：抓常规", "状态：推进中",
                                                         "灯色：红灯、黄灯", "超期未完成",
                                                         "本轮未报送", "含文字：“读书”"});
    Filter red;
    red.lights = {Light::Red};
    CHECK(describe_filter(red) == std::vector<std::string>{"灯色：红灯"});
}

TEST_CASE("names are one name whatever their padding") {
    CHECK(same_name("何军", "何军"));
    CHECK(same_name("何 军", "何军"));
    CHECK(same_name("何军", " 何\u3000军\u00a0"));
    CHECK(same_name("\t何\r\n军", "何  军"));
    CHECK(same_name("", " \u3000"));
    CHECK_FALSE(same_name("何军", "何军军"));
    CHECK_FALSE(same_name("何军军", "何 军"));
    CHECK_FALSE(same_name("何军", "何君"));
    CHECK_FALSE(same_name("何军", ""));
    // The same answers strip_padding gives, byte for byte.
    for (const char* a : {"何 军", "何军", "何\u3000军", "a b", "ab", "a\u00a0", ""})
        for (const char* b : {"何军", " 何 军", "ab", "a", "\u3000"}) {
            CAPTURE(a);
            CAPTURE(b);
            CHECK(same_name(a, b) == (strip_padding(a) == strip_padding(b)));
        }
}

TEST_CASE("a filter's names must be some task's, padding ignored, with the nearest suggested") {
    Plan p = sample();
    p.tasks[2].co_leads = {"人事股"};
    auto names_ok = [&](std::vector<std::string> leaders, std::vector<std::string> offices,
                        std::vector<std::string> categories) {
        Filter f;
        f.leaders = std::move(leaders);
        f.offices = std::move(offices);
        f.categories = std::move(categories);
        check_filter_names(p, f);
    };
    CHECK_NOTHROW(names_ok({"何 军", "刘建新"}, {"校车办", "督导股"}, {"改评价"}));
    // An office that only leads together with another (共同牵头) is an office of the plan.
    CHECK_NOTHROW(names_ok({}, {"人事股"}, {}));
    CHECK_THROWS_WITH(names_ok({"何君"}, {}, {}),
                      doctest::Contains("no responsible leader (责任领导) is named '何君'; did "
                                        "you mean 何军?"));
    CHECK_THROWS_WITH(names_ok({}, {"基 教"}, {}),
                      doctest::Contains("no office (股室) is named '基 教'; did you mean 基教股?"));
    CHECK_THROWS_WITH(names_ok({}, {}, {"抓常归"}),
                      doctest::Contains("there is no category (类别) '抓常归'; did you mean 抓常规?"));
    CHECK_THROWS_WITH(names_ok({}, {"财务室"}, {}),
                      doctest::Contains("no office (股室) is named '财务室'"));
}

TEST_CASE("a plan of 20,000 leaders, each named once, is checked without comparing every pair") {
    Plan p;
    for (int i = 0; i < 20000; ++i) {
        Task t;
        t.id = i + 1;
        t.category = "抓常规";
        t.office = "基教股";
        t.leaders = {"领导" + std::to_string(100000 + i)};
        p.tasks.push_back(std::move(t));
    }
    Filter f;
    f.leaders = {"领导 119999"};
    CHECK_NOTHROW(check_filter_names(p, f));
    f.leaders = {"领导11999x"};
    CHECK_THROWS_WITH(check_filter_names(p, f), doctest::Contains("did you mean 领导1199"));
}
