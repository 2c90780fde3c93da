#include "intake/notice.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using duban::read_notice;
using duban::year_in;

TEST_CASE("read_notice finds issuer, document and title in the seed notice's prose") {
    const auto facts = read_notice({
        "",
        "华容县教育体育局",
        "",
        "华教体发〔2021〕2号",
        "根据华发〔2021〕1号、华政发〔2021〕2号等文件精神，确保全面完成 2021 年各项任务。",
        "附件：“富美教育” 2021 年度重点工作任务分解表",
        "附件",
        "“富美教育”2021年度重点工作任务分解表",
    });
    CHECK(facts.issuer == "华容县教育体育局");
    CHECK(facts.document == "华教体发〔2021〕2号");
    CHECK(facts.title == "“富美教育”2021年度重点工作任务");
    CHECK(facts.year_in_text == 2021);
}

TEST_CASE("read_notice ignores document numbers quoted inside sentences") {
    const auto facts = read_notice({"某县教育局", "根据华发〔2021〕1号文件精神，制定本方案。"});
    CHECK(facts.document.empty());
    CHECK(facts.year_in_text == std::nullopt);
}

TEST_CASE("read_notice accepts the brackets people type for 〔〕") {
    CHECK(read_notice({"华教体发[2022]3号"}).document == "华教体发[2022]3号");
    CHECK(read_notice({"华教体发［2022］3号"}).document == "华教体发［2022］3号");
    CHECK(read_notice({"  华教体发【2022】13号  "}).document == "华教体发【2022】13号");
    CHECK(read_notice({"华教体发〔22〕3号"}).document.empty());
    CHECK(read_notice({"华教体发〔2022〕号"}).document.empty());
}

TEST_CASE("read_notice strips an attachment label from the title") {
    CHECK(read_notice({"附件1：2022年重点工作任务分解表"}).title == "2022年重点工作任务");
    CHECK(read_notice({"附件:  2022年重点工作任务分解表"}).title == "2022年重点工作任务");
}

TEST_CASE("read_notice takes no issuer from a first line that is the title or the number") {
    CHECK(read_notice({"“富美教育”2021年度重点工作任务分解表"}).issuer.empty());
    CHECK(read_notice({"华教体发〔2021〕2号", "华容县教育体育局"}).issuer.empty());
    CHECK(read_notice({}).issuer.empty());
}

TEST_CASE("year_in finds the first plausible four-digit year") {
    CHECK(year_in("华教体发〔2021〕2号") == 2021);
    CHECK(year_in("“富美教育”2021年度重点工作任务") == 2021);
    CHECK(year_in("第12345号 2022年") == 2022);
    CHECK(year_in("3000 1899") == std::nullopt);
    CHECK(year_in("") == std::nullopt);
}

TEST_CASE("read_notice accepts a document number followed by the signer") {
    CHECK(read_notice({"华教体发〔2021〕2号      签发人：张三"}).document == "华教体发〔2021〕2号");
    CHECK(read_notice({"华教体发〔2021〕2号\u3000签发人：张三"}).document == "华教体发〔2021〕2号");
    CHECK(read_notice({"华发〔2021〕1号、华政发〔2021〕2号"}).document.empty());
}

TEST_CASE("read_notice wants the document number to end where its word ends") {
    CHECK(read_notice({"华教体发〔2021〕2号x"}).document.empty());
    CHECK(read_notice({"华教体发〔2021〕2号文"}).document.empty());
}
