#!/usr/bin/env bash
# Measures the cold first load of the embedded history (LegislativeHistory.Kazakhstan), in fresh processes, as a user
# of the package gets it: the script packs the library in Release, as a release is packed (so with the ReadyToRun
# images of src/Kz.Legislature/ReadyToRun.targets), into a temporary folder, and builds a tiny console app that
# references that package. It runs the app alternately in two modes, so that a change in the machine's load during
# the run affects both alike:
#   baseline  the same app, which starts and exits without touching the library (the start-up of any dotnet app);
#   load      the app reads LegislativeHistory.Kazakhstan once, and prints the time of that first load measured in
#             process (Stopwatch), then the time of a second, warm load of the same embedded file.
# It prints the medians of the in-process cold and warm loads, and of the wall-clock and CPU times (user + system, from
# bash's `time`) of both modes with their differences: the first load seen from outside, assembly loading included.
# Given a git revision, it packs that revision's library the same way, runs its app in the same alternation and
# prints the ratios of this tree's times to that revision's.
# `kzleg --version` is not a baseline: it prints the dataset's version, so it loads the history too.
# Usage: scripts/first-load.sh [runs] [revision]   (default 20 runs; for example: scripts/first-load.sh 9 928204c)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
revision="${2:-}"
repo="$(pwd)"
work="$(mktemp -d)"
cleanup() {
  if [ -d "$work/revision-tree" ]; then git -C "$repo" worktree remove --force "$work/revision-tree" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Packs the library of the tree $1 into $work/$2/feed and builds the probe app against it in $work/$2/bin, with a
# package folder of its own (both trees may have the same version number).
build_probe() {
  local tree="$1" name="$2" dir="$work/$2"
  mkdir -p "$dir/app"
  (cd "$tree" && dotnet pack src/Kz.Legislature -c Release -o "$dir/feed" -v quiet -nologo >/dev/null)
  local version
  version="$(basename "$(ls "$dir"/feed/Kz.Legislature.*[0-9].nupkg)" .nupkg)"
  version="${version#Kz.Legislature.}"
  cat >"$dir/app/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="first-load-$name" value="$dir/feed" />
  </packageSources>
</configuration>
EOF
  cat >"$dir/app/FirstLoadProbe.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Kz.Legislature" Version="$version" />
  </ItemGroup>
</Project>
EOF
  cat >"$dir/app/Program.cs" <<'EOF'
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kz.Legislature.History;

if (args is ["baseline"])
{
    return;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Cold():F1} {Warm():F1}"));

[MethodImpl(MethodImplOptions.NoInlining)]
static double Cold()
{
    var watch = Stopwatch.StartNew();
    GC.KeepAlive(LegislativeHistory.Kazakhstan);
    return watch.Elapsed.TotalMilliseconds;
}

[MethodImpl(MethodImplOptions.NoInlining)]
static double Warm()
{
    var assembly = typeof(LegislativeHistory).Assembly;
    var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("kazakhstan.json", StringComparison.Ordinal));
    using var stream = assembly.GetManifestResourceStream(name)!;
    var watch = Stopwatch.StartNew();
    GC.KeepAlive(LegislativeHistory.Load(stream, "kazakhstan.json"));
    return watch.Elapsed.TotalMilliseconds;
}
EOF
  NUGET_PACKAGES="$dir/packages" dotnet build -c Release "$dir/app/FirstLoadProbe.csproj" -o "$dir/bin" -v quiet -nologo >/dev/null
}

build_probe "$repo" this
if [ -n "$revision" ]; then
  git -C "$repo" worktree add -q --detach "$work/revision-tree" "$revision"
  build_probe "$work/revision-tree" revision
fi

# One run of a probe ($1: this or revision) in the given mode ($2); prints "wall_ms cpu_ms" (bash's `time`: real, and
# user + system) and keeps what the probe printed in $work/out.
run() {
  local TIMEFORMAT='%3R %3U %3S' t
  t=$( { time dotnet "$work/$1/bin/FirstLoadProbe.dll" "$2" >"$work/out" 2>&1; } 2>&1 )
  echo "$t" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

variants=(this)
if [ -n "$revision" ]; then variants+=(revision); fi
declare -A samples
for _ in $(seq "$runs"); do
  read -r w c < <(run this baseline); samples[base_wall]+="$w "; samples[base_cpu]+="$c "
  for v in "${variants[@]}"; do
    read -r w c < <(run "$v" load); samples[${v}_wall]+="$w "; samples[${v}_cpu]+="$c "
    read -r k m <"$work/out"; samples[${v}_cold]+="$k "; samples[${v}_warm]+="$m "
  done
done
med() { printf '%s\n' ${samples[$1]} | median; }

echo "machine load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
bw=$(med base_wall); bc=$(med base_cpu)
echo "start-up of a dotnet app that does not load the history (median of $runs): ${bw} ms wall, ${bc} ms CPU"
for v in "${variants[@]}"; do
  label="this tree"; if [ "$v" = revision ]; then label="revision $revision"; fi
  ck=$(med ${v}_cold); wm=$(med ${v}_warm); lw=$(med ${v}_wall); lc=$(med ${v}_cpu)
  echo "$label: first load in process, cold (median of $runs): ${ck} ms; a second, warm load: ${wm} ms"
  echo "$label: the app loading the history once (median of $runs): ${lw} ms wall, ${lc} ms CPU"
  echo "$label: first load seen from outside (assembly loading included): $((lw - bw)) ms wall, $((lc - bc)) ms CPU"
done
if [ -n "$revision" ]; then
  ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
  echo "this tree / revision $revision: cold load in process $(ratio "$(med this_cold)" "$(med revision_cold)")×," \
    "seen from outside $(ratio "$(( $(med this_wall) - bw ))" "$(( $(med revision_wall) - bw ))")× wall," \
    "$(ratio "$(( $(med this_cpu) - bc ))" "$(( $(med revision_cpu) - bc ))")× CPU"
fi
