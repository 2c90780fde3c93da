A mistyped command or option is answered with the nearest valid one, and exit status 2.

  $ duban lst
  duban: unknown command 'lst'; did you mean 'list'?
  Run 'duban --help' for the commands.
  [2]
  $ duban -f $SOURCE/tasks.yaml lsit --leader 何军
  duban: unknown command 'lsit'; did you mean 'list'?
  Run 'duban --help' for the commands.
  [2]
  $ duban shwo 3
  duban: unknown command 'shwo'; did you mean 'show'?
  Run 'duban --help' for the commands.
  [2]
  $ duban sho 3
  duban: unknown command 'sho'; did you mean 'show'?
  Run 'duban --help' for the commands.
  [2]
  $ duban lis
  duban: unknown command 'lis'; did you mean 'list'?
  Run 'duban --help' for the commands.
  [2]
  $ duban frobnicate
  duban: unknown command 'frobnicate'
  Run 'duban --help' for the commands.
  [2]
  $ duban -f $SOURCE/tasks.yaml list --leadr 何军
  duban list: unknown option '--leadr'; did you mean '--leader'?
  Run 'duban list --help' for its options.
  [2]
  $ duban -f $SOURCE/tasks.yaml list --leadr=何军
  duban list: unknown option '--leadr'; did you mean '--leader'?
  Run 'duban list --help' for its options.
  [2]
  $ duban -f $SOURCE/tasks.yaml list --stauts 推进中
  duban list: unknown option '--stauts'; did you mean '--status'?
  Run 'duban list --help' for its options.
  [2]
  $ duban --fiel tasks.yaml list
  duban: unknown option '--fiel'; did you mean '--file'?
  Run 'duban --help' for its options.
  [2]
  $ duban -f $SOURCE/tasks.yaml list --zzzzzz
  duban list: unknown option '--zzzzzz'
  Run 'duban list --help' for its options.
  [2]
  $ duban -f $SOURCE/tasks.yaml list -Q
  duban list: unknown option '-Q'
  Run 'duban list --help' for its options.
  [2]

A value that looks like an option is still a value, and the options of the command above
(-f, --as-of) may follow a command's name.

  $ duban list --leader 何军 -f $SOURCE/tasks.yaml --format tsv | wc -l
  7
  $ duban -f $SOURCE/tasks.yaml list --grep --leadr | wc -l
  2

No command at all, and CLI11's own messages where nothing is mistyped:

  $ duban
  duban: no command given
  Run 'duban --help' for the commands.
  [2]
  $ duban -f $SOURCE/tasks.yaml show
  duban: ID is required
  Run 'duban --help' for usage.
  [2]
  $ duban --color blue list
  duban: --color: blue not in {auto,always,never}
  Run 'duban --help' for usage.
  [2]

Every command's --help ends with an example. The commands are those --help lists, so a
command added later is checked too.

  $ duban --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}' > commands
  $ test -s commands && echo listed
  listed
  $ for c in $(cat commands); do
  >   duban $c --help | grep -qE '^Examples?( \(.*\))?:$' || echo "no example in duban $c --help"
  > done
  $ duban --help | grep -c __complete
  0
  [1]

The hidden __complete command, which the completion scripts call: candidates one per line, a
description after a tab where there is one.

  $ cp $SOURCE/tasks.yaml .
  $ duban __complete -- sh
  show	Show everything about one task, and how it is judged as of --as-of
  $ duban __complete -- show 3
  3	召开“厉行节约，反对浪费”示范创建现场会。
  30	建立专兼结合、业务精湛的督学队伍。
  31	建立党政领导干部联系学校工作制度。
  32	健全教育督导结果运用机制，建立报告、反…
  33	改进教育督导方式方法，坚持“五结合”“双随…
  $ duban __complete -- list --leader 戴
  戴方栋
  戴方栎
  $ duban __complete -- list --status ''
  not-started	未启动
  in-progress	推进中
  done	已完成
  closed	已销号
  未启动	not-started
  推进中	in-progress
  已完成	done
  已销号	closed
  $ duban __complete -- list --role=
  --role=lead
  --role=partner
  --role=any
  $ duban __complete -- import ''
  :file
  $ duban __complete -- --as
  --as-of	judge progress as of this date, YYYY-MM-DD (default: today)

Every command's help ends with its example and a newline, so that whatever is printed next
(an error, the shell's prompt) starts on a line of its own.

  $ for c in list show check import diff log merge git-setup mark edit add report forms collect; do
  >   duban $c --help | tail -n 1; echo "(after $c --help)"; duban $c --help 2>&1 >/dev/null
  > done
    duban --as-of 2021-07-01 list --due-before 2021-07-31   falling due in July
  (after list --help)
    duban --as-of 2021-07-15 show 21  why task 21 was red on that day
  (after show --help)
    duban check --strict     in a pre-commit hook or CI
  (after check --help)
    duban import 台账.xlsx --map '工作目标=extra' -o tasks.yaml
  (after import --help)
    duban diff old.yaml tasks.yaml --format md
  (after diff --help)
    duban log 12 --since 2021-06-01    who moved task 12, and how, since June
  (after log --help)
    git config merge.duban.driver 'duban merge %O %A %B --name %P'
  (after merge --help)
    duban git-setup && git add .gitattributes && git commit -m 'merge with duban'
  (after git-setup --help)
    duban mark 3 --progress 100 --status closed --evidence 华教体发〔2021〕20号 --by 李明
  (after mark --help)
    duban edit 12 --leader 杨宏发 --leader 戴方栋 --office 人事股
  (after edit --help)
        --leader 杨宏发 --due 2021-10-31 --milestone 2021-08-31:50:完成方案 --dry-run
  (after add --help)
    duban report scorecard --format csv --bom -o 考核.csv
  (after report --help)
    duban forms --format csv -o 报送表
  (after forms --help)
    duban collect 回收/第3轮-基教股-进展报送表.xlsx 回收/第3轮-人事股-进展报送表.csv
  (after collect --help)
