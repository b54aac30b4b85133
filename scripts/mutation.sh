#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET (a local tool in .config/dotnet-tools.json).
# Not run in CI (it takes long). Usage:
#   scripts/mutation.sh                      # the whole library
#   scripts/mutation.sh 'src/Kz.Legislature/History/**/*.cs'   # only some files
# The break threshold (stryker-config.json) is the last complete run's score, rounded down (the target is at
# least 80, see docs/quality.md); results and the
# surviving mutants judged equivalent are recorded in docs/quality.md. Reports: tests/Kz.Legislature.Tests/StrykerOutput/.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every mutant may be run against the whole suite, so the property and fuzz tests draw fewer samples here than in
# CI: CsCheck_Iter caps every property test's count (tests/Kz.Legislature.Tests/PropertyRuns.cs) and
# KZL_FUZZ_ITERATIONS sets the fuzz tests'. Set either beforehand to override.
export CsCheck_Iter="${CsCheck_Iter:-20}"
export KZL_FUZZ_ITERATIONS="${KZL_FUZZ_ITERATIONS:-50}"
dotnet tool restore
cd tests/Kz.Legislature.Tests
if [ "$#" -gt 0 ]; then
  args=()
  for pattern in "$@"; do args+=(--mutate "$pattern"); done
  dotnet stryker --config-file stryker-config.json "${args[@]}"
else
  dotnet stryker --config-file stryker-config.json
fi
