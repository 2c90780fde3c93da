The shipped table, filtered. Names match without regard to padding: "何 军", "何　军" (full-width
space) and 何军 are one person, with the same six tasks.

  $ duban -f $SOURCE/tasks.yaml list --leader 何军 --format tsv | cut -f1
  id
  2
  3
  21
  22
  23
  26
  $ duban -f $SOURCE/tasks.yaml list --leader "何 军" --format tsv | cut -f1
  id
  2
  3
  21
  22
  23
  26
  $ duban -f $SOURCE/tasks.yaml list --leader "何　军" --format tsv | cut -f1 | tr '\n' ' '
  id 2 3 21 22 23 26  (no-eol)

Filters of one kind are alternatives (OR); of different kinds, all must hold (AND).

  $ duban -f $SOURCE/tasks.yaml list --leader 杨宏发 --leader 蔡亚利 --format tsv | cut -f1 | tr '\n' ' '
  id 4 5 12 13 14 15 16 17 18 19 25  (no-eol)
  $ duban -f $SOURCE/tasks.yaml list --leader 刘建新 --category 重督导 --format tsv | cut -f1 | tr '\n' ' '
  id 29 30 31 32 33  (no-eol)
  $ duban -f $SOURCE/tasks.yaml list --office 基教股 --format tsv | cut -f1,5,6
  id	office	partners
  2	法制安全股	基教股、校车办、体卫股
  6	基教股	工会
  7	基教股	
  9	基教股	
  10	基教股	
  15	人事股	教师工作股、工会、基教股、教研室
  27	督导股	基教股
  $ duban -f $SOURCE/tasks.yaml list --office 基教股 --role lead --format tsv | cut -f1 | tr '\n' ' '
  id 6 7 9 10  (no-eol)
  $ duban -f $SOURCE/tasks.yaml list --office 基教股 --role partner --format tsv | cut -f1 | tr '\n' ' '
  id 2 15 27  (no-eol)
  $ duban -f $SOURCE/tasks.yaml list --grep 督导 --format tsv | cut -f1,3
  id	title
  29	成立县级教育督导委员会。
  32	健全教育督导结果运用机制，建立报告、反馈、整改、复查、激励、约谈、通报、问责等八大机制。
  33	改进教育督导方式方法，坚持“五结合”“双随机”，严格控制教育评价活动数量和频次，切实减轻基层和学校负担。
  $ duban -f $SOURCE/tasks.yaml list --status 未启动 --category 调结构
  序号  类别    重点工作任务                                                  责任领导  责任股室  协办股室              状态    进度  序时  预警
  ----  ------  ------------------------------------------------------------  --------  --------  --------------------  ------  ----  ----  ----
    25  调结构  通过招聘、交流、引进、委培等方式，进一步调优师资结构。        杨宏发    人事股    人才中心、教师工作股  未启动    0%  100%  红灯
    26  调结构  全面规范学校收费管理，进一步规范公用经费管理和资产采购程序。  何军      计财股                          未启动    0%  100%  红灯

The table lines up Chinese by display width. On a terminal, or with --width, it fits that width
(tests/scripts/test_list_fits_terminal.sh tries real terminals): the partners (协办股室) give way
first, while the task text would get fewer than 40 columns; then the leaders (责任领导) and the
category, while it would get fewer than 24; last the task text wraps in its column, a line never
starting with ，。 or ending with “（. Names wrap between names. Standard error says what was left out.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --width 100
  序号  类别    重点工作任务                    责任领导        责任股室    状态    进度  序时  预警
  ----  ------  ------------------------------  --------------  ----------  ------  ----  ----  ------
     1  抓常规  组织教体系统行政骨干暑假学习    局长办公会成员  相关股室    已完成  100%   54%  已完成
                班。
     2  抓常规  持续抓好“平安校园”建设，加强学  何军、戴方栋    法制安全股  推进中   55%   54%  绿灯
                生心理健康教育，定期组织各类安
                全应急演练。
     3  抓常规  召开“厉行节约，反对浪费”示范创  何军            后勤中心    推进中   20%   54%  红灯
                建现场会。
     6  抓常规  开展“书香校园 师生共读”系列活   刘建新          基教股      推进中   45%   63%  黄灯
                动，加强“书香校园”建设。
    12  强队伍  出台教师有序流动相关制度，乡镇  杨宏发          人事股      未启动    0%   54%  红灯
                学校内部每年交流教师10%—15%。
    21  优布局  完成容城学校、容城幼儿园及黄湖  何军            计财股      推进中   90%  100%  红灯
                小学、城关中心小学教学楼、职业
                中专体育馆建设。
    25  调结构  通过招聘、交流、引进、委培等方  杨宏发          人事股      推进中   60%   54%  绿灯
                式，进一步调优师资结构。
    27  改评价  加强和改进学校工作评价，出台增  刘建新          督导股      已销号  100%   54%  已完成
                值性、发展性评价方案。
    29  重督导  成立县级教育督导委员会。        刘建新          督导股      推进中   40%   54%  黄灯
  To fit 100 columns, left out: 协办股室. --width 0 shows every column.
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --width 130 --category 抓常规
  序号  类别    重点工作任务                              责任领导        责任股室    协办股室            状态    进度  序时  预警
  ----  ------  ----------------------------------------  --------------  ----------  ------------------  ------  ----  ----  ------
     1  抓常规  组织教体系统行政骨干暑假学习班。          局长办公会成员  相关股室                        已完成  100%   54%  已完成
     2  抓常规  持续抓好“平安校园”建设，加强学生心理健康  何军、戴方栋    法制安全股  基教股、校车办、    推进中   55%   54%  绿灯
                教育，定期组织各类安全应急演练。                                      体卫股
     3  抓常规  召开“厉行节约，反对浪费”示范创建现场会。  何军            后勤中心                        推进中   20%   54%  红灯
     6  抓常规  开展“书香校园 师生共读”系列活动，加强“书  刘建新          基教股      工会                推进中   45%   63%  黄灯
                香校园”建设。
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --width 72 --category 抓常规
  序号  重点工作任务                责任股室    状态    进度  序时  预警
  ----  --------------------------  ----------  ------  ----  ----  ------
     1  组织教体系统行政骨干暑假学  相关股室    已完成  100%   54%  已完成
        习班。
     2  持续抓好“平安校园”建设，加  法制安全股  推进中   55%   54%  绿灯
        强学生心理健康教育，定期组
        织各类安全应急演练。
     3  召开“厉行节约，反对浪费”示  后勤中心    推进中   20%   54%  红灯
        范创建现场会。
     6  开展“书香校园 师生共读”系   基教股      推进中   45%   63%  黄灯
        列活动，加强“书香校园”建
        设。
  To fit 72 columns, left out: 类别、责任领导、协办股室. --width 0 shows
  every column.

--no-wrap cuts the text with … instead, and never leaves an opening “ or （ before the …

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --width 80 --no-wrap --category 抓常规 2>/dev/null
  序号  类别    重点工作任务                责任股室    状态    进度  序时  预警
  ----  ------  --------------------------  ----------  ------  ----  ----  ------
     1  抓常规  组织教体系统行政骨干暑假…   相关股室    已完成  100%   54%  已完成
     2  抓常规  持续抓好“平安校园”建设，…   法制安全股  推进中   55%   54%  绿灯
     3  抓常规  召开“厉行节约，反对浪费”…   后勤中心    推进中   20%   54%  红灯
     6  抓常规  开展“书香校园 师生共读”系…  基教股      推进中   45%   63%  黄灯

The note is in the reader's language, and goes to standard error, so a pipe gets the table only.

  $ env -i PATH="$PATH" LANG=zh_CN.UTF-8 duban -f $FIXTURES/progress.yaml list --width 60 >/dev/null
  为适应60列宽，未显示：类别、责任领导、协办股室。加 --width 0
  可显示全部列。

Output to a pipe or a file is the whole table, as it always was, unless COLUMNS is set.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --category 抓常规 | head -3
  序号  类别    重点工作任务                                                              责任领导        责任股室    协办股室                状态    进度  序时  预警
  ----  ------  ------------------------------------------------------------------------  --------------  ----------  ----------------------  ------  ----  ----  ------
     1  抓常规  组织教体系统行政骨干暑假学习班。                                          局长办公会成员  相关股室                            已完成  100%   54%  已完成
  $ COLUMNS=90 duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --category 抓常规 2>/dev/null | head -3
  序号  类别    重点工作任务                          责任股室    状态    进度  序时  预警
  ----  ------  ------------------------------------  ----------  ------  ----  ----  ------
     1  抓常规  组织教体系统行政骨干暑假学习班。      相关股室    已完成  100%   54%  已完成
  $ COLUMNS=90 duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --width 0 --category 抓常规 | head -3
  序号  类别    重点工作任务                                                              责任领导        责任股室    协办股室                状态    进度  序时  预警
  ----  ------  ------------------------------------------------------------------------  --------------  ----------  ----------------------  ------  ----  ----  ------
     1  抓常规  组织教体系统行政骨干暑假学习班。                                          局长办公会成员  相关股室                            已完成  100%   54%  已完成

Other formats: Markdown, CSV (quoted where needed, CRLF), JSON with the derived status and progress.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --category 改评价 --format md
  | 序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 完成时限 | 状态 | 进度 | 序时进度 | 预警 |
  |---:|---|---|---|---|---|---|---|---:|---:|---|
  | 27 | 改评价 | 加强和改进学校工作评价，出台增值性、发展性评价方案。 | 刘建新 | 督导股 | 基教股 | 2021-12-31 | 已销号 | 100% | 54% | 已完成 |
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --category 重督导 --format csv | od -c | tail -3
  0000240   i   n   -   p   r   o   g   r   e   s   s   ,   4   0   ,   5
  0000260   4   ,   y   e   l   l   o   w  \r  \n
  0000272
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --category 改评价 --format json
  [
    {
      "id": 27,
      "category": "改评价",
      "title": "加强和改进学校工作评价，出台增值性、发展性评价方案。",
      "leaders": [
        "刘建新"
      ],
      "office": "督导股",
      "partners": [
        "基教股"
      ],
      "due": "2021-12-31",
      "milestones": [],
      "updates": [
        {
          "date": "2021-05-20",
          "progress": 100,
          "status": "done",
          "note": "评价方案经局长办公会审议通过。",
          "problems": "",
          "next": "",
          "by": "督导股",
          "evidence": []
        },
        {
          "date": "2021-07-12",
          "progress": 100,
          "status": "closed",
          "note": "方案已印发。",
          "problems": "",
          "next": "",
          "by": "督导股 李明",
          "evidence": [
            "华教体发〔2021〕15号"
          ]
        }
      ],
      "status": "closed",
      "progress": 100,
      "expected": 54,
      "light": "done",
      "light_reason": "已销号",
      "overdue_days": 0,
      "reported": true,
      "escalation": []
    }
  ]

A name that matches no one is an error (exit 2) with the nearest name there is, not an empty
table; a name that exists but whose tasks the other criteria leave out is an empty table.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --leader 无此人
  duban: no responsible leader (责任领导) is named '无此人'
  [2]
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --leader 何君
  duban: no responsible leader (责任领导) is named '何君'; did you mean 何军?
  [2]
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --leader 何军 --category 重督导
  序号  类别  重点工作任务  责任领导  责任股室  协办股室  状态  进度  序时  预警
  ----  ----  ------------  --------  --------  --------  ----  ----  ----  ----
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --status 进行中
  序号  类别    重点工作任务                                                                  责任领导      责任股室    协办股室                状态    进度  序时  预警
  ----  ------  ----------------------------------------------------------------------------  ------------  ----------  ----------------------  ------  ----  ----  ----
     2  抓常规  持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。      何军、戴方栋  法制安全股  基教股、校车办、体卫股  推进中   55%   54%  绿灯
     3  抓常规  召开“厉行节约，反对浪费”示范创建现场会。                                      何军          后勤中心                            推进中   20%   54%  红灯
     6  抓常规  开展“书香校园 师生共读”系列活动，加强“书香校园”建设。                         刘建新        基教股      工会                    推进中   45%   63%  黄灯
    21  优布局  完成容城学校、容城幼儿园及黄湖小学、城关中心小学教学楼、职业中专体育馆建设。  何军          计财股                              推进中   90%  100%  红灯
    25  调结构  通过招聘、交流、引进、委培等方式，进一步调优师资结构。                        杨宏发        人事股      人才中心、教师工作股    推进中   60%   54%  绿灯
    29  重督导  成立县级教育督导委员会。                                                      刘建新        督导股                              推进中   40%   54%  黄灯
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --role boss --office 基教股
  duban: --role: boss not in {lead,partner,any}
  Run 'duban --help' for usage.
  [2]

Which file: -f, else $DUBAN_FILE, else tasks.yaml here or in the nearest parent folder.

  $ mkdir -p office/sub && cp $FIXTURES/progress.yaml office/tasks.yaml
  $ (cd office/sub && duban list --format tsv | wc -l)
  10
  $ DUBAN_FILE=$SOURCE/tasks.yaml duban list --format tsv | wc -l
  34
  $ (cd office/sub && DUBAN_FILE=$SOURCE/tasks.yaml duban -f ../tasks.yaml list --format tsv | wc -l)
  10

Colour only on a terminal: piped output has no escape codes unless asked for.

  $ duban -f office/tasks.yaml list --category 改评价 | grep -c $'\x1b' || true
  0
  $ duban -f office/tasks.yaml list --category 改评价 --color always | grep -o $'\x1b\\[[0-9]*m' | cat -v | sort | uniq -c
       12 ^[[0m
       10 ^[[1m
        1 ^[[2m
        1 ^[[32m
  $ NO_COLOR=1 duban -f office/tasks.yaml list --category 改评价 --color auto | grep -c $'\x1b' || true
  0

A width that is not a number is a usage error.

  $ duban -f office/tasks.yaml list --width x
  duban: --width: Value x not in range 0 to 1000
  Run 'duban --help' for usage.
  [2]
