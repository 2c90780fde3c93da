Pace (序时进度), lights (红黄绿灯), reporting and escalation, judged at fixed dates.
The fixture as of 2021-07-15 (dispatch round 4, 2021-07-01 to 2021-08-31) has every light.

  $ export DUBAN_FILE="$FIXTURES/progress.yaml"
  $ duban --as-of 2021-07-15 list --width 0 --category 抓常规 --category 强队伍 --category 优布局
  序号  类别    重点工作任务                                                                  责任领导        责任股室    协办股室                状态    进度  序时  预警
  ----  ------  ----------------------------------------------------------------------------  --------------  ----------  ----------------------  ------  ----  ----  ------
     1  抓常规  组织教体系统行政骨干暑假学习班。                                              局长办公会成员  相关股室                            已完成  100%   54%  已完成
     2  抓常规  持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。      何军、戴方栋    法制安全股  基教股、校车办、体卫股  推进中   55%   54%  绿灯
     3  抓常规  召开“厉行节约，反对浪费”示范创建现场会。                                      何军            后勤中心                            推进中   20%   54%  红灯
     6  抓常规  开展“书香校园 师生共读”系列活动，加强“书香校园”建设。                         刘建新          基教股      工会                    推进中   45%   63%  黄灯
    12  强队伍  出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。                   杨宏发          人事股                              未启动    0%   54%  红灯
    21  优布局  完成容城学校、容城幼儿园及黄湖小学、城关中心小学教学楼、职业中专体育馆建设。  何军            计财股                              推进中   90%  100%  红灯

Status and progress as of the date: on 2021-07-09 task 1 had not reported done yet, and task 27
was done but not yet closed.

  $ duban --as-of 2021-07-09 list --format tsv | cut --output-delimiter=' ' -f 1,8-11
  id status progress expected light
  1 not-started 0 52 red
  2 in-progress 55 52 green
  3 in-progress 20 52 red
  6 in-progress 45 62 yellow
  12 not-started 0 52 red
  21 in-progress 90 100 red
  25 in-progress 60 52 green
  27 done 100 52 done
  29 in-progress 40 52 yellow

On a terminal (or with --color always) the light is coloured: red, yellow, green; done is dim.

  $ duban --color always --as-of 2021-07-15 list --grep 现场会 --grep 书香 --grep 平安 --grep 学习班 | awk '{print $1, $NF}' | sed 's/\x1b/ESC/g'
  ESC[1m序号ESC[0m ESC[1m预警ESC[0m
  ---- ------
  1 ESC[2m已完成ESC[0m
  2 ESC[32m绿灯ESC[0m
  3 ESC[31m红灯ESC[0m
  6 ESC[33m黄灯ESC[0m

The light filters, in either spelling, repeatable:

  $ duban --as-of 2021-07-15 list --light red --format tsv | cut --output-delimiter=' ' -f 1,11
  id light
  3 red
  12 red
  21 red
  $ duban --as-of 2021-07-15 list --light 黄灯 --light green --format tsv | cut --output-delimiter=' ' -f 1,11
  id light
  2 green
  6 yellow
  25 green
  29 yellow
  $ duban --as-of 2021-07-15 list --light done --format tsv | cut --output-delimiter=' ' -f 1,8,11
  id status light
  1 done done
  27 closed done
  $ duban --as-of 2021-07-15 list --light 紫灯
  duban: unknown light '紫灯': use done, green, yellow, red (or 已完成, 绿灯, 黄灯, 红灯)
  [2]
  $ duban --as-of 2021-07-15 list --overdue --format tsv | cut --output-delimiter=' ' -f 1,7
  id due
  21 2021-06-30
  $ duban --as-of 2021-06-30 list --overdue --format tsv | cut --output-delimiter=' ' -f 1,7
  id due
  21 2021-06-30
  $ duban --as-of 2021-07-15 list --unreported --format tsv | cut --output-delimiter=' ' -f 1
  id
  3
  12
  21
  $ duban --as-of 2021-07-15 list --status 已完成 --format tsv | cut --output-delimiter=' ' -f 1,8
  id status
  1 done
  $ duban --as-of 2021-07-15 list --status closed --light done --format tsv | cut --output-delimiter=' ' -f 1,8
  id status
  27 closed

JSON carries the judgement and the escalation the notice prescribes:

  $ duban --as-of 2021-07-15 list --overdue --format json | grep -A 30 '"expected"'
      "expected": 100,
      "light": "red",
      "light_reason": "超期15天；落后序时进度10个百分点",
      "overdue_days": 15,
      "reported": false,
      "escalation": [
        {
          "keyword": "criticism",
          "label": "通报批评",
          "wording": "予以通报批评",
          "reason": "超期15天；落后序时进度10个百分点"
        },
        {
          "keyword": "talk",
          "label": "约谈",
          "wording": "对相关负责人实行约谈",
          "reason": "超期15天；落后序时进度10个百分点"
        },
        {
          "keyword": "self-examination",
          "label": "书面检查",
          "wording": "相关负责人要作出书面检查，说明原因",
          "reason": "超期15天"
        },
        {
          "keyword": "accountability",
          "label": "问责",
          "wording": "对相关负责人实行问责",
          "reason": "连续两期红灯"
        }
      ]
  $ duban --as-of 2021-07-15 list --light yellow --format md
  | 序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 完成时限 | 状态 | 进度 | 序时进度 | 预警 |
  |---:|---|---|---|---|---|---|---|---:|---:|---|
  | 6 | 抓常规 | 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。 | 刘建新 | 基教股 | 工会 | 2021-12-31 | 推进中 | 45% | 63% | 黄灯 |
  | 29 | 重督导 | 成立县级教育督导委员会。 | 刘建新 | 督导股 |  | 2021-12-31 | 推进中 | 40% | 54% | 黄灯 |

show explains the judgement:

  $ duban --as-of 2021-07-15 show 21 | sed -n '/判断日期/,/^$/p'
  判断日期  2021-07-15（第4期调度：2021-07-01 至 2021-08-31）
  状态      推进中 90%
  序时进度  100%（自计划开始按天数均匀推进：2021-01-01 0% 至 2021-06-30 100%，已过 180/180 天）
  预警      红灯：超期15天；落后序时进度10个百分点
  报送      本期未报送
  督办措施  通报批评：超期15天；落后序时进度10个百分点
            约谈：超期15天；落后序时进度10个百分点
            书面检查：超期15天
            问责：连续两期红灯
  
  $ duban --as-of 2021-07-15 show 6 | sed -n '/判断日期/,/^$/p'
  判断日期  2021-07-15（第4期调度：2021-07-01 至 2021-08-31）
  状态      推进中 45%
  序时进度  63%（按时间节点分段推进：2021-06-30 60% 至 2021-12-31 100%，已过 15/184 天）
  下一节点  无（时间节点均已过，完成时限2021-12-31）
  预警      黄灯：落后序时进度18个百分点；时间节点2021年6月30日目标60%未达成
  报送      本期已报送（2021-07-08）
  
  $ duban --as-of 2021-07-15 show 12 | sed -n '/判断日期/,/^$/p'
  判断日期  2021-07-15（第4期调度：2021-07-01 至 2021-08-31）
  状态      未启动 0%
  序时进度  54%（自计划开始按天数均匀推进：2021-01-01 0% 至 2021-12-31 100%，已过 195/364 天）
  预警      红灯：落后序时进度54个百分点
  报送      本期未报送
  督办措施  通报批评：落后序时进度54个百分点
            约谈：落后序时进度54个百分点
            问责：连续两期红灯；连续两期未报送
  
  $ duban --as-of 2021-07-15 show 27 | sed -n '/判断日期/,/^$/p'
  判断日期  2021-07-15（第4期调度：2021-07-01 至 2021-08-31）
  状态      已销号 100%
  序时进度  54%（自计划开始按天数均匀推进：2021-01-01 0% 至 2021-12-31 100%，已过 195/364 天）
  预警      已完成：已销号
  报送      本期已报送（2021-07-12）
  
  $ duban --as-of 2021-07-09 show 27 | tail -n 3
      本期进展  方案已印发。
      佐证材料  华教体发〔2021〕15号
      （晚于判断日期，未计入判断）

The thresholds come from plan.rules. A gap of exactly yellow_behind is yellow (task 29, 14
behind) and of exactly red_behind is red (task 6, 18 behind): "at least", not "more than".

  $ sed 's/^  dispatch_months: 2$/&\n  rules: {yellow_behind: 14, red_behind: 18}/' "$FIXTURES/progress.yaml" > strict.yaml
  $ duban -f strict.yaml --as-of 2021-07-15 list --format tsv | cut --output-delimiter=' ' -f 1,9-11
  id progress expected light
  1 100 54 done
  2 55 54 green
  3 20 54 red
  6 45 63 red
  12 0 54 red
  21 90 100 red
  25 60 54 green
  27 100 54 done
  29 40 54 yellow
  $ sed -i 's/red_behind: 18/red_behind: 19/' strict.yaml
  $ duban -f strict.yaml --as-of 2021-07-15 list --light yellow --format tsv | cut --output-delimiter=' ' -f 1,9-11
  id progress expected light
  6 45 63 yellow
  29 40 54 yellow

Without --as-of the date is today, but not before the plan starts nor after the later of its due
date and its last update: a closing reported after the year still shows.

  $ duban show 12 | grep 判断日期
  判断日期  2021-12-31（第6期调度：2021-11-01 至 2021-12-31）
  $ cp "$FIXTURES/progress.yaml" late.yaml
  $ duban -f late.yaml mark 21 --progress 100 --status closed --date 2022-01-10 --evidence 验收报告 --by 督导股 > /dev/null
  $ duban -f late.yaml show 21 | grep -E '判断日期|预警'
  判断日期  2022-01-10（第6期调度：2021-11-01 至 2021-12-31）
  预警      已完成：已销号
  $ duban --as-of 2021-13-01 list
  duban: --as-of: there is no such day as '2021-13-01'
  [2]
