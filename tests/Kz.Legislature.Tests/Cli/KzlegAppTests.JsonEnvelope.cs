using System.Text.Json;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Cli;

/// <summary>Every JSON document of the CLI starts with the same envelope: command, lang, dataVersion, verifiedThrough (docs/cli.md).</summary>
public partial class KzlegAppTests
{
    [Fact]
    public void Every_command_with_format_json_starts_with_the_documented_envelope()
    {
        var history = SessionHistory.Current;
        var dir = Directory.CreateTempSubdirectory("kzleg-envelope-");
        try
        {
            var votes = CliRunner.Example(dir, "votes.csv", "votes");
            var senate = CliRunner.Example(dir, "senate.json", "senate");
            var bad = Path.Combine(dir.FullName, "bad.json");
            File.WriteAllText(bad, "{ \"formatVersion\": 1, \"kind\": \"senate\", \"date\": \"2024-13-01\", \"mandates\": [] }");

            foreach (var lang in new[] { "en", "ru", "kk" })
            {
                var runs = new (string Command, int Exit, string[] Args)[]
                {
                    ("rules", 0, ["rules", "--on", "2024-01-01"]),
                    ("timeline", 0, ["timeline", "--from", "2022-01-01"]),
                    ("diff", 0, ["diff", "2022-01-01", "2024-01-01"]),
                    ("allocate", 0, ["allocate", "--votes", votes, "--on", "2023-03-19", "--all-ballots", "6366441"]),
                    ("validate", 0, ["validate", senate]),
                    ("validate", 1, ["validate", senate, "--on", "2020-01-01"]),
                    ("validate", 2, ["validate", bad]),
                    ("export popolo", 0, ["export", "popolo", "--out", Path.Combine(dir.FullName, "p.json")]),
                    ("chart", 0, ["chart", "--out", Path.Combine(dir.FullName, "c.svg")]),
                };
                foreach (var (command, exit, args) in runs)
                {
                    var result = CliRunner.Run([.. args, "--format", "json", "--lang", lang]);
                    result.ExitCode.Should().Be(exit, result.ToString());
                    using var doc = JsonDocument.Parse(result.Stdout);
                    var first = doc.RootElement.EnumerateObject().Take(4).Select(p => (p.Name, Value: p.Value.GetString())).ToList();
                    first.Should().Equal(
                        [("command", command), ("lang", lang), ("dataVersion", history.DataVersion), ("verifiedThrough", history.VerifiedThrough.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
                        $"kzleg {string.Join(' ', args)} --format json --lang {lang} starts with the envelope");
                }
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
