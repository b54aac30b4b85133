#!/usr/bin/env bash
# Shows from outside that `kzleg allocate` refuses an oversized votes file fast, in little memory, and writes nothing
# to standard output. Generates a 100 MB CSV (about 5.8 million `list-N,N+1` rows) and a 100 MB JSON votes file, then
# runs, each `runs` times (default 5), with `/usr/bin/time`:
#   baseline  the 2023 Mazhilis votes (docs/examples/mazhilis-2023.csv), a normal allocation;
#   csv       the 100 MB CSV with --threshold 0, read from the file (its size is known: refused before reading);
#   pipe      the same CSV through a pipe (size unknown: refused once 4 MiB have been read);
#   json      the 100 MB JSON file.
# Prints the median wall time and peak memory of each and its ratio to the baseline, and fails unless every oversized
# file exits 2 with no output, in under 2 s and under 200 MB.
# Usage: scripts/votes-limits.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
dotnet build -c Release src/Kz.Legislature.Cli -v quiet -nologo >/dev/null
dll="src/Kz.Legislature.Cli/bin/Release/net10.0/kzleg.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

awk 'BEGIN { print "list,votes"; n = 11; for (i = 0; n < 100000000; i++) { line = "list-" i "," (i + 1); print line; n += length(line) + 1 } }' >"$work/huge.csv"
awk 'BEGIN { printf "{\"lists\":["; n = 10; for (i = 0; n < 100000000; i++) { line = "{\"list\":\"list-" i "\",\"votes\":" (i + 1) "}"; printf "%s%s", (i ? "," : ""), line; n += length(line) + 1 } print "]}" }' >"$work/huge.json"

status=0
# measure NAME EXPECTED_EXIT COMMAND...: sets med_ms and med_kb; checks the exit code and, when it must fail, empty output.
measure() {
  local name="$1" expected="$2"
  shift 2
  local times=() mems=()
  for _ in $(seq "$runs"); do
    local code=0
    /usr/bin/time -o "$work/time" -f '%e %M' "$@" >"$work/out" 2>"$work/err" || code=$?
    read -r secs kb < <(tail -n 1 "$work/time")
    times+=("$(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }')")
    mems+=("$kb")
    if [ "$code" -ne "$expected" ]; then
      echo "FAIL $name: exit $code, expected $expected: $(head -c 300 "$work/err")"
      status=1
    fi
    if [ "$expected" -ne 0 ] && [ -s "$work/out" ]; then
      echo "FAIL $name: wrote $(wc -c <"$work/out") bytes of output although it failed"
      status=1
    fi
  done
  med_ms=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  med_kb=$(printf '%s\n' "${mems[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
}

measure baseline 0 dotnet "$dll" allocate --votes docs/examples/mazhilis-2023.csv --on 2023-03-19 --all-ballots 6366441
base_ms=$med_ms base_kb=$med_kb
printf '%-9s %8s %9s %10s %10s\n' case "ms" "ratio" "peak MB" "ratio"
printf '%-9s %8d %9s %10d %10s\n' baseline "$base_ms" 1.00 $((base_kb / 1024)) 1.00
for case in csv pipe json; do
  case "$case" in
    csv) measure csv 2 dotnet "$dll" allocate --votes "$work/huge.csv" --on 2021-01-10 --threshold 0 ;;
    pipe) measure pipe 2 sh -c "cat '$work/huge.csv' | dotnet '$dll' allocate --votes /dev/stdin --on 2021-01-10 --threshold 0" ;;
    json) measure json 2 dotnet "$dll" allocate --votes "$work/huge.json" --on 2021-01-10 --threshold 0 ;;
  esac
  printf '%-9s %8d %9s %10d %10s\n' "$case" "$med_ms" "$(awk -v a="$med_ms" -v b="$base_ms" 'BEGIN { printf "%.2f", a / b }')" \
    $((med_kb / 1024)) "$(awk -v a="$med_kb" -v b="$base_kb" 'BEGIN { printf "%.2f", a / b }')"
  if [ "$med_ms" -ge 2000 ] || [ "$med_kb" -ge $((200 * 1024)) ]; then
    echo "FAIL $case: ${med_ms} ms, $((med_kb / 1024)) MB (limits: 2000 ms, 200 MB)"
    status=1
  fi
done
exit "$status"
