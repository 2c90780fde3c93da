The shipped table loads, and check points out the one name that looks like a typo: row 20's
戴方栎 beside rows 2 and 11's 戴方栋. It is a warning, and the file is left as the notice wrote it.

  $ cp $SOURCE/tasks.yaml . && duban check
  tasks.yaml:137:5: warning: leader 戴方栎 (task 20) looks like a misspelling of 戴方栋 (tasks 2, 11)
  tasks.yaml: 33 tasks, 0 errors, 1 warning
  $ mkdir sub; (cd sub && duban check --strict)
  ../tasks.yaml:137:5: warning: leader 戴方栎 (task 20) looks like a misspelling of 戴方栋 (tasks 2, 11)
  ../tasks.yaml: 33 tasks, 0 errors, 1 warning
  [1]

Errors beyond loading: updates out of order, done below 100, closing without evidence.

  $ cat > bad.yaml <<'YAML'
  > plan:
  >   title: 测试
  >   start: 2021-01-01
  >   due: 2021-12-31
  >   categories: [抓常规]
  > tasks:
  >   - id: 1
  >     category: 抓常规
  >     title: 任务一
  >     leaders: [何军]
  >     office: 基教股
  >     updates:
  >       - date: 2021-05-01
  >         progress: 60
  >       - date: 2021-04-01
  >         progress: 90
  >         status: done
  >       - date: 2021-06-01
  >         progress: 100
  >         status: closed
  >   - id: 2
  >     category: 抓常规
  >     title: 任务二
  >     leaders: [何 军]
  >     office: 基较股
  > YAML
  $ duban -f bad.yaml check
  bad.yaml:11:5: warning: office 基教股 (task 1) looks like a misspelling of 基较股 (task 2)
  bad.yaml:15:9: error: task 1: update of 2021-04-01 comes after the one of 2021-05-01; updates go oldest first
  bad.yaml:15:9: error: task 1: status done (已完成) with progress 90%; done means 100
  bad.yaml:18:9: error: task 1: closed (已销号) without evidence (佐证材料)
  bad.yaml:18:9: error: task 1: closed (已销号) without 'by:' naming who signed it off
  bad.yaml:24:5: warning: leader 何 军 (task 2) is the same name written with different padding as 何军 (task 1)
  bad.yaml: 2 tasks, 4 errors, 2 warnings
  [1]
  $ duban -f bad.yaml check --color always | head -1 | od -c | head -2
  0000000   b   a   d   .   y   a   m   l   :   1   1   :   5   :     033
  0000020   [   3   3   m   w   a   r   n   i   n   g 033   [   0   m   :

A file that does not load is reported by check too, with its position, and exit status 3.

  $ printf 'plan:\n  title: x\n  start: 2021-01-01\n  due: 2021-12-31\n  categories: [a]\ntasks:\n  - id: 1\n    progres: 3\n' > typo.yaml
  $ duban -f typo.yaml check
  duban: typo.yaml:8:5: unknown key 'progres' in a task
          progres: 3
          ^
  hint: the keys allowed in a task are: id, category, title, leaders, office, co_leads, partners, due, due_text, ongoing, milestones, extra, updates
  [3]
