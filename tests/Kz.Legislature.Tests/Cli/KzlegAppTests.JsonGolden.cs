using System.Text;

namespace Kz.Legislature.Tests.Cli;

/// <summary>
/// The JSON of every command, byte for byte: each case runs kzleg with <c>--format json</c> and compares standard output and
/// the exit code with a golden file under <c>Cli/Golden</c>, captured from the tool before its JSON moved from hand-written
/// <c>Utf8JsonWriter</c> calls to source-generated DTOs (property order, nulls, number formats, indentation and escaping
/// all stay as they were). The input files are the tool's own examples, written to a temporary folder whose path is
/// replaced by <c>{dir}</c>. To capture the files again after an intended change of output, run the class with
/// <c>KZL_ACCEPT_GOLDEN=1</c> and review the diff.
/// </summary>
public partial class KzlegAppTests
{
    /// <summary>The cases: a golden file name and the arguments (<c>{dir}</c> is the folder of the example inputs).</summary>
    private static readonly (string Name, string[] Args)[] GoldenCases =
    [
        ("rules-1991-06-01", ["rules", "--on", "1991-06-01"]),
        ("rules-1995-09-01", ["rules", "--on", "1995-09-01"]),
        ("rules-1996-01-01-ru", ["rules", "--on", "1996-01-01", "--lang", "ru"]),
        ("rules-2007-06-01", ["rules", "--on", "2007-06-01"]),
        ("rules-2023-03-29-kk", ["rules", "--on", "2023-03-29", "--lang", "kk"]),
        ("rules-2024-01-01", ["rules", "--on", "2024-01-01"]),
        ("rules-2026-07-01", ["rules", "--on", "2026-07-01"]),
        ("rules-2030-01-01", ["rules", "--on", "2030-01-01"]),
        ("timeline", ["timeline"]),
        ("timeline-2022-ru", ["timeline", "--from", "2022-01-01", "--lang", "ru"]),
        ("timeline-1990-1996-kk", ["timeline", "--from", "1990-03-25", "--to", "1996-01-01", "--lang", "kk"]),
        ("diff-1994-1996", ["diff", "1994-01-01", "1996-01-01"]),
        ("diff-2022-2024-ru", ["diff", "2022-01-01", "2024-01-01", "--lang", "ru"]),
        ("diff-2024-2026-kk", ["diff", "2024-01-01", "2026-07-01", "--lang", "kk"]),
        ("diff-same", ["diff", "2024-01-01", "2024-02-01"]),
        ("allocate-2023", ["allocate", "--votes", "{dir}/votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441"]),
        ("allocate-2023-dhondt-ru", ["allocate", "--votes", "{dir}/votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--method", "dhondt", "--lang", "ru"]),
        ("allocate-json-seats", ["allocate", "--votes", "{dir}/votes.json", "--on", "2023-03-19"]),
        ("allocate-kurultai-explicit", ["allocate", "--votes", "{dir}/votes.csv", "--on", "2026-08-23", "--method", "hare", "--threshold", "5", "--threshold-base", "valid", "--lang", "kk"]),
        ("allocate-2007-sainte", ["allocate", "--votes", "{dir}/votes.csv", "--on", "2007-08-18", "--all-ballots", "7000000", "--method", "sainte-lague", "--ties", "undecidable", "--runner-up", "yes"]),
        ("powers-1993", ["powers", "--on", "1993-06-01"]),
        ("powers-2024-ru", ["powers", "--on", "2024-01-01", "--lang", "ru"]),
        ("powers-2026-07-01-kk", ["powers", "--on", "2026-07-01", "--lang", "kk"]),
        ("decide-law-2024", ["decide", "--on", "2024-01-01", "--kind", "law", "--vote", "mazhilis=70,20,5", "--vote", "senate=40,5"]),
        ("decide-constitutional-2024-ru", ["decide", "--on", "2024-01-01", "--kind", "constitutional-law", "--vote", "mazhilis=60,30,5", "--vote", "senate=30,15,2,49", "--lang", "ru"]),
        ("decide-no-confidence-2024", ["decide", "--on", "2024-01-01", "--kind", "no-confidence", "--vote", "mazhilis=50,40,0,90"]),
        ("decide-consent-2026-kk", ["decide", "--on", "2026-08-01", "--kind", "consent-to-appointment", "--subject", "prime-minister", "--vote", "kurultai=60,10", "--lang", "kk"]),
        ("who-1993", ["who", "--on", "1993-06-01"]),
        ("who-2024-ru", ["who", "--on", "2024-01-01", "--lang", "ru"]),
        ("who-2026-07-01-kk", ["who", "--on", "2026-07-01", "--lang", "kk"]),
        ("validate-senate", ["validate", "{dir}/senate.json"]),
        ("validate-senate-2020-ru", ["validate", "{dir}/senate.json", "--on", "2020-01-01", "--lang", "ru"]),
        ("validate-parliament", ["validate", "{dir}/parliament.json"]),
        ("validate-kurultai-kk", ["validate", "{dir}/kurultai.json", "--lang", "kk"]),
        ("validate-vacancies", ["validate", "{dir}/short.json", "--allow-vacancies"]),
        ("validate-short", ["validate", "{dir}/short.json"]),
        ("validate-bad-date", ["validate", "{dir}/bad.json"]),
        ("validate-bad-utf8-ru", ["validate", "{dir}/latin1.json", "--lang", "ru"]),
        ("export-popolo", ["export", "popolo", "--out", "{dir}/p.json"]),
        ("export-popolo-input-kk", ["export", "popolo", "--input", "{dir}/senate.json", "--out", "{dir}/p2.json", "--lang", "kk"]),
        ("chart", ["chart", "--out", "{dir}/c.svg"]),
        ("chart-parties-ru", ["chart", "--kind", "parties", "--from", "2004-01-01", "--out", "{dir}/c2.svg", "--lang", "ru"]),
    ];

    /// <summary>Gets the names of the golden cases.</summary>
    public static TheoryData<string> GoldenNames => [.. GoldenCases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void Json_output_is_byte_identical_to_its_golden_file(string name)
    {
        var args = GoldenCases.Single(c => c.Name == name).Args;
        var dir = Directory.CreateTempSubdirectory("kzleg-golden-");
        try
        {
            WriteInputs(dir);
            var result = CliRunner.Run([.. args.Select(a => a.Replace("{dir}", dir.FullName, StringComparison.Ordinal)), "--format", "json"]);
            var actual = $"exit {result.ExitCode}\n{result.Stdout.Replace(dir.FullName, "{dir}", StringComparison.Ordinal)}";
            var path = Path.Combine(CliRunner.RepositoryRoot(), "tests", "Kz.Legislature.Tests", "Cli", "Golden", name + ".json.txt");
            if (Environment.GetEnvironmentVariable("KZL_ACCEPT_GOLDEN") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            result.Stdout.Should().StartWith("{", "kzleg {0} --format json writes a JSON document ({1})", string.Join(' ', args), result);
            actual.Should().Be(File.ReadAllText(path, Encoding.UTF8), "kzleg {0} --format json writes what it wrote before", string.Join(' ', args));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void WriteInputs(DirectoryInfo dir)
    {
        CliRunner.Example(dir, "votes.csv", "votes");
        CliRunner.Example(dir, "senate.json", "senate");
        CliRunner.Example(dir, "parliament.json", "parliament");
        CliRunner.Example(dir, "kurultai.json", "kurultai", "--on", "2026-09-01");
        var senate = File.ReadAllText(Path.Combine(dir.FullName, "senate.json"));
        var cut = senate.IndexOf("    },\n    {", StringComparison.Ordinal);
        var end = senate.LastIndexOf("  ]", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.FullName, "short.json"), senate[..(cut + 5)] + "\n" + senate[end..]);
        File.WriteAllText(Path.Combine(dir.FullName, "bad.json"), "{ \"formatVersion\": 1, \"kind\": \"senate\", \"date\": \"2024-13-01\", \"mandates\": [] }");
        File.WriteAllBytes(Path.Combine(dir.FullName, "latin1.json"), [.. "{ \"formatVersion\": 1, \"kind\": \"senate\", \"note\": \""u8, 0xE9, .. "\" }"u8]);
        File.WriteAllText(
            Path.Combine(dir.FullName, "votes.json"),
            "{ \"seats\": 98, \"allBallots\": 6366441, \"lists\": [ { \"list\": \"Amanat\", \"votes\": 3431510, \"registrationOrder\": 2 }, { \"list\": \"Auyl\", \"votes\": 636201, \"registrationOrder\": 1 }, { \"list\": \"Respublica\", \"votes\": 546111 } ] }");
    }
}
