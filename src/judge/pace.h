// Judging progress as of a date: expected progress (序时进度), traffic lights (红黄绿灯),
// dispatch rounds (调度), and the escalation the notice prescribes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/plan.h"

namespace duban {

// A task as it stood on a date: its latest update dated on or before it. Updates dated later
// have not happened yet from that date's point of view.
struct State {
    Status status = Status::NotStarted;
    int progress = 0;
    const Update* latest = nullptr;
};
State state_at(const Task& task, Date date);

enum class Light { Done, Green, Yellow, Red };
std::string_view light_keyword(Light l);  // done, green, yellow, red
std::string_view light_label(Light l);    // 已完成, 绿灯, 黄灯, 红灯

// A dispatch round: the plan's period cut into spans of plan.dispatch_months from plan.start.
// Round 1 starts on plan.start; `end` is the round's last day, never after plan.due. The rounds
// stop with the plan: a year of two-month rounds has six, and `last` marks the sixth.
struct Round {
    int number = 0;
    Date start;
    Date end;
    bool last = false;
};
// The round containing `date`: round 1 for dates before the plan starts, the last round for
// dates after it ends (a report then is a late report of the last round; there is no round 7).
Round round_at(const Plan& plan, Date date);
// How many rounds the plan has.
int round_count(const Plan& plan);

// One measure the notice prescribes (四、严格责任追究), as plan.rules words and triggers it.
struct Escalation {
    std::string_view keyword;  // criticism, talk, self-examination, accountability
    std::string_view label;    // 通报批评, 约谈, 书面检查, 问责
    std::string wording;       // the rule's wording: 予以通报批评, 提请局党组研究
    std::string reason;  // the ground, in words: 连续两期未报送; 落后序时进度45个百分点
    bool personal = false;  // aimed at a person (相关负责人), not at the office
};

struct Judgement {
    State state;
    int expected = 0;  // 序时进度, percent
    int gap = 0;       // expected − actual; positive means behind
    Light light = Light::Green;
    std::string reason;  // why the light, in words: 落后序时进度25个百分点
    // Not finished by the end of its due date. The date of judgement means the end of that
    // day, so a task due 12-31 and not done is overdue as of 12-31, by 0 days.
    bool overdue = false;
    int overdue_days = 0;      // days past due and not finished
    bool reported = true;      // has an update in the current round (finished tasks need none)
    bool late_report = false;  // this round's report came after the round (and the plan) ended
    std::vector<Escalation> escalation;
};

// Progress the task should have reached by `date`: linear from plan.start (0%) to its due date
// (100%), or through its time nodes where it has them. Whole percent, rounded to nearest.
int expected_progress(const Plan& plan, const Task& task, Date date);

// The stretch of the pace line that `date` falls in: expected progress runs by days from
// `from_percent` on `from` to `to_percent` on `to`. The line starts at plan.start (0%), passes
// the task's time nodes in date order and ends at its due date (100%). Dates before the start
// fall in the first stretch, dates after the due date in the last.
struct PaceSegment {
    Date from;
    int from_percent = 0;
    Date to;
    int to_percent = 100;
};
PaceSegment pace_segment(const Plan& plan, const Task& task, Date date);

// Everything duban concludes about a task as of `date`.
Judgement judge(const Plan& plan, const Task& task, Date date);

// Whether the task has someone a personal measure (约谈, 书面检查, 问责) can be aimed at: a
// lead office or a leader that is not a collective owner (Plan::is_collective).
bool has_person(const Plan& plan, const Task& task);

}  // namespace duban
