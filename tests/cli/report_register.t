The rules of issue 12 at fixed dates: a year of six rounds and no seventh, the date of judgement
as the end of that day, a late report in January, collective owners, a bureau's own wording of
a measure, one deduction per office and missed round.

  $ export DUBAN_FILE="$FIXTURES/year-end.yaml"

Six rounds: 2022-01-15 belongs to the last round, and task 2's report of 2022-01-10 is a late
report of it.

  $ duban --as-of 2022-01-15 show 2 | grep -E '判断日期|报送'
  判断日期  2022-01-15（第6期调度：2021-11-01 至 2021-12-31）
  报送      本期已报送（2022-01-10）
  $ duban --as-of 2022-01-15 report dispatch --format json | python3 -c 'import json,sys; v=json.load(sys.stdin); print(v["round"]); print(v["categories"][0]["tasks"][1]["round_note"])'
  {'number': 6, 'start': '2021-11-01', 'end': '2021-12-31', 'start_text': '2021年11月1日', 'end_text': '2021年12月31日', 'last': True, 'count': 6}
  完成装修。（2022年1月10日逾期报送）

After the plan's end the bulletin is still that of the last round: 第6期, never a 第7期.

  $ duban --as-of 2022-01-15 report bulletin | sed -n 2p
  第6期

On its due date a task not finished is overdue (the end of that day): the list on 12-31 and the
scorecards of 12-31 and of 2022-01-01 agree.

  $ duban --as-of 2021-12-31 list --overdue --format tsv | cut -f1
  id
  1
  2
  4
  $ duban --as-of 2022-01-01 list --overdue --format tsv | cut -f1
  id
  1
  2
  4
  $ duban --as-of 2021-12-31 report scorecard --format csv > a.csv
  $ duban --as-of 2022-01-01 report scorecard --format csv | diff - a.csv && echo agree
  agree
  $ tr -d '\r' < a.csv
  名次,股室,牵头任务,按时完成,逾期完成,未完成,超期未完成,红灯轮次,未报送轮次,扣分,得分,扣分明细
  1,办公室,1,1,0,0,0,4,5,13,87,红灯4轮次扣8分；未报送进展5轮次扣5分
  2,相关股室,1,0,0,1,1,3,0,16,84,超期未完成1项扣10分；红灯3轮次扣6分
  3,后勤中心,2,0,0,2,2,8,6,42,58,超期未完成2项扣20分；红灯8轮次扣16分；未报送进展6轮次扣6分

The bulletin of round 6: the 本期进展 column shows only this round's reports; collective owners
(相关股室, 局长办公会成员, and 全体班子成员 from plan.collective) are not named for 约谈 or 问责
and not listed among the offices that did not report; 问责 is worded as the plan says, with its
ground; the bulletin has no chart unless asked; a 工作成效 part comes before 存在问题.

  $ duban --as-of 2021-12-31 report bulletin | sed -n '/二、工作成效/,/附件：/p'
  二、工作成效
      1．修订制度（第3项），已于2021年12月20日完成。
  
  三、存在问题
      （一）进度滞后的任务
      1．完成年度培训（第1项；责任领导：局长办公会成员；责任股室：相关股室）进度20%，序时进度100%，红灯：到期未完成；落后序时进度80个百分点。
      2．建成食堂（第2项；责任领导：何军；责任股室：后勤中心）进度40%，序时进度100%，红灯：到期未完成；落后序时进度60个百分点。
      3．开展督导（第4项；责任领导：刘建新；责任股室：后勤中心）进度95%，序时进度100%，红灯：到期未完成。
      （二）未按时报送进展的股室
      后勤中心（第2项）。
  
  四、下步要求
      按照“严格责任追究”的规定：
      1．完成年度培训（第1项）：到期未完成、落后序时进度80个百分点，予以通报批评。
      2．建成食堂（第2项；责任股室：后勤中心；责任领导：何军）：到期未完成、落后序时进度60个百分点，予以通报批评，对相关负责人实行约谈；到期未完成，相关负责人要作出书面检查，说明原因；连续两期红灯、连续两期未报送，提请局党组研究。
      3．开展督导（第4项；责任股室：后勤中心；责任领导：刘建新）：到期未完成，予以通报批评，对相关负责人实行约谈，相关负责人要作出书面检查，说明原因；连续两期红灯，提请局党组研究。
      滞后任务的责任股室要认真分析原因，制定整改措施，确保按序时进度完成任务；未报送进展的股室要立即报送。
  
  附件：重点工作任务推进情况表
  $ duban --as-of 2021-12-31 report bulletin --format csv | cut -d, -f1,8
  序号,本期进展
  1,本期未报送（上次报送2021年3月10日：制定培训方案。）
  2,本期未报送（上次报送2021年5月10日：完成主体。）
  3,制度印发。
  4,督导九成学校。
  $ duban --as-of 2021-12-31 report bulletin --format html | grep -c '<svg'
  0
  [1]
  $ duban --as-of 2021-12-31 report bulletin --format html --chart | grep -c '<svg'
  2
  $ duban --as-of 2021-12-31 report dispatch --format html | grep -c '<svg'
  2

plan.rules decides the chart for every report: chart: yes draws it in the bulletin, chart: no
leaves it out of the dispatch table as well.

  $ sed 's/    accountability_wording: 提请局党组研究/    accountability_wording: 提请局党组研究\n    chart: yes/' "$DUBAN_FILE" > chart-yes.yaml
  $ duban -f chart-yes.yaml --as-of 2021-12-31 report bulletin --format html | grep -c '<svg'
  2
  $ sed 's/    accountability_wording: 提请局党组研究/    accountability_wording: 提请局党组研究\n    chart: no/' "$DUBAN_FILE" > chart-no.yaml
  $ duban -f chart-no.yaml --as-of 2021-12-31 report dispatch --format html | grep -c '<svg'
  0
  [1]

The HTML bulletin ends with its 版记, after the attachment.

  $ duban --as-of 2021-12-31 report bulletin --format html | grep -n -E '附件</h2>|class="flush printed"|</body>' | cut -d: -f2-
  <h2>附件</h2>
  <p class="flush printed"><span>某县教育局督导股</span><span>2021年12月31日印发</span></p>
  </body>

A measure's trigger and wording are rules: 约谈 never, 问责 worded 提请局党组研究.

  $ sed 's/    accountability_wording: 提请局党组研究/    accountability_wording: 提请局党组研究\n    talk_when: never/' "$DUBAN_FILE" > never.yaml
  $ duban -f never.yaml --as-of 2021-12-31 report bulletin | sed -n '/四、下步要求/,/滞后任务/p'
  四、下步要求
      按照“严格责任追究”的规定：
      1．完成年度培训（第1项）：到期未完成、落后序时进度80个百分点，予以通报批评。
      2．建成食堂（第2项；责任股室：后勤中心；责任领导：何军）：到期未完成、落后序时进度60个百分点，予以通报批评；到期未完成，相关负责人要作出书面检查，说明原因；连续两期红灯、连续两期未报送，提请局党组研究。
      3．开展督导（第4项；责任股室：后勤中心；责任领导：刘建新）：到期未完成，予以通报批评，相关负责人要作出书面检查，说明原因；连续两期红灯，提请局党组研究。
      滞后任务的责任股室要认真分析原因，制定整改措施，确保按序时进度完成任务；未报送进展的股室要立即报送。
  $ sed 's/    accountability_wording: 提请局党组研究/    talk_when: sometimes/' "$DUBAN_FILE" > bad.yaml
  $ duban -f bad.yaml check
  duban: bad.yaml:13:16: 'talk_when' takes a comma-separated list of red, yellow, overdue, unreported, red-twice, unreported-twice, never, not 'sometimes'
          talk_when: sometimes
                     ^
  [3]

A missed round costs an office one deduction however many tasks it leads; unreported_per: task
counts each task.

  $ duban --as-of 2021-12-31 report scorecard --format csv | cut -d, -f2,9
  股室,未报送轮次
  办公室,5
  相关股室,0
  后勤中心,6
  $ sed 's/    accountability_wording: 提请局党组研究/    unreported_per: task/' "$DUBAN_FILE" > per-task.yaml
  $ duban -f per-task.yaml --as-of 2021-12-31 report scorecard --format csv | cut -d, -f2,9
  股室,未报送轮次
  办公室,5
  相关股室,0
  后勤中心,10

mark refuses a date after today or before the plan starts unless --force; check flags them.

  $ cp "$DUBAN_FILE" marks.yaml
  $ duban -f marks.yaml mark 4 -p 96 --date 2099-01-01
  duban: --date 2099-01-01 is after today: a report cannot be dated in the future; if that is right, add --force and say why in --note
  [2]
  $ duban -f marks.yaml mark 4 -p 96 --date 2020-12-31
  duban: --date 2020-12-31 is before the plan starts (2021-01-01); if that is right, add --force and say why in --note
  [2]
  $ duban -f marks.yaml mark 4 -p 96 --date 2020-12-31 --force --note 补录去年底的进展
  marks.yaml: task 4: 2020-12-31 96% 推进中
  $ duban -f marks.yaml check
  marks.yaml:63:9: error: task 4: update of 2020-12-31 comes after the one of 2021-11-15; updates go oldest first
  marks.yaml:63:9: warning: task 4: update dated 2020-12-31 is before the plan starts (2021-01-01)
  marks.yaml: 4 tasks, 1 error, 1 warning
  [1]

A report dated in the future is flagged by check as well.

  $ cp "$DUBAN_FILE" future.yaml
  $ duban -f future.yaml mark 1 -p 30 --date 2099-01-01 --force --note 预填
  future.yaml: task 1: 2099-01-01 30% 推进中
  $ duban -f future.yaml check
  future.yaml:26:9: warning: task 1: update dated 2099-01-01 is after today
  future.yaml: 4 tasks, 0 errors, 1 warning
