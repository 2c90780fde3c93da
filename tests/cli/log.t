duban log, --rev and revisions in duban diff, on a repository scripted here with fixed names
and dates so that the output is stable.

  $ export GIT_CONFIG_NOSYSTEM=1 HOME=$PWD
  $ commit() { GIT_AUTHOR_DATE="$1T10:00:00+08:00" GIT_COMMITTER_DATE="$1T10:00:00+08:00" \
  >   git -c user.name="$2" -c user.email="$3" commit -qam "$4"; }
  $ mkdir repo && cd repo && git init -q -b main
  $ cp $FIXTURES/progress.yaml tasks.yaml && git add tasks.yaml
  $ commit 2021-07-01 督导股 dudao@example.cn "进度表"
  $ duban mark 3 -p 40 -d 2021-07-12 --note "确定示范学校。" --by 后勤中心 > /dev/null
  $ commit 2021-07-12 后勤中心 houqin@example.cn "第3项进展"
  $ git tag v2021-07
  $ sed -i 's/leaders: \[何军, 戴方栋\]/leaders: [何军]/' tasks.yaml
  $ duban mark 2 -p 70 -d 2021-08-20 --by 法制安全股 > /dev/null
  $ commit 2021-08-20 法制安全股 fazhi@example.cn "第2项进展，调整责任领导"

The whole history, newest first: who, when, and what changed in task terms.

  $ duban log
  5266c1d  2021-08-20 10:00  法制安全股 <fazhi@example.cn>  第2项进展，调整责任领导
    第2项 修改：持续抓好“平安校园”建设，加强学生心理健…
      责任领导  何军、戴方栋 → 何军
      新进展    2021-08-20 进度 55% → 70%，状态 推进中
                填报      法制安全股
  
  4ef3558  2021-07-12 10:00  后勤中心 <houqin@example.cn>  第3项进展
    第3项 修改：召开“厉行节约，反对浪费”示范创建现场会。
      新进展    2021-07-12 进度 20% → 40%，状态 推进中
                本期进展  确定示范学校。
                填报      后勤中心
  
  8c94bc8  2021-07-01 10:00  督导股 <dudao@example.cn>  进度表
    新建，9 项任务

One task's history; and a window of dates.

  $ duban log 3 | head -1
  4ef3558  2021-07-12 10:00  后勤中心 <houqin@example.cn>  第3项进展
  $ duban log 3 | grep -c '^[0-9a-f]\{7\} '
  2
  $ duban log --since 2021-07-02 --until 2021-07-31 | grep '^[0-9a-f]'
  4ef3558  2021-07-12 10:00  后勤中心 <houqin@example.cn>  第3项进展
  $ duban log --format json | grep -c '"commit"'
  3
  $ duban log --since 2021-7-1
  5266c1d  2021-08-20 10:00  法制安全股 <fazhi@example.cn>  第2项进展，调整责任领导
    第2项 修改：持续抓好“平安校园”建设，加强学生心理健…
      责任领导  何军、戴方栋 → 何军
      新进展    2021-08-20 进度 55% → 70%，状态 推进中
                填报      法制安全股
  
  4ef3558  2021-07-12 10:00  后勤中心 <houqin@example.cn>  第3项进展
    第3项 修改：召开“厉行节约，反对浪费”示范创建现场会。
      新进展    2021-07-12 进度 20% → 40%，状态 推进中
                本期进展  确定示范学校。
                填报      后勤中心
  
  8c94bc8  2021-07-01 10:00  督导股 <dudao@example.cn>  进度表
    新建，9 项任务

--rev: read-only commands see the file as it stood then.

  $ duban --rev v2021-07 show 2 | grep 2021-08-20
  [1]
  $ duban show 2 | grep 2021-08-20
    2021-08-20  70%  推进中  法制安全股
  $ duban --rev HEAD~2 list --format tsv | cut -f1,8,9 | head -3
  id\tstatus\tprogress (esc)
  1\tdone\t100 (esc)
  2\tin-progress\t55 (esc)

A bulletin rebuilt from a tag is byte for byte the one the file as it stood then gives, and not
today's (the file has changed since: task 2 reported again, its leaders changed).

  $ git show v2021-07:tasks.yaml > then.yaml
  $ duban -f then.yaml --as-of 2021-08-31 report bulletin > then.txt
  $ duban --rev v2021-07 --as-of 2021-08-31 report bulletin | cmp - then.txt && echo identical
  identical
  $ duban --as-of 2021-08-31 report bulletin | diff - then.txt | head -3
  13c13
  <     纳入督查的重点工作任务共9项。其中，已完成2项，占22.2%；按序时进度推进2项，占22.2%；滞后序时进度（黄灯）3项，占33.3%；严重滞后或超期（红灯）2项，占22.2%，其中超期未完成1项。本轮有2项任务未按时报送进展。
  ---
  $ duban --rev v2021-07 mark 3 -p 50
  duban: mark writes files and cannot work on an old version (--rev v2021-07); run it without --rev
  [2]

diff with revisions: REV against the file as it is, REV1..REV2, and no argument (HEAD).

  $ duban diff v2021-07
  tasks.yaml@v2021-07 → tasks.yaml：任务：修改 1 项；进展：新增 1 条
  第2项 修改：持续抓好“平安校园”建设，加强学生心理健…
    责任领导  何军、戴方栋 → 何军
    新进展    2021-08-20 进度 55% → 70%，状态 推进中
              填报      法制安全股
  [1]
  $ duban diff v2021-07..HEAD~1
  tasks.yaml@v2021-07 → tasks.yaml@HEAD~1：没有变化
  $ duban diff HEAD~2..
  tasks.yaml@HEAD~2 → tasks.yaml@HEAD：任务：修改 2 项；进展：新增 2 条
  第2项 修改：持续抓好“平安校园”建设，加强学生心理健…
    责任领导  何军、戴方栋 → 何军
    新进展    2021-08-20 进度 55% → 70%，状态 推进中
              填报      法制安全股
  第3项 修改：召开“厉行节约，反对浪费”示范创建现场会。
    新进展    2021-07-12 进度 20% → 40%，状态 推进中
              本期进展  确定示范学校。
              填报      后勤中心
  [1]
  $ duban diff
  tasks.yaml@HEAD → tasks.yaml：没有变化
  $ sed -i 's/office: 后勤中心/office: 计财股/' tasks.yaml
  $ duban diff --format md
  ### tasks.yaml@HEAD → tasks.yaml
  
  任务：修改 1 项
  
  #### 第3项 修改：召开“厉行节约，反对浪费”示范创建现场会。
  
  - 责任股室：后勤中心 → 计财股
  [1]
  $ git checkout -q tasks.yaml

The path inside the repository is used, not the current folder's: from a subfolder, with -f.

  $ mkdir sub && cd sub && duban -f ../tasks.yaml diff v2021-07..HEAD | head -1 && cd ..
  tasks.yaml@v2021-07 → tasks.yaml@HEAD：任务：修改 1 项；进展：新增 1 条

Bad input: a revision that does not exist, a file outside any repository, a revision whose
file does not load (named file@revision:line:column), a revision without the file.

  $ duban diff v2020 2>&1 | sed "s|$PWD|REPO|"
  duban: tasks.yaml: revision 'v2020' does not exist in the repository at REPO
  $ duban --rev nosuch list 2>&1 | sed "s|$PWD|REPO|"
  duban: tasks.yaml: revision 'nosuch' does not exist in the repository at REPO
  $ duban --rev 'HEAD;touch x' list 2>&1 | sed "s|$PWD|REPO|"; ls x
  duban: tasks.yaml: revision 'HEAD;touch x' does not exist in the repository at REPO
  ls: cannot access 'x': No such file or directory
  [2]
  $ duban --rev --help list 2>&1 | sed "s|$PWD|REPO|"
  duban: tasks.yaml: revision '--help' does not exist in the repository at REPO
  $ cp tasks.yaml /tmp/outside-$$.yaml && duban -f /tmp/outside-$$.yaml --rev HEAD list 2>&1 | sed "s/-$$//"; rm /tmp/outside-$$.yaml
  duban: /tmp/outside.yaml: not inside a git repository, so it has no revisions to read
  hint: 'git init' in its folder starts one; 'duban git-setup' then registers the merge driver
  $ printf 'plan:\n  title: 坏文件\n' > tasks.yaml
  $ commit 2021-08-25 某人 mou@example.cn "写坏了"
  $ duban --rev HEAD check
  duban: tasks.yaml@HEAD:2:3: 'start:' is missing here
        title: 坏文件
        ^
  [3]
  $ duban log 2>&1
  duban: tasks.yaml@dbf677f:2:3: 'start:' is missing here
        title: 坏文件
        ^
  [3]
  $ git rm -q tasks.yaml && commit 2021-08-26 某人 mou@example.cn "移走"
  $ duban -f tasks.yaml --rev HEAD show 2 2>&1 | sed "s|$PWD|REPO|"
  duban: tasks.yaml: the file is not in revision 'HEAD' of the repository at REPO
  $ duban -f tasks.yaml --rev HEAD~1 show 2 2>&1 | head -1
  duban: tasks.yaml@HEAD~1:2:3: 'start:' is missing here
