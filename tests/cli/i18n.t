Messages in Chinese when the environment asks for it, as GNU programs decide (LC_ALL, then
LC_MESSAGES, then LANG; LANGUAGE first unless the locale is C), and on machines where the
zh_CN locale was never generated: env -i leaves nothing but what is given.

  $ env -i PATH="$PATH" LANG=zh_CN.UTF-8 duban --help
  duban（督办）：督办 tasks.yaml 中的年度重点工作任务
  用法： duban [选项] 命令
  
  选项：
    -h,--help                   显示本帮助并退出
    --version                   显示版本信息并退出
    -f,--file 文本              任务文件（默认：$DUBAN_FILE，否则为当前或上级文件夹中的 tasks.yaml）
    --as-of 文本                按此日期评判进度，如 2021-06-25、2021年6月25日（默认：今天）
    --rev 文本                  读取任务文件在此 git 版本时的样子（只读命令）
    --color 文本:{auto,always,never}
                                颜色：auto（默认；只在终端上，遵从 NO_COLOR）、always、never
    --template-dir              显示默认报表模板所在的文件夹并退出
  
  命令： (re)
    list .* (re)
    show .* (re)
    check .* (re)
    import .* (re)
    diff .* (re)
    log .* (re)
    merge .* (re)
    git-setup .* (re)
    mark .* (re)
    edit .* (re)
    add .* (re)
    report .* (re)
    forms .* (re)
    collect .* (re)
  
  运行“duban 命令 --help”查看某个命令的选项和示例。
  $ env -i PATH="$PATH" LANG=zh_CN.UTF-8 duban --help | head -2 | tail -1 > zh
  $ env -i PATH="$PATH" LC_ALL=zh_CN.UTF-8 LANG=C duban --help | head -2 | tail -1 | cmp - zh && echo same
  same
  $ env -i PATH="$PATH" LANG=C.UTF-8 LANGUAGE=zh_CN duban --help | head -2 | tail -1 | cmp - zh && echo same
  same
  $ env -i PATH="$PATH" LANG=en_US.UTF-8 LC_MESSAGES=zh_CN.UTF-8 duban --help | head -2 | tail -1
  用法： duban [选项] 命令

English otherwise, and LANGUAGE is ignored when the locale is C, as gettext does.

  $ env -i PATH="$PATH" LANG=C LANGUAGE=zh_CN duban --help | head -2 | tail -1
  Usage: duban [OPTIONS] SUBCOMMAND
  $ env -i PATH="$PATH" LANG=zh_CN.UTF-8 LC_ALL=en_US.UTF-8 duban --help | head -2 | tail -1
  Usage: duban [OPTIONS] SUBCOMMAND
  $ env -i PATH="$PATH" duban --help | head -2 | tail -1
  Usage: duban [OPTIONS] SUBCOMMAND

CLI11's own error messages and duban's, in Chinese.

  $ export LANGUAGE=zh_CN
  $ duban lst
  duban：没有“lst”这个命令；是不是：list？
  运行“duban --help”查看有哪些命令。
  [2]
  $ duban -f $SOURCE/tasks.yaml list --leadr 何军
  duban list：没有“--leadr”这个选项；是不是：--leader？
  运行“duban list --help”查看它的选项。
  [2]
  $ duban
  duban：没有给出命令
  运行“duban --help”查看有哪些命令。
  [2]
  $ duban -f $SOURCE/tasks.yaml show
  duban: 缺少 ID
  运行“duban --help”查看用法。
  [2]
  $ duban --color blue list
  duban: --color：“blue”不在可选值 auto,always,never 之中
  运行“duban --help”查看用法。
  [2]
  $ duban -f $SOURCE/tasks.yaml show abc
  duban show: ID 应为整数，而不是“abc”
  运行“duban show --help”查看它的选项。
  [2]

What people type: dates, progress and statuses in the forms clerks use.

  $ cp $FIXTURES/progress.yaml tasks.yaml
  $ duban --as-of 2021年7月15日 list --status 进行中 --format tsv | cut -f1 | tr '\n' ' '
  id 2 3 6 21 25 29  (no-eol)
  $ duban --as-of 7月15日 list --status 进行中 --format tsv | cut -f1 | tr '\n' ' '
  id 2 3 6 21 25 29  (no-eol)
  $ duban --as-of 2021/2/30 list
  duban: --as-of: 没有“2021/2/30”这一天
  [2]
  $ duban mark 3 --progress 60.5
  duban: --progress: “60.5”不是整数；进度只记整数，请取整
  [2]
  $ duban mark 3 --progress 150%
  duban: --progress: 进度是 0 到 100 之间的百分数，不能是“150%”
  [2]
  $ duban mark 3 --status 滞后 --progress 50
  duban: --status：没有“滞后”这种状态；可用：未启动、推进中（进行中）、已完成（完成）、已销号（销号），或 not-started、in-progress、done、closed
  [2]
  $ duban mark 3 --progress ６０％ --status 进行中 --date 2021/7/20 --note 确定方案 --by 后勤中心 > /dev/null
  $ duban show 3 | grep -c '2021-07-20.*60%'
  1

A leader, office or category that names no one is an error with the nearest name, not an
empty table.

  $ duban list --leader 何君
  duban: 没有名为“何君”的责任领导。是不是：何军？
  [2]
  $ duban list --office 基教
  duban: 没有名为“基教”的股室。是不是：基教股？
  [2]
  $ duban list --category 重督查
  duban: 没有“重督查”这个类别。是不是：重督导？
  [2]
  $ duban list --leader 张三
  duban: 没有名为“张三”的责任领导。
  [2]
  $ LANGUAGE= duban list --leader 何君
  duban: no responsible leader (责任领导) is named '何君'; did you mean 何军?
  [2]

Deadlines and changes of the plan, in Chinese.

  $ duban --as-of 2021-07-15 list --due-before 2021-06-30
  duban: --due-before 2021-06-30早于判断日期2021-07-15，其间不可能有到期事项；要查已过完成时限的任务，请用 --overdue
  [2]
  $ duban --as-of 2021-07-15 list --due-within 一周
  duban: --due-within: “一周”不是整数
  [2]
  $ duban --as-of 2021-07-15 list --due-before 2021年12月31日 --category 抓常规 --format tsv | cut -f1 | tr '\n' ' '
  id 2 3 6  (no-eol)
  $ duban edit 6 --office 基教
  duban: 没有名为“基教”的股室。是不是：基教股？（如确为新名称，请加 --new-name）
  [2]
  $ duban edit 6 --milestone 2021-06-30:70
  duban: 第6项在2021-06-30已有时间节点；要修改，请在同一条命令中先删除：--remove-milestone 2021-06-30
  [2]
  $ duban edit 6 --milestone 2021年9月30日：８５％：完成秋季读书节
  tasks.yaml：第6项已修改（--milestone）
  $ duban --as-of 2021-07-15 show 6 | grep 下一节点
  下一节点  2021-09-30 85% 完成秋季读书节（还有77天）
  $ duban add --title 新任务 --office 基教股 --leader 何军
  duban: 新增任务须给出 --category
  [2]
  $ duban add --category 抓常规 --title 组织暑期安全教育。 --office 法制安全股 --leader 何军
  tasks.yaml：已新增第30项
  $ duban edit --help
  调整任务：任务内容、责任股室、责任领导、协办股室、完成时限、时间节点
  用法： duban edit [选项] ID
  
  参数：
    ID 文本 必填                任务序号
  
  选项：
    -h,--help                   显示本帮助并退出
    --title 文本                任务内容（重点工作任务）
    --office 文本               责任股室（牵头）
    --leader 文本 ...           责任领导；多个可重复给出；'' 表示没有
    --partner 文本 ...          协办股室（单位）；多个可重复给出；'' 表示没有
    --due 日期                  完成时限，如 2021-09-30 或 2021年9月30日
    --milestone 文本 ...        时间节点，写作 日期:目标:内容，如 2021-09-30:80:完成秋季读书节；可重复给出
    --remove-milestone 文本 ... 删除该日期的时间节点；可重复给出
    --new-name                  接受尚无任务使用的责任领导或股室名称（否则提示相近的名称）
    --dry-run                   以差异形式显示改动，不写文件
  
  只改动所改内容所在的行，注释和顺序保持不变。重新给出的名单（--leader、--partner）
  取代原名单。先删除时间节点，再添加。
  退出状态：0 已修改，2 修改不合规则（未写入），3 文件无法读取或写入（未写入）。
  示例：
    duban edit 6 --milestone 2021-09-30:85:完成秋季读书节
    duban edit 6 --remove-milestone 2021-06-30 --milestone 2021-07-31:60 --dry-run
    duban edit 21 --due 2021年10月31日 --partner 基教股 --partner 工会
    duban edit 12 --leader 杨宏发 --leader 戴方栋 --office 人事股
  $ duban add --help | head -3
  新增一项任务
  用法： duban add [选项]
  

Errors about the file are Chinese too; file:line:column stays as it is, so editors jump to it.

  $ sed 's/status: in-progress/status: 滞后/' tasks.yaml > bad.yaml
  $ duban -f bad.yaml list
  duban: bad.yaml:35:17: 没有“滞后”这种状态
              status: 滞后
                      ^
  提示：状态只能是未启动、推进中、已完成、已销号（或not-started、in-progress、done、closed）
  [3]

Refusals from every part of duban: list's filters, import, the git history, report's options.

  $ duban list --light 紫灯
  duban: 没有“紫灯”这种灯色：可用已完成、绿灯、黄灯、红灯（或done、green、yellow、red）
  [2]
  $ touch plan.doc && duban import plan.doc
  duban: plan.doc：无法读取Word 97–2003（.doc）或WPS（.wps）文档
  提示：请用Word或WPS打开，另存为.docx（文件 → 另存为 → Word 文档 .docx）后再导入
  [3]
  $ duban --rev HEAD list
  duban: tasks.yaml：不在git仓库中，没有可读取的版本
  提示：在其所在文件夹运行“git init”可建立仓库，再运行“duban git-setup”登记合并驱动
  [3]
  $ duban report leader --bom
  duban: --bom只用于--format csv
  [2]
  $ LANGUAGE= duban report leader --bom
  duban: --bom only applies to --format csv
  [2]
