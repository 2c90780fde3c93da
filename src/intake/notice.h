// What the prose of a notice (通知) says about the plan in its attachment.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duban {

struct NoticeFacts {
    std::string issuer;               // 华容县教育体育局
    std::string document;             // 华教体发〔2021〕2号
    std::string title;                // “富美教育”2021年度重点工作任务
    std::optional<int> year_in_text;  // the first year written as YYYY年 anywhere in the prose
};

// Reads the notice's lines (those before the table, one string each). The issuer is the first
// non-blank line when it names an office (华容县教育体育局, or its letterhead …文件): never the
// document number, a caption, 附件 or a sentence. The
// document is the first number that stands at the start of a line, alone or followed by space
// (a 签发人 may follow), as in 华教体发〔2021〕2号, with brackets 〔〕 [] ［］ or 【】; numbers
// quoted inside sentences are other notices' and are ignored. The title is the last caption,
// a line ending in 分解表, 台账, 清单, 任务表 or 任务分解, without that word (任务表 and
// 任务分解 keep 任务) and
// without a leading 附件： label. Missing facts are left
// empty.
NoticeFacts read_notice(const std::vector<std::string>& lines);

// The first four-digit number from 1900 to 2099 in `text`: the year of a document number
// (〔2021〕) or of a title (2021年度). nullopt when there is none.
std::optional<int> year_in(std::string_view text);

}  // namespace duban
