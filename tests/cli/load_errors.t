Broken files are refused with the file, line and column (in characters), the line, a caret under
the spot, and a hint where one helps.

  $ cp $FIXTURES/progress.yaml tasks.yaml

A GBK file from Windows: the hint gives the command that converts it.

  $ iconv -f UTF-8 -t GBK tasks.yaml > gbk.yaml
  $ duban -f gbk.yaml list
  duban: gbk.yaml:5:10: this file is not UTF-8: byte 0xA1 cannot start a character
        title: “富美教育”2021年度重点工作任务
               ^
  hint: it reads as GBK, the encoding Windows' Chinese editions save in. Convert it once, then load it again:
    iconv -f GBK -t UTF-8 'gbk.yaml' > 'gbk.yaml.utf8' && mv 'gbk.yaml.utf8' 'gbk.yaml'
  [3]
  $ iconv -f GBK -t UTF-8 'gbk.yaml' > 'gbk.yaml.utf8' && mv 'gbk.yaml.utf8' 'gbk.yaml' && duban -f gbk.yaml list --format tsv | wc -l
  10

A BOM and CRLF line endings, as Notepad saves them, load fine.

  $ printf '\xef\xbb\xbf' > crlf.yaml && sed 's/$/\r/' tasks.yaml >> crlf.yaml
  $ duban -f crlf.yaml list --format tsv | cmp - <(duban list --format tsv) && echo same
  same

A key typed with a Chinese input method's full-width colon.

  $ sed 's/        status: in-progress/        status：推进中/' tasks.yaml > colon.yaml
  $ duban -f colon.yaml list
  duban: colon.yaml:35:15: this key is followed by a full-width colon '：'
              status：推进中
                    ^
  hint: YAML needs an ASCII colon and a space after the key, as in 'status: 推进中'; Chinese input methods type '：' unless switched to English
  [3]

An unclosed quote is reported where it opens, not where the file ends.

  $ sed 's/title: 召开“厉行节约/title: "召开“厉行节约/' tasks.yaml > quote.yaml
  $ duban -f quote.yaml list
  duban: quote.yaml:48:12: this quoted text is never closed: its closing quote is missing
          title: "召开“厉行节约，反对浪费”示范创建现场会。
                 ^
  hint: add the closing quote on the same line, or remove the opening one
  [3]

Wrong values.

  $ sed 's/progress: 45/progress: 四十五/' tasks.yaml > words.yaml
  $ duban -f words.yaml list
  duban: words.yaml:69:19: 'progress' must be a whole number from 0 to 100, not '四十五'
              progress: 四十五
                        ^
  [3]
  $ sed 's/progress: 45/progress: 145/' tasks.yaml > big.yaml
  $ duban -f big.yaml show 6
  duban: big.yaml:69:19: 'progress' must be a whole number from 0 to 100, not 145
              progress: 145
                        ^
  [3]
  $ sed 's/date: 2021-07-08/date: 2021-13-08/' tasks.yaml > date.yaml
  $ duban -f date.yaml check
  duban: date.yaml:68:15: 'date' must be a real date written YYYY-MM-DD, not '2021-13-08'
            - date: 2021-13-08
                    ^
  [3]
  $ sed 's/  - id: 6/  - id: 3/' tasks.yaml > dup.yaml
  $ duban -f dup.yaml list
  duban: dup.yaml:59:9: task id 3 is already used by the task on line 46
        - id: 3
              ^
  hint: every task needs its own number (序号)
  [3]
  $ sed 's/category: 重督导/category: 重监督/' tasks.yaml > cat.yaml
  $ duban -f cat.yaml list
  duban: cat.yaml:130:15: unknown category '重监督'
          category: 重监督
                    ^
  hint: plan.categories lists: 抓常规, 强队伍, 优布局, 调结构, 改评价, 重督导
  [3]
  $ sed 's/        status: done/        status: 完成/' tasks.yaml > status.yaml
  $ duban -f status.yaml list
  duban: status.yaml:22:17: unknown status '完成'
              status: 完成
                      ^
  hint: status is one of not-started, in-progress, done, closed (or 未启动, 推进中, 已完成, 已销号)
  [3]
  $ sed 's/    office: 计财股/    office: 计财股\n    office: 人事股/' tasks.yaml > twice.yaml
  $ duban -f twice.yaml list
  duban: twice.yaml:87:5: duplicate key 'office': it is already set on line 86
          office: 人事股
          ^
  hint: keep one of the two; YAML readers silently drop one of them
  [3]

No tasks.yaml anywhere.

  $ cd "$(mktemp -d)" && duban list
  duban: no tasks.yaml here or in any parent folder; name one with -f FILE or $DUBAN_FILE,
  or make one from the official table with 'duban import TABLE -o tasks.yaml'
  [3]
