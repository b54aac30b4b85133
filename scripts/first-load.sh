#!/usr/bin/env bash
# Measures the cold first load of the embedded history in fresh processes, from outside:
# the time of `kzleg rules --on 2024-01-01 --format json` (which loads LegislativeHistory.Kazakhstan once, asks one
# question and writes the answer) minus the time of `kzleg --version` (the same process start-up without the data).
# The two commands run alternately, so that a change in the machine's load during the run affects both alike.
# Both the wall-clock time and the CPU time (user + system, from bash's `time`) are reported: on a busy machine the
# wall-clock times are dominated by waiting for a core, and the CPU times are the ones to compare.
# Usage: scripts/first-load.sh [runs]   (default 20). Prints the median of each and the differences in ms.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
dotnet build -c Release src/Kz.Legislature.Cli -v quiet -nologo >/dev/null
dll="src/Kz.Legislature.Cli/bin/Release/net10.0/kzleg.dll"

# One run of kzleg with the given arguments; prints "wall_ms cpu_ms" (bash's `time`: real, and user + system).
run() {
  local TIMEFORMAT='%3R %3U %3S' t
  t=$( { time dotnet "$dll" "$@" >/dev/null 2>&1; } 2>&1 )
  echo "$t" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

base_wall=(); base_cpu=(); load_wall=(); load_cpu=()
for _ in $(seq "$runs"); do
  read -r w c < <(run --version); base_wall+=("$w"); base_cpu+=("$c")
  read -r w c < <(run rules --on 2024-01-01 --format json); load_wall+=("$w"); load_cpu+=("$c")
done

bw=$(printf '%s\n' "${base_wall[@]}" | median); bc=$(printf '%s\n' "${base_cpu[@]}" | median)
lw=$(printf '%s\n' "${load_wall[@]}" | median); lc=$(printf '%s\n' "${load_cpu[@]}" | median)
echo "process start-up (median of $runs): ${bw} ms wall, ${bc} ms CPU"
echo "start-up + first load + one query (median of $runs): ${lw} ms wall, ${lc} ms CPU"
echo "first load of the embedded history: $((lw - bw)) ms wall, $((lc - bc)) ms CPU"
