using System.Text;
using System.Text.Json.Nodes;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.History;
using Kz.Legislature.Tests.Serialization;

namespace Kz.Legislature.Tests.Quality;

/// <summary>
/// Every bad input of the test suites in one place: the documents, datasets, arguments and command lines that the
/// error, fuzz, importer, loader and CLI tests reject. <see cref="MessageHygieneTests"/> runs each through the API and
/// the CLI and checks the message a person would read.
/// </summary>
internal static class BadInputCorpus
{
    /// <summary>How many mutated documents of each fuzz corpus are included (fixed seeds, so a failure replays).</summary>
    private const int FuzzSamples = 250;

    /// <summary>Bad composition documents: the error tests' cases, the first-use report's cases, and mutations of the fuzz seeds.</summary>
    public static IEnumerable<(string Name, byte[] Json)> CompositionDocuments()
    {
        foreach (var row in CompositionJsonTests.Cases)
        {
            yield return ("error case " + row.Data.Item1, Encoding.UTF8.GetBytes(row.Data.Item2));
        }

        const string Ok = """{"formatVersion":1,"kind":"senate","date":"2024-01-01","mandates":[{"deputy":{"id":"a","name":{"en":"A"}},"chamber":"senate","source":"appointedByPresident","start":"2023-01-01"}]}""";
        foreach (var district in (string[])["\"five\"", "4.5", "1e30", "-1", "2147483648", "true", "[]", "{}"])
        {
            yield return ("district " + district, Encoding.UTF8.GetBytes(Ok.Replace("\"start\":\"2023-01-01\"", "\"start\":\"2023-01-01\",\"district\":" + district, StringComparison.Ordinal)));
        }

        foreach (var convocation in (string[])["1e20", "0", "-3", "\"8\"", "8.5"])
        {
            yield return ("convocation " + convocation, Encoding.UTF8.GetBytes(Ok.Replace("\"date\":\"2024-01-01\"", "\"date\":\"2024-01-01\",\"convocation\":" + convocation, StringComparison.Ordinal)));
        }

        yield return ("mandates {}", Encoding.UTF8.GetBytes("""{"formatVersion":1,"kind":"senate","date":"2024-01-01","mandates":{}}"""));
        yield return ("mandates 5", Encoding.UTF8.GetBytes("""{"formatVersion":1,"kind":"senate","date":"2024-01-01","mandates":5}"""));
        yield return ("mandate a number", Encoding.UTF8.GetBytes("""{"formatVersion":1,"kind":"senate","date":"2024-01-01","mandates":[1]}"""));
        yield return ("chambers {}", Encoding.UTF8.GetBytes("""{"formatVersion":1,"kind":"parliament","date":"2024-01-01","chambers":{}}"""));
        yield return ("alternatives a string", Encoding.UTF8.GetBytes(Ok.Replace("{\"en\":\"A\"}", "{\"en\":\"A\",\"alternatives\":\"B\"}", StringComparison.Ordinal)));
        yield return ("name a string", Encoding.UTF8.GetBytes(Ok.Replace("{\"en\":\"A\"}", "\"A\"", StringComparison.Ordinal)));
        yield return ("lone surrogate in a name", Encoding.UTF8.GetBytes(Ok.Replace("\"en\":\"A\"", "\"en\":\"\\uD800\"", StringComparison.Ordinal)));
        yield return ("lone surrogate in the kind", Encoding.UTF8.GetBytes(Ok.Replace("\"kind\":\"senate\"", "\"kind\":\"\\uD800\"", StringComparison.Ordinal)));
        yield return ("lone surrogate in a property name", Encoding.UTF8.GetBytes(Ok.Replace("\"date\":", "\"\\uD800\":1,\"date\":", StringComparison.Ordinal)));
        yield return ("a mandate document", Encoding.UTF8.GetBytes("""{"formatVersion":1,"kind":"mandate","mandate":null}"""));
        yield return ("empty", []);
        yield return ("white space only", Encoding.UTF8.GetBytes("  \n "));
        yield return ("not UTF-8", [0x7B, 0xFF, 0x7D]);
        yield return ("a byte-order mark only", [0xEF, 0xBB, 0xBF]);

        foreach (var sample in Mutations(CompositionJsonFuzzTests.Seeds(), 20260701))
        {
            yield return sample;
        }
    }

    /// <summary>Bad Popolo documents: the importer tests' cases and mutations of an export.</summary>
    public static IEnumerable<(string Name, byte[] Json)> PopoloDocuments()
    {
        foreach (var row in PopoloImporterTests.Errors.Concat(PopoloImporterTests.MappingErrors))
        {
            yield return ("importer case " + row.Data.Item1, Encoding.UTF8.GetBytes(row.Data.Item2));
        }

        // Popolo of another publisher: read as the Senate it has no membership of; as the Mazhilis its memberships have no posts.
        var foreign = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "everypolitician-mazhilis.json"));
        yield return ("EveryPolitician file", Encoding.UTF8.GetBytes(foreign));
        yield return ("EveryPolitician file as a Mazhilis", Encoding.UTF8.GetBytes(foreign.Replace("\"name\": \"Mazhilis\"", "\"name\": \"Senate\"", StringComparison.Ordinal)));
        yield return ("EveryPolitician file, unknown organization", Encoding.UTF8.GetBytes(foreign.Replace("\"name\": \"Mazhilis\"", "\"name\": \"Lower House\"", StringComparison.Ordinal)));
        yield return ("EveryPolitician file, inclusive end before start", Encoding.UTF8.GetBytes(foreign.Replace("\"name\": \"Mazhilis\"", "\"name\": \"Senate\"", StringComparison.Ordinal).Replace("\"2024-03-10\"", "\"2020-01-01\"", StringComparison.Ordinal)));

        var popolo = CompositionJsonFuzzTests.Seeds()[^1];
        foreach (var sample in Mutations([popolo], 19950830))
        {
            yield return sample;
        }
    }

    /// <summary>Bad datasets: the loader, consistency and unknown-property tests' cases and a few fuzz mutations.</summary>
    public static IEnumerable<(string Name, byte[] Json)> Datasets()
    {
        foreach (var row in LegislativeHistoryTests.Cases)
        {
            var doc = LegislativeHistoryTests.Document();
            LegislativeHistoryTests.Break(doc, row.Data.Item1);
            yield return ("consistency case " + row.Data.Item1, Encoding.UTF8.GetBytes(doc.ToJsonString()));
        }

        foreach (var row in LegislativeHistoryTests.LoadUnknownPropertiesCases)
        {
            var doc = LegislativeHistoryTests.Document();
            LegislativeHistoryTests.Target(doc, row.Data.Item1)["bogus"] = 1;
            yield return ("unknown property case " + row.Data.Item1, Encoding.UTF8.GetBytes(doc.ToJsonString()));
        }

        yield return ("malformed", Encoding.UTF8.GetBytes("{\n  \"dataVersion\": \"2026.11\",\n  \"coverageStart\": "));
        yield return ("empty", []);
        yield return ("wrong type", Change(d => d["dataVersion"] = 5));
        yield return ("missing property", Change(d => d["ruleSets"]![0]!.AsObject().Remove("validFrom")));
        yield return ("lone surrogate", Encoding.UTF8.GetBytes(LegislativeHistoryTests.EmbeddedJson().Replace("\"dataVersion\": \"", "\"dataVersion\": \"\\uD800", StringComparison.Ordinal)));
        var random = new Random(19950830);
        for (var i = 0; i < 25; i++)
        {
            yield return ("dataset fuzz " + i, DatasetFuzzTests.Mutate(random));
        }
    }

    /// <summary>Command lines that are usage errors (exit 2): missing values, unknown options and commands, a branch alone.</summary>
    public static IEnumerable<string[]> UsageErrors()
    {
        yield return [];
        yield return ["export"];
        yield return ["export", "--lang", "ru"];
        yield return ["export", "bogus"];
        yield return ["export", "--bogus"];
        yield return ["export", "popolo", "--bogus"];
        yield return ["export", "popolo", "--out"];
        yield return ["export", "popolo", "--input"];
        yield return ["export", "popolo", "--lang"];
        yield return ["frobnicate"];
        foreach (var command in (string[])["rules", "timeline", "diff", "chart", "validate", "allocate"])
        {
            yield return [command, "--bogus"];
            yield return [command, "--format"];
            yield return [command, "--lang"];
            yield return [command, "--format", "xml"];
            yield return [command, "--lang", "de"];
        }

        yield return ["rules"];
        yield return ["rules", "--on"];
        yield return ["rules", "--on", "--lang", "ru"];
        yield return ["rules", "--on", "2024-13-01"];
        yield return ["rules", "--on", "1900-01-01"];
        yield return ["timeline", "--from"];
        yield return ["timeline", "--to"];
        yield return ["timeline", "--from", "2024-01-01", "--to", "2023-01-01"];
        yield return ["diff"];
        yield return ["diff", "2024-01-01"];
        yield return ["diff", "2024-01-01", "2022-01-01"];
        yield return ["diff", "x", "y"];
        yield return ["chart"];
        yield return ["chart", "--out"];
        yield return ["chart", "--out", "c.svg", "--to"];
        yield return ["validate"];
        yield return ["validate", "nope.json"];
        yield return ["validate", "."];
        yield return ["validate", "ok.json", "--on"];
        yield return ["validate", "ok.json", "--on", "soon"];
        yield return ["allocate"];
        yield return ["allocate", "--votes"];
        yield return ["allocate", "--votes", "votes.csv"];
        yield return ["allocate", "--votes", "votes.csv", "--on"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--seats"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--method"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--method", "borda"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--threshold", "abc"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--threshold", "150"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--seats", "0"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--seats", "99999999999"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "abc"];
        yield return ["allocate", "--votes", "nope.csv", "--on", "2023-03-19", "--all-ballots", "6366441"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "-1"];
        yield return ["allocate", "--votes", ".", "--on", "2023-03-19", "--all-ballots", "6366441"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--threshold", "5.5555555555555555555555"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--seats", "2147483647", "--method", "dhondt"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--seats", "1000000", "--method", "sainte-lague"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2024-01-01", "--chamber", "senate", "--seats", "10", "--method", "hare", "--threshold", "0", "--threshold-base", "valid"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "1996-01-01", "--seats", "10", "--method", "hare", "--threshold", "0", "--threshold-base", "valid"];
        yield return ["allocate", "--votes", "votes.csv", "--on", "2023-03-19", "--all-ballots", "6366441", "--seats", "100000000", "--method", "droop"];
    }

    private static byte[] Change(Action<JsonObject> change)
    {
        var doc = LegislativeHistoryTests.Document();
        change(doc);
        return Encoding.UTF8.GetBytes(doc.ToJsonString());
    }

    private static IEnumerable<(string Name, byte[] Json)> Mutations(string[] seeds, int seed)
    {
        var random = new Random(seed);
        var bytes = seeds.Select(Encoding.UTF8.GetBytes).ToArray();
        for (var i = 0; i < FuzzSamples; i++)
        {
            yield return ($"fuzz {seed}/{i}", CompositionJsonFuzzTests.Mutate(bytes[random.Next(bytes.Length)], random));
        }
    }
}
