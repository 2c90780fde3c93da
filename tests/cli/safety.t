duban reads only what is a file it can hold, writes back only what it read, and lets no
control character, formula or HTML tag through to a terminal, a spreadsheet or a browser.

  $ export DUBAN_FILE=tasks.yaml
  $ cp "$FIXTURES/progress.yaml" tasks.yaml
  $ cp tasks.yaml before.yaml
  $ unchanged() { cmp tasks.yaml before.yaml && echo unchanged; }

Reading refuses what is not a regular file (a FIFO without a writer must not hang), and files
past the 256 MiB limit (a sparse file: nothing is read):

  $ mkdir folder
  $ duban -f folder check
  duban: folder: is a folder, not a regular file; give the path of a file
  [3]
  $ duban -f /dev/zero check
  duban: /dev/zero: is a device, not a regular file; give the path of a file
  [3]
  $ mkfifo pipe
  $ timeout 5 duban -f pipe check
  duban: pipe: is a pipe (FIFO), not a regular file; give the path of a file
  [3]
  $ truncate -s 300M huge.yaml
  $ duban -f huge.yaml check
  duban: huge.yaml: is 300 MiB, more than the 256 MiB duban reads; is it the right file?
  [3]
  $ duban report bulletin --template folder
  duban: folder: is a folder, not a regular file; give the path of a file
  [3]
  $ duban import pipe
  duban: pipe: is a pipe (FIFO), not a regular file; give the path of a file
  [3]

Conflict markers git left are named as such:

  $ sed '/^  - id: 6$/,/^$/s/^    office: 基教股$/<<<<<<< ours\n    office: 基教股\n=======\n    office: 人事股\n>>>>>>> theirs/' before.yaml > conflicted.yaml
  $ duban -f conflicted.yaml check
  duban: conflicted.yaml:63:1: line 63 holds an unresolved merge conflict (<<<<<<<); resolve it, then git add
      <<<<<<< ours
      ^
  hint: keep the lines between <<<<<<< and ======= (this side), or between ======= and >>>>>>> (the other side), or both, and delete the marker lines
  [3]

A file whose lines end with CR alone (old Mac) is marked and keeps its CRs; a file mixing them
with LF is refused up front:

  $ tr '\n' '\r' < before.yaml > cr.yaml
  $ duban -f cr.yaml mark 6 --progress 50 --date 2021-07-12 --note CR文件
  cr.yaml: task 6: 2021-07-12 50% 推进中
  $ tr -dc '\n' < cr.yaml | wc -c
  0
  $ tr '\r' '\n' < cr.yaml | grep -B3 'note: CR文件'
        - date: 2021-07-12
          progress: 50
          status: in-progress
          note: CR文件
  $ { head -c 200 before.yaml | tr '\n' '\r'; tail -c +201 before.yaml; } > mixed.yaml
  $ duban -f mixed.yaml mark 6 --progress 50 --date 2021-07-12
  duban: mixed.yaml:1:82: a carriage return (CR) alone ends a line here, while other lines end with LF; mark keeps a file's line endings and cannot keep this mix. Save the file with one kind of line ending (LF, or CRLF as Windows does), then mark again
  [3]

A mark refuses to split hard links:

  $ ln tasks.yaml linked.yaml
  $ duban mark 6 --progress 50 --date 2021-07-12
  duban: tasks.yaml: it has 2 hard links; a new version would be written under this name only and split them. Make it a single file (cp it, then mv the copy over it) or mark through a symbolic link; the file is unchanged
  [3]
  $ rm linked.yaml
  $ unchanged
  unchanged

Control characters typed into a mark are refused, naming the option:

  $ duban mark 6 --progress 50 --date 2021-07-12 --note $'\e]0;owned\a读书'
  duban: --note holds a control character (\x1B at character 1); type plain text (line breaks and tabs are fine)
  [2]
  $ duban mark 6 --progress 50 --date 2021-07-12 --by $'基教股\xc2\x9b2J'
  duban: --by holds a control character (\u009B at character 4); type plain text (line breaks and tabs are fine)
  [2]
  $ unchanged
  unchanged

Those already in a file (a YAML escape) are shown escaped, never raw:

  $ sed 's/^        note: 举办读书分享会 12 场。$/        note: "\\x1B[2J读书\\e]0;x\\a"/' before.yaml > escapes.yaml
  $ duban -f escapes.yaml show 6 --as-of 2021-07-15 | grep 读书
      本期进展  \x1B[2J读书\x1B]0;x\x07
  $ sed -i 's/^    title: 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。$/    title: "\\e[31m开展共读活动"/' escapes.yaml
  $ duban -f escapes.yaml list --grep 共读 --as-of 2021-07-15
  序号  类别    重点工作任务          责任领导  责任股室  协办股室  状态    进度  序时  预警
  ----  ------  --------------------  --------  --------  --------  ------  ----  ----  ----
     6  抓常规  \x1B[31m开展共读活动  刘建新    基教股    工会      推进中   45%   63%  黄灯
  $ duban diff before.yaml escapes.yaml
  before.yaml → escapes.yaml：任务：修改 1 项；进展：修改 1 条
  第6项 修改：\x1B[31m开展共读活动
    任务      开展“书香校园 师生共读”系列活动，加强“书香校园”建设。 → \x1B[31m开展共读活动
    改进展    2021-07-08
              本期进展  举办读书分享会 12 场。 → \x1B[2J读书\x1B]0;x\x07
  [1]
  $ duban -f escapes.yaml report bulletin --as-of 2021-07-15 --format txt | grep -c $'\e'
  0
  [1]
  $ duban -f escapes.yaml report dispatch --as-of 2021-07-15 --format txt | grep -o '\\x1B\[2J读书' | head -1
  \x1B[2J读书

Cells a spreadsheet would run as a formula get a ' in front (CSV injection); numbers stay
numbers:

  $ sed 's/^        note: 举办读书分享会 12 场。$/        note: "=HYPERLINK(\\"http:\/\/x\\",\\"点此\\")"/; s/^    title: 开展“书香校园/    title: -2+3+开展“书香校园/; s/^    category: 抓常规$/    category: "@抓常规"/' before.yaml | sed 's/categories: \[抓常规,/categories: ["@抓常规",/' > formula.yaml
  $ duban -f formula.yaml report dispatch --as-of 2021-07-15 --format csv | tr -d '\r' | grep '^6,'
  6,'@抓常规,'-2+3+开展“书香校园 师生共读”系列活动，加强“书香校园”建设。,刘建新,基教股,工会,6月30日前达到60%（完成上半年共读活动）；12月31日前完成,"'=HYPERLINK(""http://x"",""点此"")",图书采购资金未到位。,7月底前完成图书采购。,45%,63%,推进中,黄灯,落后序时进度18个百分点；时间节点2021年6月30日目标60%未达成
  $ duban -f formula.yaml list --grep 共读 --format csv --as-of 2021-07-15 | tr -d '\r' | tail -1
  6,'@抓常规,'-2+3+开展“书香校园 师生共读”系列活动，加强“书香校园”建设。,刘建新,基教股,工会,2021-12-31,in-progress,45,63,yellow
  $ duban -f formula.yaml list --grep 共读 --format tsv --as-of 2021-07-15 | tail -1 | cut -f1-3
  6	'@抓常规	'-2+3+开展“书香校园 师生共读”系列活动，加强“书香校园”建设。

Markdown reports escape HTML as the HTML reports do:

  $ sed 's/^        note: 举办读书分享会 12 场。$/        note: <script>alert(1)<\/script><img src=x onerror=alert(2)> \& 读书/' before.yaml > html.yaml
  $ duban -f html.yaml report dispatch --as-of 2021-07-15 --format md | grep -o '&lt;script.*读书'
  &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; 读书
  $ duban -f html.yaml report dispatch --as-of 2021-07-15 --format md | grep -c '<script\|<img'
  0
  [1]

A write removes temporary files a killed writer left beside the file (its pid is gone), and
leaves a live writer's:

  $ touch .tasks.yaml.duban-999999999-abcdef .tasks.yaml.duban-$$-live00
  $ duban mark 6 --progress 50 --date 2021-07-12 > /dev/null
  $ ls -a | grep duban-
  .tasks.yaml.duban-*-live00 (glob)
  $ rm .tasks.yaml.duban-$$-live00

import -o into a path that cannot be created ends in words, not a crash:

  $ duban import "$SEED" -o /etc/passwd/tasks.yaml
  duban: /etc/passwd/tasks.yaml: cannot create a temporary file beside it: Not a directory; the file is unchanged
  [3]

A report's filter line names every filter in effect:

  $ duban report bulletin --as-of 2021-07-15 --light red | grep 范围
      本期通报范围：灯色：红灯。
  $ duban report bulletin --as-of 2021-07-15 --light red --status 推进中 --office 基教股 --role lead --overdue --unreported --grep 读书 | grep 范围
      本期通报范围：股室：基教股（牵头）；状态：推进中；灯色：红灯；超期未完成；本轮未报送；含文字：“读书”。

diff compares every key of plan.rules (a changed deduction is a change):

  $ sed 's/^  dispatch_months: 2$/  dispatch_months: 2\n  rules:\n    deduct_late: 8/' before.yaml > rules.yaml
  $ duban diff before.yaml rules.yaml
  before.yaml → rules.yaml：计划信息：修改 1 处
  计划信息 修改
    规则 deduct_late 5 → 8
  [1]
