#!/usr/bin/env bash
# No message a person reads is left as a plain English literal: the scan of src/ by
# tests/scripts/untranslated.py finds none outside tests/scripts/untranslated-allow.txt.
# It first shows that the scan can fail: on a copy with an unwrapped error, a CLI11
# description and a std::cerr line, it must name each by file:line, and pass once they are wrapped.
set -euo pipefail
scan="$SOURCE/tests/scripts/untranslated.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/src/cli" "$tmp/tests/scripts"
cat > "$tmp/src/cli/cmd_x.cpp" <<'CPP'
void f(CLI::App& app, int n) {
    if (n < 0) throw Error(fmt::format("task {} is not there", n), kExitUsage);
    app.add_option("--due,-d", due, "the date it falls due");
    std::cerr << "nothing was written\n";
    throw Error(tr(N_("task {0} is wrapped"), n));
    app.add_flag("--force", force, _("write it anyway"));
    std::cerr << fmt::format("{}:{}:{}", file, line, column);
}
CPP
set +e
out=$(python3 "$scan" "$tmp")
rc=$?
set -e
echo "$out"
[ $rc -eq 1 ] || { echo "FAIL: the scan passed a file with unwrapped messages" >&2; exit 1; }
for want in 'src/cli/cmd_x.cpp:2: untranslated message: "task {} is not there"' \
            'src/cli/cmd_x.cpp:3: untranslated message: "the date it falls due"' \
            'src/cli/cmd_x.cpp:4: untranslated message: "nothing was written\n"'; do
  grep -qxF "$want" <<<"$out" || { echo "FAIL: the scan did not report: $want" >&2; exit 1; }
done
[ "$(grep -c 'untranslated message' <<<"$out")" -eq 3 ] ||
  { echo "FAIL: the scan reported wrapped messages, option names or formats" >&2; exit 1; }
# An allow-list entry excuses its literal, and one that matches nothing fails.
printf 'src/cli/cmd_x.cpp:not there  # test\nsrc/cli/cmd_x.cpp:falls due  # test\nsrc/cli/cmd_x.cpp:was written  # test\n' \
  > "$tmp/tests/scripts/untranslated-allow.txt"
python3 "$scan" "$tmp"
echo 'src/cli/cmd_x.cpp:no such text  # test' >> "$tmp/tests/scripts/untranslated-allow.txt"
if python3 "$scan" "$tmp"; then echo "FAIL: a stale allow-list entry passed" >&2; exit 1; fi

# The real sources.
python3 "$scan" "$SOURCE"
