The year-end scorecard (年终考核): every lead office starts at 100 and loses points for tasks
unfinished past due (10), finished late (5), each round a task spent red (2) and each round a
task went unreported (1), each round judged at its last day, the running round at --as-of.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report scorecard
  “富美教育”2021年度重点工作任务·年终考核
  截至2021年7月15日，计第1至4轮调度
  计分：基础分100分；超期未完成每项扣10分，逾期完成每项扣5分，红灯每轮次扣2分，未报送进展每轮次扣1分。
  
  名次  股室        牵头  按时完成  逾期完成  未完成  超期未完成  红灯轮次  未报送轮次  扣分  得分
     1  法制安全股     1         0         0       1           0         0           2     2    98
     2  相关股室       1         1         0       0           0         2           0     4    96
     3  后勤中心       1         0         0       1           0         2           3     7    93
     3  基教股         1         0         0       1           0         2           3     7    93
     5  督导股         2         1         0       1           0         3           3     9    91
     6  人事股         2         0         0       2           0         5           4    14    86
     7  计财股         1         0         0       1           1         4           3    21    79
  
  扣分明细
  法制安全股：未报送进展2轮次扣2分
  相关股室：红灯2轮次扣4分
  后勤中心：红灯2轮次扣4分；未报送进展3轮次扣3分
  基教股：红灯2轮次扣4分；未报送进展3轮次扣3分
  督导股：红灯3轮次扣6分；未报送进展3轮次扣3分
  人事股：红灯5轮次扣10分；未报送进展4轮次扣4分
  计财股：超期未完成1项扣10分；红灯4轮次扣8分；未报送进展3轮次扣3分

plan.rules sets the points.

  $ sed 's/^  dispatch_months: 2$/  dispatch_months: 2\n  rules:\n    score_base: 50\n    deduct_unfinished: 20\n    deduct_red_round: 0/' $FIXTURES/progress.yaml > tasks.yaml
  $ duban -f tasks.yaml --as-of 2021-07-15 report scorecard --format md
  # “富美教育”2021年度重点工作任务·年终考核
  
  截至2021年7月15日，计第1至4轮调度
  
  计分：基础分50分；超期未完成每项扣20分，逾期完成每项扣5分，红灯每轮次扣0分，未报送进展每轮次扣1分。
  
  | 名次 | 股室 | 牵头 | 按时完成 | 逾期完成 | 未完成 | 超期未完成 | 红灯轮次 | 未报送轮次 | 扣分 | 得分 | 扣分明细 |
  |---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
  | 1 | 相关股室 | 1 | 1 | 0 | 0 | 0 | 2 | 0 | 0 | 50 | 无扣分 |
  | 2 | 法制安全股 | 1 | 0 | 0 | 1 | 0 | 0 | 2 | 2 | 48 | 未报送进展2轮次扣2分 |
  | 3 | 后勤中心 | 1 | 0 | 0 | 1 | 0 | 2 | 3 | 3 | 47 | 未报送进展3轮次扣3分 |
  | 3 | 基教股 | 1 | 0 | 0 | 1 | 0 | 2 | 3 | 3 | 47 | 未报送进展3轮次扣3分 |
  | 3 | 督导股 | 2 | 1 | 0 | 1 | 0 | 3 | 3 | 3 | 47 | 未报送进展3轮次扣3分 |
  | 6 | 人事股 | 2 | 0 | 0 | 2 | 0 | 5 | 4 | 4 | 46 | 未报送进展4轮次扣4分 |
  | 7 | 计财股 | 1 | 0 | 0 | 1 | 1 | 4 | 3 | 23 | 27 | 超期未完成1项扣20分；未报送进展3轮次扣3分 |

The view model as JSON, which is what templates see.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report scorecard --format json | head -40
  {
    "kind": "scorecard",
    "kind_label": "年终考核",
    "plan": {
      "title": "“富美教育”2021年度重点工作任务",
      "issuer": "华容县教育体育局",
      "document": "华教体发〔2021〕2号",
      "has_document": true,
      "year": 2021
    },
    "as_of": "2021-07-15",
    "as_of_text": "2021年7月15日",
    "round": {
      "number": 4,
      "start": "2021-07-01",
      "end": "2021-08-31",
      "start_text": "2021年7月1日",
      "end_text": "2021年8月31日",
      "last": false,
      "count": 6
    },
    "filter": {
      "active": false,
      "text": ""
    },
    "rules": {
      "score_base": 100,
      "deduct_unfinished": 10,
      "deduct_late": 5,
      "deduct_red_round": 2,
      "deduct_unreported_round": 1,
      "unreported_per": "office"
    },
    "rounds": {
      "count": 4,
      "text": "第1至4轮"
    },
    "totals": {
      "tasks": 9,
      "done": {

A rule key that does not exist is refused where it stands.

  $ sed 's/^  dispatch_months: 2$/  dispatch_months: 2\n  rules:\n    deduct_lates: 3/' $FIXTURES/progress.yaml > bad.yaml
  $ duban -f bad.yaml report scorecard
  duban: bad.yaml:12:5: unknown key 'deduct_lates' under 'rules:'
          deduct_lates: 3
          ^
  hint: did you mean 'deduct_late'? the keys allowed under 'rules:' are: yellow_behind, red_behind, score_base, deduct_unfinished, deduct_late, deduct_red_round, deduct_unreported_round, unreported_per, chart, criticism_when, criticism_wording, talk_when, talk_wording, self_examination_when, self_examination_wording, accountability_when, accountability_wording
  [3]
