A template of one's own, given with --template.

  $ cat > mine.txt <<'T'
  > {{plan.title}} 第{{round.number}}轮
  > {{#categories}}
  > {{name}}: {{#tasks}}{{id}}{{^last}},{{/last}}{{/tasks}}
  > {{/categories}}
  > T
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 report dispatch --template mine.txt
  “富美教育”2021年度重点工作任务 第4轮
  抓常规: 1,2,3,6
  强队伍: 12
  优布局: 21
  调结构: 25
  改评价: 27
  重督导: 29

A templates/ folder beside the tasks file overrides the installed templates.

  $ mkdir here here/templates && cp $FIXTURES/progress.yaml here/tasks.yaml
  $ printf '{{totals.tasks}} tasks, {{totals.red.count}} red ({{totals.red.share_text}})\n' > here/templates/dispatch.txt.mustache
  $ duban -f here/tasks.yaml --as-of 2021-07-15 report dispatch
  9 tasks, 3 red (33.3%)
  $ duban -f here/tasks.yaml --as-of 2021-07-15 report dispatch --format md | head -1
  # “富美教育”2021年度重点工作任务调度情况表

A name the view model lacks is an error at its position, not an empty cell; so is one that is
only missing inside the section it is used in.

  $ printf '第{{issue}}期\n{{#categories}}\n  {{name}} {{tasks_count}}\n{{/categories}}\n' > typo.txt
  $ duban -f $FIXTURES/progress.yaml report dispatch --template typo.txt
  duban: typo.txt:1:2: the view model has no field 'issue' here
      第{{issue}}期
        ^
  hint: docs/templates.md lists the fields of each report; `--format json` shows them
  [3]
  $ printf '{{#categories}}{{#tasks}}{{id}} {{titel}}{{/tasks}}{{/categories}}\n' > inner.txt
  $ duban -f $FIXTURES/progress.yaml report dispatch --template inner.txt -o out.txt
  duban: inner.txt:1:33: the view model has no field 'titel' here
      {{#categories}}{{#tasks}}{{id}} {{titel}}{{/tasks}}{{/categories}}
                                      ^
  hint: docs/templates.md lists the fields of each report; `--format json` shows them
  [3]
  $ test -e out.txt || echo nothing written
  nothing written

A list or true/false printed as a value, and a section over text, print nothing: errors too.

  $ printf '{{categories}}\n' > list.txt
  $ duban -f $FIXTURES/progress.yaml report dispatch --template list.txt
  duban: list.txt:1:1: 'categories' is a list and prints nothing
      {{categories}}
      ^
  hint: use it as a section: {{#categories}}…{{/categories}}
  [3]
  $ printf '{{#plan.title}}x{{/plan.title}}\n' > text.txt
  $ duban -f $FIXTURES/progress.yaml report dispatch --template text.txt
  duban: text.txt:1:1: 'plan.title' is text, not a list, object or true/false
      {{#plan.title}}x{{/plan.title}}
      ^
  hint: a section over text is always shown; test a has_… field instead
  [3]

Broken templates are reported with file, line and column.

  $ printf 'line one\n{{#categories}}\n{{name}}\n' > open.txt
  $ duban -f $FIXTURES/progress.yaml report dispatch --template open.txt
  duban: open.txt:2:1: section 'categories' is never closed
      {{#categories}}
      ^
  hint: add {{/categories}} where it ends
  [3]
  $ printf '{{#categories}}\n{{name}}\n{{/tasks}}\n' > cross.txt
  $ duban -f $FIXTURES/progress.yaml report dispatch --template cross.txt
  duban: cross.txt:3:1: '{{/tasks}}' closes section 'categories' opened at 1:1
      {{/tasks}}
      ^
  hint: close it with {{/categories}} first
  [3]
  $ printf '总计 {{totals.tasks\n' > unclosed.txt
  $ duban -f $FIXTURES/progress.yaml report dispatch --template unclosed.txt
  duban: unclosed.txt:1:4: tag opened here is never closed with '}}'
      总计 {{totals.tasks
           ^
  [3]

HTML escapes values; Markdown keeps a value with | inside its cell; plain text leaves it alone.

  $ sed 's/title: 成立县级教育督导委员会。/title: "成立<县级>教育督导委员会|A\&B"/' $FIXTURES/progress.yaml > esc.yaml
  $ duban -f esc.yaml --as-of 2021-07-15 report dispatch --format html | grep -o '成立[^<]*委员会[^<]*' | head -1
  成立&lt;县级&gt;教育督导委员会|A&amp;B
  $ duban -f esc.yaml --as-of 2021-07-15 report dispatch --format md | grep -o '| 29 | [^|]*\\|[^|]*|'
  | 29 | 成立&lt;县级&gt;教育督导委员会\|A&amp;B |
  $ duban -f esc.yaml --as-of 2021-07-15 report dispatch | grep -o '成立<县级>.*'
  成立<县级>教育督导委员会|A&B
  成立<县级>教育督导委员会|A&B

--template works with the text formats only; a missing template file says so.

  $ duban -f $FIXTURES/progress.yaml report dispatch --format json --template mine.txt
  duban: --template works with --format md, txt, html or docx, not json
  [2]
  $ duban -f $FIXTURES/progress.yaml report dispatch --template nope.txt
  duban: nope.txt: cannot open: No such file or directory
  [3]
