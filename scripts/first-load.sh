#!/usr/bin/env bash
# Measures the cold first load of the embedded history (LegislativeHistory.Kazakhstan), in fresh processes.
# The script builds, in a temporary directory, a tiny console app referencing the library (Release), and runs it
# alternately in two modes, so that a change in the machine's load during the run affects both alike:
#   baseline  the same app, which starts and exits without touching the library (the start-up of any dotnet app);
#   load      the app reads LegislativeHistory.Kazakhstan once, and prints the time of that first load measured in
#             process (Stopwatch), then the time of a second, warm load of the same embedded file.
# It prints the medians of the in-process cold and warm loads, and of the wall-clock and CPU times (user + system, from
# bash's `time`) of both modes with their differences: the first load seen from outside, assembly loading included.
# `kzleg --version` is not a baseline: it prints the dataset's version, so it loads the history too.
# Usage: scripts/first-load.sh [runs]   (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
repo="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat >"$work/FirstLoadProbe.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/Kz.Legislature/Kz.Legislature.csproj" />
  </ItemGroup>
</Project>
EOF

cat >"$work/Program.cs" <<'EOF'
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

dotnet build -c Release "$work/FirstLoadProbe.csproj" -o "$work/bin" -v quiet -nologo >/dev/null
dll="$work/bin/FirstLoadProbe.dll"

# One run of the probe in the given mode; prints "wall_ms cpu_ms" (bash's `time`: real, and user + system) and keeps
# what the probe printed in $work/out.
run() {
  local TIMEFORMAT='%3R %3U %3S' t
  t=$( { time dotnet "$dll" "$1" >"$work/out" 2>&1; } 2>&1 )
  echo "$t" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

base_wall=(); base_cpu=(); load_wall=(); load_cpu=(); cold=(); warm=()
for _ in $(seq "$runs"); do
  read -r w c < <(run baseline); base_wall+=("$w"); base_cpu+=("$c")
  read -r w c < <(run load); load_wall+=("$w"); load_cpu+=("$c")
  read -r k m <"$work/out"; cold+=("$k"); warm+=("$m")
done

bw=$(printf '%s\n' "${base_wall[@]}" | median); bc=$(printf '%s\n' "${base_cpu[@]}" | median)
lw=$(printf '%s\n' "${load_wall[@]}" | median); lc=$(printf '%s\n' "${load_cpu[@]}" | median)
ck=$(printf '%s\n' "${cold[@]}" | median); wm=$(printf '%s\n' "${warm[@]}" | median)
echo "machine load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "first load in process, cold (median of $runs): ${ck} ms; a second, warm load: ${wm} ms"
echo "start-up of a dotnet app that does not load the history (median of $runs): ${bw} ms wall, ${bc} ms CPU"
echo "the same app loading the history once (median of $runs): ${lw} ms wall, ${lc} ms CPU"
echo "first load seen from outside (assembly loading included): $((lw - bw)) ms wall, $((lc - bc)) ms CPU"
