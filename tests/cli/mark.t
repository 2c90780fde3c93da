duban mark: one report added as lines, every rule checked before anything is written.

  $ export DUBAN_FILE=tasks.yaml
  $ cp "$FIXTURES/progress.yaml" tasks.yaml
  $ cp tasks.yaml before.yaml
  $ unchanged() { cmp tasks.yaml before.yaml && echo unchanged; }

Progress is a whole number from 0 to 100:

  $ duban mark 6 --progress 150
  duban: --progress: progress is a percentage from 0 to 100, not '150'
  [2]
  $ duban mark 6 --progress -1
  duban: --progress: progress is a percentage from 0 to 100, not '-1'
  [2]
  $ duban mark 6 --progress 五十
  duban: --progress: progress is a percentage from 0 to 100, not '五十'
  [2]
  $ duban mark 6 --progress 3.5
  duban: --progress: '3.5' is not a whole number; fractions are not kept, so round it
  [2]
  $ duban mark 6
  duban: --progress is required
  Run 'duban --help' for usage.
  [2]
  $ unchanged
  unchanged

Statuses in either spelling; done and closed mean 100, not-started means 0:

  $ duban mark 6 --progress 60 --status 滞后
  duban: --status: unknown status '滞后'; use not-started, in-progress, done, closed (or 未启动, 推进中, 已完成, 已销号)
  [2]
  $ duban mark 6 --progress 60 --status done
  duban: status done (已完成) means progress 100, not 60
  [2]
  $ duban mark 6 --progress 60 --status 未启动
  duban: status not-started (未启动) means progress 0, not 60
  [2]
  $ unchanged
  unchanged

Dates are real days:

  $ duban mark 6 --progress 60 --date 2021-13-01
  duban: --date: there is no such day as '2021-13-01'
  [2]
  $ duban mark 6 --progress 60 --date 2021-02-30
  duban: --date: there is no such day as '2021-02-30'
  [2]
  $ unchanged
  unchanged

Unknown tasks are named; an id is a number, named once:

  $ duban mark 99 --progress 60
  duban: tasks.yaml: no task 99
  [2]
  $ duban mark 6 6 --progress 60
  duban: task 6 is named twice
  [2]
  $ duban mark 第六 --progress 60
  duban: a task id is its number (序号), not '第六'
  [2]
  $ unchanged
  unchanged

Closing (销号) needs the task done, evidence and who signed it off:

  $ duban mark 21 --progress 100 --status closed --by 督导股
  duban: closing a task (销号) needs at least one --evidence item (佐证材料: a file or a document number)
  [2]
  $ duban mark 21 --progress 100 --status 已销号 --evidence 验收报告
  duban: closing a task (销号) needs --by naming who signed it off
  [2]
  $ duban mark 21 --progress 95 --status closed --evidence 验收报告 --by 督导股
  duban: status closed (已销号) means progress 100, not 95
  [2]
  $ unchanged
  unchanged

Going back needs --force, and then a note saying why:

  $ duban mark 2 --progress 40 --date 2021-07-15
  duban: task 2: progress 40% is lower than its latest update's 55% (2021-07-05); if that is right, add --force and say why in --note
  [2]
  $ duban mark 2 --progress 60 --date 2021-07-01
  duban: task 2: date 2021-07-01 is before its latest update (2021-07-05); if that is right, add --force and say why in --note
  [2]
  $ duban mark 2 --progress 40 --date 2021-07-15 --force
  duban: --force needs a --note saying why the progress goes down or the date goes back
  [2]
  $ unchanged
  unchanged

Several tasks take the same report, all or nothing: task 2 is at 55%, so 3 is not marked either.

  $ duban mark 3 2 --progress 50 --date 2021-07-15
  duban: task 2: progress 50% is lower than its latest update's 55% (2021-07-05); if that is right, add --force and say why in --note
  [2]
  $ duban mark 3 99 --progress 50 --date 2021-07-15
  duban: tasks.yaml: no task 99
  [2]
  $ unchanged
  unchanged

A file that does not load is never written:

  $ sed 's/progress: 20/progress: 二十/' before.yaml > broken.yaml
  $ cp broken.yaml broken-before.yaml
  $ duban -f broken.yaml mark 6 --progress 60
  duban: broken.yaml:53:19: 'progress' must be a whole number from 0 to 100, not '二十'
              progress: 二十
                        ^
  [3]
  $ cmp broken.yaml broken-before.yaml && echo unchanged
  unchanged

--dry-run prints the change as a diff and writes nothing:

  $ duban mark 6 --progress 60 --date 2021-07-15 --note "a: b" --by 基教股 --dry-run
  --- tasks.yaml
  +++ tasks.yaml
  @@ -72,6 +72,11 @@
           problems: 图书采购资金未到位。
           next: 7月底前完成图书采购。
           by: 基教股
  +      - date: 2021-07-15
  +        progress: 60
  +        status: in-progress
  +        note: "a: b"
  +        by: 基教股
   
     - id: 12
       category: 强队伍
  $ unchanged
  unchanged

A mark adds lines and changes nothing else; the note comes back as typed:

  $ duban mark 6 --progress 60 --date 2021-07-15 --note "# 第一" --problems "- 条目" --next "yes" --by 基教股
  tasks.yaml: task 6: 2021-07-15 60% 推进中
  $ diff -u before.yaml tasks.yaml | tail -n +3
  @@ -72,6 +72,13 @@
           problems: 图书采购资金未到位。
           next: 7月底前完成图书采购。
           by: 基教股
  +      - date: 2021-07-15
  +        progress: 60
  +        status: in-progress
  +        note: "# 第一"
  +        problems: "- 条目"
  +        next: "yes"
  +        by: 基教股
   
     - id: 12
       category: 强队伍
  $ duban show 6 | tail -n 6
      存在问题  图书采购资金未到位。
      下步计划  7月底前完成图书采购。
    2021-07-15  60%  推进中  基教股
      本期进展  # 第一
      存在问题  - 条目
      下步计划  yes

Two tasks in one call; the defaults: today's date, in-progress between 0 and 100, done at 100:

  $ cp tasks.yaml two-before.yaml
  $ duban mark 3 29 --progress 100 --date 2021-07-16 --by 督导股
  tasks.yaml: task 3: 2021-07-16 100% 已完成
  tasks.yaml: task 29: 2021-07-16 100% 已完成
  $ diff -u two-before.yaml tasks.yaml | tail -n +3
  @@ -55,6 +55,10 @@
           note: 拟定现场会方案。
           problems: 示范学校尚未确定。
           by: 后勤中心
  +      - date: 2021-07-16
  +        progress: 100
  +        status: done
  +        by: 督导股
   
     - id: 6
       category: 抓常规
  @@ -145,3 +149,7 @@
           note: 报县政府审批。
           next: 8月底前印发成立文件。
           by: 督导股
  +      - date: 2021-07-16
  +        progress: 100
  +        status: done
  +        by: 督导股
  $ duban mark 12 --progress 0 | sed "s/$(date +%Y-%m-%d)/TODAY/"
  tasks.yaml: task 12: TODAY 0% 未启动
  $ sed -n '/^  - id: 12/,/^$/p' tasks.yaml | sed "s/$(date +%Y-%m-%d)/TODAY/"
    - id: 12
      category: 强队伍
      title: 出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。
      leaders: [杨宏发]
      office: 人事股
      updates:
        - date: TODAY
          progress: 0
          status: not-started
  

Closing with evidence and a signature; then going back with --force and a reason:

  $ duban mark 21 --progress 100 --status closed --date 2021-07-20 --evidence 验收报告.pdf --evidence 华教体发〔2021〕20号 --by "督导股 李明"
  tasks.yaml: task 21: 2021-07-20 100% 已销号
  $ duban mark 21 --progress 90 --date 2021-07-25 --force --note 复验发现消防问题，撤回销号
  tasks.yaml: task 21: 2021-07-25 90% 推进中
  $ duban show 21 | tail -n 9
  进展记录
    2021-06-20  90%  推进中  计财股
      本期进展  主体工程完工，正在验收。
      存在问题  体育馆消防验收未通过。
      下步计划  整改后申请复验。
    2021-07-20  100%  已销号  督导股 李明
      佐证材料  验收报告.pdf、华教体发〔2021〕20号
    2021-07-25  90%  推进中
      本期进展  复验发现消防问题，撤回销号
  $ duban check
  tasks.yaml:116:9: warning: task 21: progress falls from 100% to 90% on 2021-07-25
  tasks.yaml: 9 tasks, 0 errors, 1 warning

CRLF and a BOM survive, and the new lines end in CRLF too:

  $ { printf '\357\273\277'; sed 's/$/\r/' before.yaml; } > crlf.yaml
  $ cp crlf.yaml crlf-before.yaml
  $ duban -f crlf.yaml mark 12 --progress 10 --date 2021-07-15 --note 第一行$'\n'第二行
  crlf.yaml: task 12: 2021-07-15 10% 推进中
  $ head -c 3 crlf.yaml | od -An -c
   357 273 277
  $ diff -u crlf-before.yaml crlf.yaml | tail -n +3 | sed 's/\r$/<CR>/'
  @@ -78,6 +78,13 @@
       title: 出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。<CR>
       leaders: [杨宏发]<CR>
       office: 人事股<CR>
  +    updates:<CR>
  +      - date: 2021-07-15<CR>
  +        progress: 10<CR>
  +        status: in-progress<CR>
  +        note: |-<CR>
  +          第一行<CR>
  +          第二行<CR>
   <CR>
     - id: 21<CR>
       category: 优布局<CR>
  $ grep -vc $'\r$' crlf.yaml
  0
  [1]

A symlinked tasks file stays a symlink:

  $ mkdir real && cp before.yaml real/tasks.yaml && ln -s real/tasks.yaml link.yaml
  $ duban -f link.yaml mark 6 --progress 60 --date 2021-07-15
  link.yaml: task 6: 2021-07-15 60% 推进中
  $ test -L link.yaml && grep -c 'progress: 60' real/tasks.yaml
  2

Refusals in the reader's language: under LANG=zh_CN.UTF-8 in Chinese, as duban collect shows
them for a returned form's row too.

  $ cp $FIXTURES/progress.yaml zh.yaml
  $ env -u LC_ALL LANG=zh_CN.UTF-8 duban -f zh.yaml --as-of 2021-07-15 mark 2 --progress 40
  duban: 任务2：进度40%低于最近一次进展的55%（2021-07-05）；确实如此请加 --force 并在 --note 中说明原因
  [2]
  $ env -u LC_ALL LANG=zh_CN.UTF-8 duban -f zh.yaml --as-of 2021-07-15 mark 2 --progress 100 --status closed
  duban: 销号须至少有一项 --evidence（佐证材料：文件或文号）
  [2]
  $ env -u LC_ALL LANG=zh_CN.UTF-8 duban -f zh.yaml --as-of 2021-07-15 mark 2 --progress 60 --status not-started
  duban: 状态“未启动”（not-started）意味着进度为0，不是60
  [2]
  $ env -u LC_ALL LANG=zh_CN.UTF-8 duban -f zh.yaml --as-of 2021-07-15 mark 2 --progress 60 --date 2020-12-01
  duban: --date 2020-12-01早于计划开始日期（2021-01-01）；确实如此请加 --force 并在 --note 中说明原因
  [2]
  $ env -u LC_ALL LANG=C duban -f zh.yaml --as-of 2021-07-15 mark 2 --progress 40
  duban: task 2: progress 40% is lower than its latest update's 55% (2021-07-05); if that is right, add --force and say why in --note
  [2]
  $ cmp zh.yaml $FIXTURES/progress.yaml && echo unchanged
  unchanged
