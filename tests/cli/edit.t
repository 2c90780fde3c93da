duban edit and duban add: the plan changed by command, only the lines of what changed change,
and every refusal leaves the file byte for byte as it was.

  $ export DUBAN_FILE=tasks.yaml
  $ cp "$FIXTURES/progress.yaml" tasks.yaml
  $ cp tasks.yaml before.yaml
  $ unchanged() { cmp tasks.yaml before.yaml && echo unchanged; }

--dry-run prints the diff and writes nothing:

  $ duban edit 6 --milestone 2021-09-30:85:完成秋季读书节 --due 2021年11月30日 --dry-run
  --- tasks.yaml
  +++ tasks.yaml
  @@ -62,8 +62,10 @@
       leaders: [刘建新]
       office: 基教股
       partners: [工会]
  +    due: 2021-11-30
       milestones:
         - {date: 2021-06-30, target: 60, what: 完成上半年共读活动}
  +      - {date: 2021-09-30, target: 85, what: 完成秋季读书节}
       updates:
         - date: 2021-07-08
           progress: 45
  $ unchanged
  unchanged

Refusals, each with the file unchanged:

  $ duban edit 99 --title 新
  duban: tasks.yaml: no task 99
  [2]
  $ duban edit abc --title 新
  duban: a task id is its number (序号), not 'abc'
  [2]
  $ duban edit 6
  duban: say what to change: --title, --office, --leader, --partner, --due, --milestone or --remove-milestone
  [2]
  $ duban edit 6 --due 2021-02-30
  duban: --due: there is no such day as '2021-02-30'
  [2]
  $ duban edit 6 --due 2021-05-31
  duban: the time node (时间节点) on 2021-06-30 is after task 6's due date (2021-05-31); change the due date with --due first, or in the same command
  [2]
  $ duban edit 6 --milestone 2022-01-31:90
  duban: the time node (时间节点) on 2022-01-31 is after task 6's due date (2021-12-31); change the due date with --due first, or in the same command
  [2]
  $ duban edit 6 --milestone 2021-06-30:70
  duban: task 6 already has a time node (时间节点) on 2021-06-30; to change it, remove it in the same command: --remove-milestone 2021-06-30
  [2]
  $ duban edit 6 --milestone 2021-09-30
  duban: --milestone takes DATE:TARGET:WHAT (2021-09-30:80:完成秋季读书节), not '2021-09-30'
  [2]
  $ duban edit 6 --milestone 2021-09-30:120
  duban: --milestone: progress is a percentage from 0 to 100, not '120'
  [2]
  $ duban edit 6 --remove-milestone 2021-07-31
  duban: task 6 has no time node (时间节点) on 2021-07-31; it has time nodes on 2021-06-30
  [2]
  $ duban edit 6 --office 基教
  duban: no office (股室) is named '基教'; did you mean 基教股? (to name one that no task names yet, add --new-name)
  [2]
  $ duban edit 6 --leader 刘建 --leader 何军
  duban: no responsible leader (责任领导) is named '刘建'; did you mean 刘建新? (to name one that no task names yet, add --new-name)
  [2]
  $ duban edit 6 --partner 工委
  duban: no office (股室) is named '工委'; did you mean 工会? (to name one that no task names yet, add --new-name)
  [2]
  $ duban edit 6 --title ''
  duban: --title must not be empty
  [2]
  $ duban add --category 抓常规 --title 新任务 --office 基教股 --leader 何军 --id 6
  duban: there is already a task 6: '开展“书香校园 师生共读”系列活动，加强“书香校园”建设。'
  [2]
  $ duban add --category 抓长规 --title 新任务 --office 基教股 --leader 何军
  duban: there is no category (类别) '抓长规'; did you mean 抓常规?
  [2]
  $ duban add --title 新任务 --office 基教股 --leader 何军
  duban: a new task needs --category
  [2]
  $ duban --rev HEAD edit 6 --title 新
  duban: edit writes files and cannot work on an old version (--rev HEAD); run it without --rev
  [2]
  $ unchanged
  unchanged

A change that is no change writes nothing:

  $ duban edit 6 --office 基教股
  tasks.yaml: task 6 already is as given; nothing changed
  $ unchanged
  unchanged

Changes, each shown as the lines it changed:

  $ duban edit 6 --milestone 2021-09-30:85:完成秋季读书节 --due 2021年11月30日
  tasks.yaml: task 6 changed (--due, --milestone)
  $ diff before.yaml tasks.yaml
  64a65
  >     due: 2021-11-30
  66a68
  >       - {date: 2021-09-30, target: 85, what: 完成秋季读书节}
  [1]
  $ cp tasks.yaml step1.yaml
  $ duban edit 6 --remove-milestone 2021-06-30 --milestone 6/30:50:完成上半年共读活动
  tasks.yaml: task 6 changed (--milestone, --remove-milestone)
  $ diff step1.yaml tasks.yaml
  67c67
  <       - {date: 2021-06-30, target: 60, what: 完成上半年共读活动}
  ---
  >       - {date: 2021-06-30, target: 50, what: 完成上半年共读活动}
  [1]
  $ cp tasks.yaml step2.yaml
  $ duban edit 12 --title 出台教师有序流动制度。 --leader 杨宏发 --leader 戴方栋 --partner 人才中心 --new-name
  tasks.yaml: task 12 changed (--title, --leader, --partner)
  $ diff step2.yaml tasks.yaml
  80,81c80,81
  <     title: 出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。
  <     leaders: [杨宏发]
  ---
  >     title: 出台教师有序流动制度。
  >     leaders: [杨宏发, 戴方栋]
  82a83
  >     partners: [人才中心]
  [1]
  $ cp tasks.yaml step3.yaml
  $ duban edit 2 --partner ''
  tasks.yaml: task 2 changed (--partner)
  $ diff step3.yaml tasks.yaml
  31d30
  <     partners: [基教股, 校车办, 体卫股]
  [1]
  $ duban --as-of 2021-07-15 show 6 | sed -n '/完成时限/,/下一节点/p'
  完成时限  2021-11-30
  时间节点  2021-06-30 50% 完成上半年共读活动
            2021-09-30 85% 完成秋季读书节
  
  判断日期  2021-07-15（第4期调度：2021-07-01 至 2021-08-31）
  状态      推进中 45%
  序时进度  56%（按时间节点分段推进：2021-06-30 50% 至 2021-09-30 85%，已过 15/92 天）
  下一节点  2021-09-30 85% 完成秋季读书节（还有77天）

A new task takes the next free number and goes after the task numbered just below it:

  $ cp tasks.yaml step4.yaml
  $ duban add --category 重督导 --title 开展秋季开学专项督导。 --office 督导股 --leader 刘建新 --due 2021-09-30 --milestone 2021-09-10:50:制定督导方案
  tasks.yaml: task 30 added
  $ diff step4.yaml tasks.yaml
  142a143,151
  > 
  >   - id: 30
  >     category: 重督导
  >     title: 开展秋季开学专项督导。
  >     leaders: [刘建新]
  >     office: 督导股
  >     due: 2021-09-30
  >     milestones:
  >       - {date: 2021-09-10, target: 50, what: 制定督导方案}
  [1]
  $ duban add --id 4 --category 抓常规 --title 组织暑期安全教育。 --office 法制安全股 --leader 何军 --dry-run
  --- tasks.yaml
  +++ tasks.yaml
  @@ -55,6 +55,12 @@
           problems: 示范学校尚未确定。
           by: 后勤中心
   
  +  - id: 4
  +    category: 抓常规
  +    title: 组织暑期安全教育。
  +    leaders: [何军]
  +    office: 法制安全股
  +
     - id: 6
       category: 抓常规
       title: 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。
  $ duban check > /dev/null; echo $?
  0

Line endings and a byte order mark are kept:

  $ printf '\xef\xbb\xbf' > crlf.yaml && sed 's/$/\r/' "$FIXTURES/progress.yaml" >> crlf.yaml
  $ duban -f crlf.yaml edit 21 --due 2021-07-31 > /dev/null
  $ head -c 3 crlf.yaml | od -An -c
   357 273 277
  $ grep -c $'\r$' crlf.yaml; wc -l < crlf.yaml
  140
  140
  $ grep -a 'due: 2021-07-31' crlf.yaml | od -An -c | tail -1
     -   3   1  \r  \n
