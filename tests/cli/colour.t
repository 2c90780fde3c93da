Colour: automatic on a terminal only. Output piped to a file or a program has no escape codes
unless --color always asks for them; --color never and NO_COLOR turn it off.

  $ cp $FIXTURES/progress.yaml tasks.yaml
  $ duban list > out.txt && grep -c $'\x1b' out.txt
  0
  [1]
  $ duban --color always list > out.txt && grep -c $'\x1b\[' out.txt
  10
  $ duban list --color=always | grep -o $'\x1b\\[[0-9;]*m' | sort -u | cat -v
  ^[[0m
  ^[[1m
  ^[[2m
  ^[[31m
  ^[[32m
  $ duban --color never list | grep -c $'\x1b'
  0
  [1]
  $ NO_COLOR=1 duban list | grep -c $'\x1b'
  0
  [1]

--color always wins over NO_COLOR: the user asked for it on the command line.

  $ NO_COLOR=1 duban --color always list | grep -c $'\x1b\['
  10

On a terminal (script(1) gives the command one), auto colours, unless NO_COLOR is set or
TERM is dumb (as the transcripts run it).

  $ TERM=xterm script -qec "duban list" /dev/null | grep -c $'\x1b\['
  10
  $ TERM=xterm script -qec "env NO_COLOR=1 duban list" /dev/null | grep -c $'\x1b'
  0
  [1]
  $ script -qec "env TERM=dumb duban list" /dev/null | grep -c $'\x1b'
  0
  [1]

Piped output of the other commands has none either:

  $ duban show 2 | grep -c $'\x1b'
  0
  [1]
  $ printf 'plan:\n  title: x\n' > bad.yaml
  $ duban -f bad.yaml check 2>&1 | grep -c $'\x1b'
  0
  [1]
