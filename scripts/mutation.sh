#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET (a local tool in .config/dotnet-tools.json).
# Not run in CI (it takes long; tests/Kz.Legislature.Tests/Quality/MutationConfigTests.cs checks this script and
# stryker-config.json cheaply). Usage:
#   scripts/mutation.sh                                        # the whole library
#   scripts/mutation.sh 'src/Kz.Legislature/History/**/*.cs'   # only some files (from the repository root)
#   scripts/mutation.sh 'Elections/SeatAllocator.cs'           # the same, relative to src/Kz.Legislature
# Stryker matches a pattern against each file's path relative to the library project (src/Kz.Legislature), so a
# pattern that starts with src/Kz.Legislature/ is given to it without that prefix. A pattern that matches no file is
# refused here: Stryker would otherwise ignore every mutant and report no score.
# Thresholds (stryker-config.json): break is the last complete run's score rounded down (see docs/quality.md);
# Stryker requires high >= low >= break. Reports: tests/Kz.Legislature.Tests/StrykerOutput/.
set -euo pipefail
cd "$(dirname "$0")/.."

library="src/Kz.Legislature"
patterns=()
for pattern in "$@"; do
  relative="${pattern#./}"
  relative="${relative#"$library"/}"
  matched="$(cd "$library" && shopt -s globstar nullglob && for f in $relative; do [ -f "$f" ] && echo "$f"; done)"
  if [ -z "$matched" ]; then
    echo "error: the pattern '$pattern' matches no file of $library (give a path from the repository root, such as" >&2
    echo "       '$library/History/**/*.cs', or relative to $library, such as 'Elections/SeatAllocator.cs')" >&2
    exit 2
  fi
  patterns+=("$relative")
done

# Every mutant may be run against the whole suite, so the property, fuzz and day-by-day tests do less here than in
# CI: CsCheck_Iter caps every property test's count and KZL_DAY_STRIDE makes the day-by-day test of the composition
# kit check every 30th day besides the days around each change (tests/Kz.Legislature.Tests/PropertyRuns.cs), and
# KZL_FUZZ_ITERATIONS sets the fuzz tests' count. Set any of them beforehand to override.
export CsCheck_Iter="${CsCheck_Iter:-20}"
export KZL_DAY_STRIDE="${KZL_DAY_STRIDE:-30}"
export KZL_FUZZ_ITERATIONS="${KZL_FUZZ_ITERATIONS:-50}"
# Stryker's build of the test project then takes xunit.runner.mutation.json as its xunit settings: each mutant's test
# session stops at its first failing test (one kills the mutant), as Stryker's other test runners do by themselves.
export KZL_MUTATION_RUN=true
dotnet tool restore
cd tests/Kz.Legislature.Tests
args=()
for pattern in "${patterns[@]}"; do args+=(--mutate "$pattern"); done
dotnet stryker --config-file stryker-config.json "${args[@]}"
