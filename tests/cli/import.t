The shipped tasks.yaml is exactly what import makes of the notice, prose and all.

  $ duban import $SEED > tasks.yaml
  列 → 字段: 类别 → category, 序号 → id, 重点工作任务 → title, 责任领导 → leaders, 责任股室 → office, 协办股室（单位） → partners
  33 rows became 33 tasks in 6 categories
  extra fields: none
  $ cmp tasks.yaml $SOURCE/tasks.yaml && echo identical
  identical
  $ head -14 tasks.yaml
  # 来源：华容县教育体育局 华教体发〔2021〕2号 附件“富美教育”2021年度重点工作任务分解表
  # 由 duban import 从通知原文生成；进展用 duban mark 追加，不要手改已有记录。
  
  plan:
    title: “富美教育”2021年度重点工作任务
    issuer: 华容县教育体育局
    document: 华教体发〔2021〕2号
    start: 2021-01-01
    due: 2021-12-31
    dispatch_months: 2
    categories: [抓常规, 强队伍, 优布局, 调结构, 改评价, 重督导]
  
  tasks:
    - id: 1
  $ duban list --format tsv | cut -f1,2,4,5,6 | sed -n '1,4p;19,22p;34p'
  id	category	leaders	office	partners
  1	抓常规	局长办公会成员	相关股室	
  2	抓常规	何军、戴方栋	法制安全股	基教股、校车办、体卫股
  3	抓常规	何军	后勤中心	
  18	强队伍	杨宏发	工会	人事股、教育基金会
  19	强队伍	蔡亚利	教师工作股	
  20	强队伍	戴方栎	人才中心	
  21	优布局	何军	计财股	
  33	重督导	刘建新	督导股	相关股室

Writing to a file; an existing one is replaced only with --force.

  $ duban import $SEED -o plan.yaml
  列 → 字段: 类别 → category, 序号 → id, 重点工作任务 → title, 责任领导 → leaders, 责任股室 → office, 协办股室（单位） → partners
  33 rows became 33 tasks in 6 categories
  extra fields: none
  plan.yaml: 33 tasks in 6 categories
  $ duban import $SEED -o plan.yaml
  duban: plan.yaml: already exists; add --force to replace it
  [2]
  $ duban import $SEED -o plan.yaml --force
  列 → 字段: 类别 → category, 序号 → id, 重点工作任务 → title, 责任领导 → leaders, 责任股室 → office, 协办股室（单位） → partners
  33 rows became 33 tasks in 6 categories
  extra fields: none
  plan.yaml: 33 tasks in 6 categories

The same notice saved by Windows in GBK, with CRLF line endings, gives the same file.

  $ iconv -f UTF-8 -t GBK $SEED | sed 's/$/\r/' > notice-gbk.txt
  $ duban import notice-gbk.txt | cmp - tasks.yaml && echo identical
  列 → 字段: 类别 → category, 序号 → id, 重点工作任务 → title, 责任领导 → leaders, 责任股室 → office, 协办股室（单位） → partners
  33 rows became 33 tasks in 6 categories
  extra fields: none
  identical

A table exported as CSV: quoted cells may hold commas, quotes and line breaks; padded names and
partner lists split on 、，；/ and line breaks.

  $ printf '%s\n' '类别,序号,重点工作任务,责任领导,责任股室,协办股室（单位）' \
  >   '抓常规,1,"召开现场会，""示范""校评选",何　军,基教股,"工会、体卫股"' \
  >   ',2,"两行' '文字",何 军 戴方栋,督导股,"人事股/计财股' '办公室"' > table.csv
  $ duban import table.csv --year 2022 --title 测试任务
  列 → 字段: 类别 → category, 序号 → id, 重点工作任务 → title, 责任领导 → leaders, 责任股室 → office, 协办股室（单位） → partners
  2 rows became 2 tasks in 1 category
  extra fields: none
  # 来源：测试任务分解表
  # 由 duban import 从通知原文生成；进展用 duban mark 追加，不要手改已有记录。
  
  plan:
    title: 测试任务
    start: 2022-01-01
    due: 2022-12-31
    dispatch_months: 2
    categories: [抓常规]
  
  tasks:
    - id: 1
      category: 抓常规
      title: 召开现场会，"示范"校评选
      leaders: [何军]
      office: 基教股
      partners: [工会, 体卫股]
  
    - id: 2
      category: 抓常规
      title: "两行\n文字"
      leaders: [何军, 戴方栋]
      office: 督导股
      partners: [人事股, 计财股, 办公室]
  $ duban import table.csv
  duban: table.csv: cannot tell which year the plan is for: no document number, title or text above the table names one
  hint: give the year with --year
  [3]

Errors name the file and line.

  $ printf '序号\t重点工作任务\t责任领导\t责任股室\n1\t任务\t何军\t基教股\nx\t任务\t何军\t基教股\n' > bad.tsv
  $ duban import bad.tsv --year 2021
  duban: bad.tsv:3:1: 序号 "x" is not a task number
  [3]
  $ duban import missing.txt
  duban: missing.txt: cannot open: No such file or directory
  [3]
