Every report kind as an Excel workbook, read back with openpyxl (tests/scripts/read_xlsx.py), a
reader independent of libxlsxwriter. A small script prints what a clerk would look at: the sheet
names, each sheet's title, header and rows, and its print setup.

  $ cat > show.py <<'PY'
  > import json, sys
  > book = json.load(sys.stdin)
  > for s in book["sheets"]:
  >     rows = s["rows"]
  >     p = s["print"]
  >     print(f'[{s["name"]}] {rows[0][0]}')
  >     print("  " + " | ".join(str(c) for c in rows[1]))
  >     for row in rows[2:]:
  >         print("  " + " | ".join("" if c is None else str(c) for c in row[:int(sys.argv[1])]))
  >     print(f'  print: paper {p["paper"]} {p["orientation"]}, fit {p["fit_width"]} wide x {p["fit_height"]} tall, scale {p["fit_scale"]}%, title rows {p["title_rows"]}')
  > PY

The scorecard writes the scores, not the ledger: the same ranks and points as the text scorecard
at the same date (tests/cli/report_scorecard.t), as numbers, with a sheet of what each task
counted for.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report scorecard --format xlsx -o 考核.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 考核.xlsx | python3 show.py 12
  [年终考核] “富美教育”2021年度重点工作任务·年终考核（截至2021年7月15日，计第1至4轮调度）
    名次 | 股室 | 牵头任务 | 按时完成 | 逾期完成 | 未完成 | 超期未完成 | 红灯轮次 | 未报送轮次 | 扣分 | 得分 | 扣分明细
    1 | 法制安全股 | 1 | 0 | 0 | 1 | 0 | 0 | 2 | 2 | 98 | 未报送进展2轮次扣2分
    2 | 相关股室 | 1 | 1 | 0 | 0 | 0 | 2 | 0 | 4 | 96 | 红灯2轮次扣4分
    3 | 后勤中心 | 1 | 0 | 0 | 1 | 0 | 2 | 3 | 7 | 93 | 红灯2轮次扣4分；未报送进展3轮次扣3分
    3 | 基教股 | 1 | 0 | 0 | 1 | 0 | 2 | 3 | 7 | 93 | 红灯2轮次扣4分；未报送进展3轮次扣3分
    5 | 督导股 | 2 | 1 | 0 | 1 | 0 | 3 | 3 | 9 | 91 | 红灯3轮次扣6分；未报送进展3轮次扣3分
    6 | 人事股 | 2 | 0 | 0 | 2 | 0 | 5 | 4 | 14 | 86 | 红灯5轮次扣10分；未报送进展4轮次扣4分
    7 | 计财股 | 1 | 0 | 0 | 1 | 1 | 4 | 3 | 21 | 79 | 超期未完成1项扣10分；红灯4轮次扣8分；未报送进展3轮次扣3分
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 93%, title rows $1:$2
  [考核明细] “富美教育”2021年度重点工作任务·年终考核明细（截至2021年7月15日）
    股室 | 序号 | 重点工作任务 | 状态 | 完成日期 | 完成情况 | 超期未完成 | 红灯轮次 | 未报送轮次
    法制安全股 | 2 | 持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。 | 推进中 |  | 未完成 |  |  | 第1、3轮
    相关股室 | 1 | 组织教体系统行政骨干暑假学习班。 | 已完成 | 2021-07-10 | 按时完成 |  | 第2、3轮 | 第1、2、3轮
    后勤中心 | 3 | 召开“厉行节约，反对浪费”示范创建现场会。 | 推进中 |  | 未完成 |  | 第2、4轮 | 第1、2、4轮
    基教股 | 6 | 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。 | 推进中 |  | 未完成 |  | 第2、3轮 | 第1、2、3轮
    督导股 | 27 | 加强和改进学校工作评价，出台增值性、发展性评价方案。 | 已销号 | 2021-05-20 | 按时完成 |  | 第2轮 | 第1、2轮
    督导股 | 29 | 成立县级教育督导委员会。 | 推进中 |  | 未完成 |  | 第2、3轮 | 第1、2、3轮
    人事股 | 12 | 出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。 | 未启动 |  | 未完成 |  | 第2、3、4轮 | 第1、2、3、4轮
    人事股 | 25 | 通过招聘、交流、引进、委培等方式，进一步调优师资结构。 | 推进中 |  | 未完成 |  | 第2、3轮 | 第1、2、3轮
    计财股 | 21 | 完成容城学校、容城幼儿园及黄湖小学、城关中心小学教学楼、职业中专体育馆建设。 | 推进中 |  | 未完成 | 是 | 第1、2、3、4轮 | 第1、2、4轮
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 100%, title rows $1:$2

  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 考核.xlsx | python3 -c '
  > import json, sys
  > s = json.load(sys.stdin)["sheets"][0]
  > print(s["rows"][8], s["formats"], s["freeze"], s["autofilter"])'
  [7, '计财股', 1, 0, 0, 1, 1, 4, 3, 21, 79, '超期未完成1项扣10分；红灯4轮次扣8分；未报送进展3轮次扣3分'] {} A3 A2:L9

A filter narrows the scorecard as it narrows the text one.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report scorecard --office 人事股 --format xlsx -o 人事股考核.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 人事股考核.xlsx | python3 show.py 12
  [年终考核] “富美教育”2021年度重点工作任务·年终考核（截至2021年7月15日，计第1至4轮调度）
    名次 | 股室 | 牵头任务 | 按时完成 | 逾期完成 | 未完成 | 超期未完成 | 红灯轮次 | 未报送轮次 | 扣分 | 得分 | 扣分明细
    1 | 人事股 | 2 | 0 | 0 | 2 | 0 | 5 | 4 | 14 | 86 | 红灯5轮次扣10分；未报送进展4轮次扣4分
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 100%, title rows $1:$2
  [考核明细] “富美教育”2021年度重点工作任务·年终考核明细（截至2021年7月15日）
    股室 | 序号 | 重点工作任务 | 状态 | 完成日期 | 完成情况 | 超期未完成 | 红灯轮次 | 未报送轮次
    人事股 | 12 | 出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。 | 未启动 |  | 未完成 |  | 第2、3、4轮 | 第1、2、3、4轮
    人事股 | 25 | 通过招聘、交流、引进、委培等方式，进一步调优师资结构。 | 推进中 |  | 未完成 |  | 第2、3轮 | 第1、2、3轮
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 100%, title rows $1:$2

By leader: one sheet per leader, in the order the report names them, titled, with the ledger's
columns.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report leader --format xlsx -o 领导.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 领导.xlsx | python3 show.py 5
  [局长办公会成员] “富美教育”2021年度重点工作任务·局长办公会成员任务清单（截至2021年7月15日）
    序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    1 | 抓常规 | 组织教体系统行政骨干暑假学习班。 | 局长办公会成员 | 相关股室
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 82%, title rows $1:$2
  [何军] “富美教育”2021年度重点工作任务·何军任务清单（截至2021年7月15日）
    序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    2 | 抓常规 | 持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。 | 何军、戴方栋 | 法制安全股
    3 | 抓常规 | 召开“厉行节约，反对浪费”示范创建现场会。 | 何军 | 后勤中心
    21 | 优布局 | 完成容城学校、容城幼儿园及黄湖小学、城关中心小学教学楼、职业中专体育馆建设。 | 何军 | 计财股
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 74%, title rows $1:$2
  [戴方栋] “富美教育”2021年度重点工作任务·戴方栋任务清单（截至2021年7月15日）
    序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    2 | 抓常规 | 持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。 | 何军、戴方栋 | 法制安全股
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 74%, title rows $1:$2
  [刘建新] “富美教育”2021年度重点工作任务·刘建新任务清单（截至2021年7月15日）
    序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    6 | 抓常规 | 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。 | 刘建新 | 基教股
    27 | 改评价 | 加强和改进学校工作评价，出台增值性、发展性评价方案。 | 刘建新 | 督导股
    29 | 重督导 | 成立县级教育督导委员会。 | 刘建新 | 督导股
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 75%, title rows $1:$2
  [杨宏发] “富美教育”2021年度重点工作任务·杨宏发任务清单（截至2021年7月15日）
    序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    12 | 强队伍 | 出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。 | 杨宏发 | 人事股
    25 | 调结构 | 通过招聘、交流、引进、委培等方式，进一步调优师资结构。 | 杨宏发 | 人事股
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 81%, title rows $1:$2

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report leader --leader 何军 --format xlsx -o 何军.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 何军.xlsx | python3 show.py 15
  [何军] “富美教育”2021年度重点工作任务·何军任务清单（截至2021年7月15日）
    序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    2 | 抓常规 | 持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。 | 何军、戴方栋 | 法制安全股 | 基教股、校车办、体卫股 | 2021-12-31 前完成 | 开展防溺水专项行动，组织应急演练 46 场。 | 部分农村学校心理健康教师不足。 | 秋季开学前完成校车安全检查。 | 0.55 | 0.54 | 推进中 | 绿灯 | 超前序时进度1个百分点
    3 | 抓常规 | 召开“厉行节约，反对浪费”示范创建现场会。 | 何军 | 后勤中心 |  | 2021-12-31 前完成 | 拟定现场会方案。 | 示范学校尚未确定。 |  | 0.2 | 0.54 | 推进中 | 红灯 | 落后序时进度34个百分点
    21 | 优布局 | 完成容城学校、容城幼儿园及黄湖小学、城关中心小学教学楼、职业中专体育馆建设。 | 何军 | 计财股 |  | 2021-06-30 前完成 | 主体工程完工，正在验收。 | 体育馆消防验收未通过。 | 整改后申请复验。 | 0.9 | 1 | 推进中 | 红灯 | 超期15天；落后序时进度10个百分点
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 74%, title rows $1:$2

By office: one sheet per office; 职责 says which tasks it leads and which it supports.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report office --office 基教股 --office 人事股 --format xlsx -o 股室.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 股室.xlsx | python3 show.py 6
  [基教股] “富美教育”2021年度重点工作任务·基教股任务清单（截至2021年7月15日）
    职责 | 序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    牵头 | 6 | 抓常规 | 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。 | 刘建新 | 基教股
    协办 | 2 | 抓常规 | 持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。 | 何军、戴方栋 | 法制安全股
    协办 | 27 | 改评价 | 加强和改进学校工作评价，出台增值性、发展性评价方案。 | 刘建新 | 督导股
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 72%, title rows $1:$2
  [人事股] “富美教育”2021年度重点工作任务·人事股任务清单（截至2021年7月15日）
    职责 | 序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    牵头 | 12 | 强队伍 | 出台教师有序流动相关制度，乡镇学校内部每年交流教师10%—15%。 | 杨宏发 | 人事股
    牵头 | 25 | 调结构 | 通过招聘、交流、引进、委培等方式，进一步调优师资结构。 | 杨宏发 | 人事股
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 78%, title rows $1:$2

The ledger (dispatch, bulletin) keeps its two sheets (the dispatch table adds the next round's
time nodes, none here, tests/cli/deadlines.t), and now prints at a readable size: its 15
columns are capped so that fitted to one A4 landscape page wide they print at 70% or more.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --format xlsx -o 台账.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 台账.xlsx | python3 show.py 0 | grep -v '^  $'
  [重点工作任务台账] “富美教育”2021年度重点工作任务台账（截至2021年7月15日）
    序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 74%, title rows $1:$2
  [进展记录] “富美教育”2021年度重点工作任务进展记录（截至2021年7月15日）
    序号 | 重点工作任务 | 日期 | 进度 | 状态 | 本期进展 | 存在问题 | 下步计划 | 报送人 | 佐证材料
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 83%, title rows $1:$2
  [下轮时间节点] “富美教育”2021年度重点工作任务下轮到期的时间节点（第5轮：2021年9月1日至2021年10月31日，无到期的时间节点）
    日期 | 序号 | 重点工作任务 | 责任股室 | 目标 | 节点内容
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 100%, title rows $1:$2

  $ duban -f $SOURCE/tasks.yaml --as-of 2021-07-15 report bulletin --format xlsx -o 通报台账.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 通报台账.xlsx | python3 show.py 0 | grep -v '^  $'
  [重点工作任务台账] “富美教育”2021年度重点工作任务台账（截至2021年7月15日）
    序号 | 类别 | 重点工作任务 | 责任领导 | 责任股室 | 协办股室（单位） | 时间节点 | 本期进展 | 存在问题 | 下步计划 | 进度 | 序时进度 | 状态 | 预警 | 预警原因
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 84%, title rows $1:$2
  [进展记录] “富美教育”2021年度重点工作任务进展记录（截至2021年7月15日）
    序号 | 重点工作任务 | 日期 | 进度 | 状态 | 本期进展 | 存在问题 | 下步计划 | 报送人 | 佐证材料
    print: paper 9 landscape, fit 1 wide x 0 tall, scale 100%, title rows $1:$2
