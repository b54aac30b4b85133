#!/usr/bin/env bash
# Measures the cold first load of the embedded history in a fresh process, from outside:
# the time of `kzleg load-time` (which loads LegislativeHistory.Kazakhstan once and asks one question)
# minus the time of `kzleg --version` (the same process start-up without loading the data).
# Usage: scripts/first-load.sh [runs]   (default 20). Prints the median of each and the difference in ms.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
dotnet build -c Release src/Kz.Legislature.Cli -v quiet -nologo >/dev/null
dll="src/Kz.Legislature.Cli/bin/Release/net10.0/kzleg.dll"
measure() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    dotnet "$dll" "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
base=$(measure --version)
load=$(measure rules --on 2024-01-01 --format json)
echo "process start-up (median of $runs): ${base} ms"
echo "start-up + first load + one query (median of $runs): ${load} ms"
echo "first load of the embedded history: $((load - base)) ms"
