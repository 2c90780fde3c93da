// Deadlines as tables write them (完成时限, 时间节点): words, not dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.h"

namespace duban {

// What a deadline cell says, read in the plan's year.
struct Deadline {
    std::optional<Date> due;  // the last date the cell names; nullopt when none
    bool ongoing = false;     // 长期推进, 持续推进, 长期坚持: no fixed due date
    std::vector<Milestone> milestones;  // every earlier date, with its own wording in `what`
};

// Reads a deadline cell. Phrases are separated by ，,；;、。 and line breaks; each may name one
// date: 12月底前, 年底前, 5月底前动工, 9月投入使用 (the month's last day), 2021年8月前,
// 6月30日前, 上半年 (06-30), 下半年 (12-31), 第三季度 / 三季度 (09-30), 上旬 / 中旬 (the 10th /
// 20th). Months are in `year` unless the phrase writes its own year. The last date in time is
// `due`; earlier ones become milestones whose target is the share of the period from `start`
// to `due` passed by their date (1–99). 长期推进, 持续推进 and 长期坚持 make the task ongoing.
// Words that name no date are kept only in the wording (due_text), which the caller holds.
Deadline read_deadline(std::string_view cell, int year, Date start);

// `text` with full-width digits turned into ASCII ones: Word tables often hold ２０２１.
std::string ascii_digits(std::string_view text);

}  // namespace duban
