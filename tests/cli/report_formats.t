CSV: the bulletin attachment's columns, RFC 4180 quoting, CRLF. --bom starts the file with the
UTF-8 byte order mark Excel on Windows needs.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --format csv | head -3 | tr -d '\r'
  序号,类别,重点工作任务,责任领导,责任股室,协办股室（单位）,时间节点,本期进展,存在问题,下步计划,进度,序时进度,状态,预警,预警原因
  1,抓常规,组织教体系统行政骨干暑假学习班。,局长办公会成员,相关股室,,12月31日前完成,学习班于7月8日至10日举办，参训120人。,,,100%,54%,已完成,已完成,已完成
  2,抓常规,持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。,何军、戴方栋,法制安全股,基教股、校车办、体卫股,12月31日前完成,开展防溺水专项行动，组织应急演练 46 场。,部分农村学校心理健康教师不足。,秋季开学前完成校车安全检查。,55%,54%,推进中,绿灯,超前序时进度1个百分点
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --format csv | head -1 | tail -c 2 | od -An -c
    \r  \n
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --format csv --bom -o 台账.csv
  $ head -c 3 台账.csv | od -An -tx1
   ef bb bf
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --format csv | head -c 3 | od -An -tx1
   e5 ba 8f
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report scorecard --format csv | tr -d '\r'
  名次,股室,牵头任务,按时完成,逾期完成,未完成,超期未完成,红灯轮次,未报送轮次,扣分,得分,扣分明细
  1,法制安全股,1,0,0,1,0,0,2,2,98,未报送进展2轮次扣2分
  2,相关股室,1,1,0,0,0,2,0,4,96,红灯2轮次扣4分
  3,后勤中心,1,0,0,1,0,2,3,7,93,红灯2轮次扣4分；未报送进展3轮次扣3分
  3,基教股,1,0,0,1,0,2,3,7,93,红灯2轮次扣4分；未报送进展3轮次扣3分
  5,督导股,2,1,0,1,0,3,3,9,91,红灯3轮次扣6分；未报送进展3轮次扣3分
  6,人事股,2,0,0,2,0,5,4,14,86,红灯5轮次扣10分；未报送进展4轮次扣4分
  7,计财股,1,0,0,1,1,4,3,21,79,超期未完成1项扣10分；红灯4轮次扣8分；未报送进展3轮次扣3分
  $ duban -f $FIXTURES/progress.yaml report dispatch --format md --bom
  duban: --bom only applies to --format csv
  [2]

JSON is the view model; a task row carries everything a template may name.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --format json | python3 -c 'import json,sys; v=json.load(sys.stdin); t=v["categories"][2]["tasks"][0]; print(list(t)); print(t["pad"])'
  ['id', 'category', 'title', 'title_clause', 'leaders', 'leaders_text', 'office', 'partners', 'partners_text', 'has_partners', 'due', 'due_text', 'milestones', 'time_nodes_text', 'status', 'status_label', 'progress', 'progress_text', 'expected', 'expected_text', 'gap', 'light', 'light_label', 'is_done', 'is_green', 'is_yellow', 'is_red', 'reason', 'light_text', 'overdue_days', 'is_overdue', 'reported', 'late_report', 'has_update', 'update_date', 'update_date_text', 'update_by', 'has_update_by', 'note', 'problems', 'next', 'evidence_text', 'has_note', 'has_problems', 'has_next', 'problems_sentence', 'next_sentence', 'round_note', 'named_leaders_text', 'named_office', 'named_text', 'has_named', 'grounds_text', 'escalation', 'has_escalation', 'escalation_text', 'measures_text', 'pad', 'first', 'last', 'index']
  {'id': '  21', 'leaders': '何军          ', 'office': '计财股    ', 'progress': ' 90%', 'expected': '100%', 'status': '推进中', 'light': '红灯  '}

xlsx is a binary workbook: it needs -o.

  $ duban -f $FIXTURES/progress.yaml report dispatch --format xlsx
  duban: --format xlsx writes a binary workbook: name the file with -o FILE.xlsx
  [2]
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --format xlsx -o 台账.xlsx && head -c 2 台账.xlsx
  PK (no-eol)

Read back with openpyxl (independent of libxlsxwriter): the sheets (the dispatch table's third
lists the next round's time nodes), and the ledger rows of
a selection, with the light as the cell's fill.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --light red --format xlsx -o red.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py red.xlsx | python3 -c '
  > import json, sys
  > book = json.load(sys.stdin)
  > print([s["name"] for s in book["sheets"]])
  > ledger = book["sheets"][0]
  > for row in ledger["rows"][2:]:
  >     print(row[0], row[3], row[10], row[13])
  > print(ledger["fills"].get("N3"))'
  ['重点工作任务台账', '进展记录', '下轮时间节点']
  3 何军 0.2 红灯
  12 杨宏发 0 红灯
  21 何军 0.9 红灯
  FFFF0000
