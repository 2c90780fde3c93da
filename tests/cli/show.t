One task with everything about it.

  $ duban -f $FIXTURES/progress.yaml show 2
  第2项  持续抓好“平安校园”建设，加强学生心理健康教育，定期组织各类安全应急演练。
  
  类别      抓常规
  责任领导  何军、戴方栋
  责任股室  法制安全股
  协办股室  基教股、校车办、体卫股
  完成时限  2021-12-31
  状态      推进中 55%
  
  进展记录
    2021-04-28  30%  推进中  法制安全股
      本期进展  完成春季安全大检查。
    2021-07-05  55%  推进中  法制安全股
      本期进展  开展防溺水专项行动，组织应急演练 46 场。
      存在问题  部分农村学校心理健康教师不足。
      下步计划  秋季开学前完成校车安全检查。
  $ duban -f $FIXTURES/progress.yaml show 6
  第6项  开展“书香校园 师生共读”系列活动，加强“书香校园”建设。
  
  类别      抓常规
  责任领导  刘建新
  责任股室  基教股
  协办股室  工会
  完成时限  2021-12-31
  状态      推进中 45%
  时间节点  2021-06-30 60% 完成上半年共读活动
  
  进展记录
    2021-07-08  45%  推进中  基教股
      本期进展  举办读书分享会 12 场。
      存在问题  图书采购资金未到位。
      下步计划  7月底前完成图书采购。
  $ duban -f $SOURCE/tasks.yaml show 20
  第20项  协调做好教师中级职称县内评审工作，认真组织首次基层中小学教师职称评审工作。
  
  类别      强队伍
  责任领导  戴方栎
  责任股室  人才中心
  完成时限  2021-12-31
  状态      未启动 0%
  
  进展记录  （尚无）
  $ duban -f $FIXTURES/progress.yaml show 27 --format json | head -8
  {
    "id": 27,
    "category": "改评价",
    "title": "加强和改进学校工作评价，出台增值性、发展性评价方案。",
    "leaders": [
      "刘建新"
    ],
    "office": "督导股",

A task that does not exist is a usage error.

  $ cp $FIXTURES/progress.yaml . && duban -f progress.yaml show 99
  duban: progress.yaml: no task 99
  [2]
  $ duban -f $FIXTURES/progress.yaml show abc
  duban: Could not convert: ID = abc
  Run 'duban --help' for usage.
  [2]
