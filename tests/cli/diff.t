duban diff: two versions of the plan compared in task terms.

  $ cp $FIXTURES/progress.yaml old.yaml
  $ cp old.yaml new.yaml

Identical versions: nothing to report, exit 0.

  $ duban diff old.yaml new.yaml
  old.yaml → new.yaml：没有变化

A field changed, before → after; a due date added.

  $ sed -i 's/leaders: \[何军, 戴方栋\]/leaders: [何军]/' new.yaml
  $ sed -i '/^  - id: 12$/,/^$/s/^    office: 人事股$/    office: 人事股\n    due: 2021-09-30/' new.yaml
  $ duban diff old.yaml new.yaml
  old.yaml → new.yaml：任务：修改 2 项
  第2项 修改：持续抓好“平安校园”建设，加强学生心理健…
    责任领导  何军、戴方栋 → 何军
  第12项 修改：出台教师有序流动相关制度，乡镇学校内部…
    完成时限  （空） → 2021-09-30
  [1]

A new update (added with duban mark), an edited one, and a removed one.

  $ cp old.yaml new.yaml
  $ duban -f new.yaml mark 3 -p 40 -d 2021-07-12 --note "确定示范学校。" --problems "经费待落实。" --by 后勤中心
  new.yaml: task 3: 2021-07-12 40% 推进中
  $ sed -i 's/note: 完成春季安全大检查。/note: 完成春季安全大检查和整改。/' new.yaml
  $ sed -i '/^  - id: 27$/,/^$/{/- date: 2021-07-12/,/evidence:/d}' new.yaml
  $ duban diff old.yaml new.yaml
  old.yaml → new.yaml：任务：修改 3 项；进展：新增 1 条，删除 1 条，修改 1 条
  第2项 修改：持续抓好“平安校园”建设，加强学生心理健…
    改进展    2021-04-28
              本期进展  完成春季安全大检查。 → 完成春季安全大检查和整改。
  第3项 修改：召开“厉行节约，反对浪费”示范创建现场会。
    新进展    2021-07-12 进度 20% → 40%，状态 推进中
              本期进展  确定示范学校。
              存在问题  经费待落实。
              填报      后勤中心
  第27项 修改：加强和改进学校工作评价，出台增值性、发…
    删进展    2021-07-12 进度 100%，状态 已销号
  [1]

A task added, one removed, and one renumbered (same text, new id): the renumbered task is not
reported as removed and added.

  $ cp old.yaml new.yaml
  $ sed -i 's/^  - id: 6$/  - id: 7/' new.yaml
  $ sed -i '/^  - id: 1$/,/^$/d' new.yaml
  $ cat >> new.yaml <<'YAML'
  > 
  >   - id: 34
  >     category: 重督导
  >     title: 开展教育督导评估监测。
  >     leaders: [刘建新]
  >     office: 督导股
  >     partners: [基教股, 人事股]
  > YAML
  $ duban diff old.yaml new.yaml
  old.yaml → new.yaml：任务：新增 1 项，删除 1 项，重新编号 1 项
  第6项 → 第7项 重新编号：开展“书香校园 师生共读”系列活动，加强…
  第34项 新增：开展教育督导评估监测。
    类别      重督导
    责任领导  刘建新
    责任股室  督导股
    协办股室  基教股、人事股
  第1项 删除：组织教体系统行政骨干暑假学习班。
  [1]

Markdown, for a pull request description.

  $ duban diff old.yaml new.yaml --format md
  ### old.yaml → new.yaml
  
  任务：新增 1 项，删除 1 项，重新编号 1 项
  
  #### 第6项 → 第7项 重新编号：开展“书香校园 师生共读”系列活动，加强…
  
  #### 第34项 新增：开展教育督导评估监测。
  
  - 类别：重督导
  - 责任领导：刘建新
  - 责任股室：督导股
  - 协办股室：基教股、人事股
  
  #### 第1项 删除：组织教体系统行政骨干暑假学习班。
  [1]

JSON, for scripts.

  $ duban diff old.yaml new.yaml --format json
  {
    "old": "old.yaml",
    "new": "new.yaml",
    "summary": "任务：新增 1 项，删除 1 项，重新编号 1 项",
    "plan": [],
    "tasks": [
      {
        "change": "renumbered",
        "id": 7,
        "old_id": 6,
        "title": "开展“书香校园 师生共读”系列活动，加强“书香校园”建设。",
        "fields": [],
        "updates": []
      },
      {
        "change": "added",
        "id": 34,
        "title": "开展教育督导评估监测。",
        "category": "重督导",
        "leaders": "刘建新",
        "office": "督导股",
        "partners": "基教股、人事股",
        "due": "",
        "milestones": "",
        "updates": []
      },
      {
        "change": "removed",
        "id": 1,
        "title": "组织教体系统行政骨干暑假学习班。"
      }
    ]
  }
  [1]
  $ duban diff old.yaml old.yaml --format json | grep summary
    "summary": "没有变化",

Bad input: a version that does not load is named with its place; a missing file; too many
arguments; --rev belongs to other commands.

  $ printf 'plan:\n  title: x\n  start: 2021-13-01\n' > broken.yaml
  $ duban diff old.yaml broken.yaml
  duban: broken.yaml:3:10: 'start' must be a real date written YYYY-MM-DD, not '2021-13-01'
        start: 2021-13-01
               ^
  [3]
  $ duban diff old.yaml missing.yaml
  duban: missing.yaml: cannot open: No such file or directory
  [3]
  $ duban diff a b c
  duban: diff takes OLD NEW files, one revision, or REV1..REV2
  [2]
  $ duban -f old.yaml --rev HEAD diff
  duban: diff names its versions itself: duban diff REV1..REV2, not --rev
  [2]
