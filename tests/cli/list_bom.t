list --format csv --bom starts the CSV with a UTF-8 byte order mark, which Excel on Windows
needs to read Chinese as UTF-8; without --bom there is none.

  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --category 改评价 --format csv --bom | head -c 12 | od -An -c
   357 273 277   i   d   ,   c   a   t   e   g   o
  $ duban -f $FIXTURES/progress.yaml --as-of 2021-07-15 list --category 改评价 --format csv | head -c 3 | od -An -c
     i   d   ,
  $ duban -f $FIXTURES/progress.yaml list --format tsv --bom
  duban: --bom only applies to --format csv
  [2]
