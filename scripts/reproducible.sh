#!/usr/bin/env bash
# Supply-chain check: two clean builds of the same commit produce a byte-identical library DLL, and two packs
# produce packages with identical file contents. NuGet itself varies two files in every package, which are
# named and skipped: the random-named core-properties part (package/services/metadata/core-properties/*.psmdcp,
# which holds no build output) and _rels/.rels, which points at it.
# Usage: scripts/reproducible.sh   (exits non-zero on any difference)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for i in 1 2; do
  git worktree add -q --detach "$work/src$i" HEAD
  (cd "$work/src$i" && dotnet pack src/Kz.Legislature -c Release -o "$work/pack$i" -p:ContinuousIntegrationBuild=true -v quiet -nologo >/dev/null)
  cp "$work/src$i/src/Kz.Legislature/bin/Release/net10.0/Kz.Legislature.dll" "$work/lib$i.dll"
  git worktree remove --force "$work/src$i"
done

status=0
if cmp -s "$work/lib1.dll" "$work/lib2.dll"; then
  echo "library DLL: identical ($(sha256sum "$work/lib1.dll" | cut -c1-16)…)"
else
  echo "library DLL: DIFFERENT" >&2; status=1
fi

for i in 1 2; do
  mkdir -p "$work/x$i"
  (cd "$work/x$i" && unzip -q "$work"/pack$i/Kz.Legislature.*[0-9].nupkg)
  rm -f "$work/x$i"/package/services/metadata/core-properties/*.psmdcp "$work/x$i/_rels/.rels"
done
if diff -r "$work/x1" "$work/x2" >/dev/null; then
  echo "package contents: identical ($(find "$work/x1" -type f | wc -l) files compared; .psmdcp and _rels/.rels skipped)"
else
  diff -rq "$work/x1" "$work/x2" >&2 || true
  echo "package contents: DIFFERENT" >&2; status=1
fi
exit "$status"
