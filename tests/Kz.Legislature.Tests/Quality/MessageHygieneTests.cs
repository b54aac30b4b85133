using System.Text;
using System.Text.RegularExpressions;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Kz.Legislature.Tests.Cli;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Quality;

/// <summary>
/// Runs every bad input of <see cref="BadInputCorpus"/> through the API and the CLI and fails on any message that
/// shows .NET internals: type names, parameter names, parser internals, or advice to call a C# method from the CLI.
/// </summary>
public sealed class MessageHygieneTests : IDisposable
{
    /// <summary>What a message a person reads must never contain.</summary>
    private static readonly Regex Internals = new(
        string.Join('|', (string[])
        [
            @"\w`\d", // generic type names: Nullable`1, List`1
            @"\bSystem\.", // framework namespaces
            @"\bKz\.Legislature\.(?!Cli\b)\w", // the library's own namespaces
            @"\(Parameter '", // ArgumentException's parameter suffix
            "Actual value was", // ArgumentOutOfRangeException's value suffix
            "__default_command", // the parser's placeholder for a missing option value
            "isFinalBlock", // a reader argument
            "Nullable",
            @"\w+Dto\b", // the serializer's wire types
            "(?:Chamber|Parliament|Mandate)Document",
            "could not be converted to",
            "could not be mapped to any",
            @"\.NET\b",
            @"\b\w+Exception\b",
            "nullability annotation",
            "reader options",
            @"\bJson(?:TokenType|ValueKind)\b",
            @"\n\s+at ", // a stack trace
            @"Value should be in range", // NodaTime's own range message
            @"Access to the path",
        ]),
        RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>What a CLI message must not contain besides: advice to call a C# method.</summary>
    private static readonly Regex CSharpAdvice = new(@"\b(?:CompositionJson|PopoloImporter|PopoloExporter|LegislativeHistory)\.\w", RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("kzleg-hygiene-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void No_message_of_the_library_for_any_bad_input_shows_dotnet_internals()
    {
        var messages = new List<(string Input, string Message)>();
        foreach (var (name, json) in BadInputCorpus.CompositionDocuments())
        {
            Collect(messages, "Read: " + name, () => CompositionJson.Read(json, "c.json"));
            Collect(messages, "ReadParliament: " + name, () => CompositionJson.ReadParliament(new MemoryStream(json), "c.json"));
            Collect(messages, "ReadMandate: " + name, () => CompositionJson.ReadMandate(json, "c.json"));
            Collect(messages, "ReadDocument: " + name, () => CompositionJson.ReadDocument(new MemoryStream(json), "c.json"));
        }

        foreach (var (name, json) in BadInputCorpus.PopoloDocuments().Concat(BadInputCorpus.CompositionDocuments().Take(60)))
        {
            Collect(messages, "ImportMemberships: " + name, () => PopoloImporter.ImportMemberships(new MemoryStream(json), ChamberKind.Senate, new LocalDate(2024, 1, 1), SessionHistory.Current, "p.json"));
            Collect(messages, "ImportMemberships (EveryPolitician options): " + name, () => PopoloImporter.ImportMemberships(new MemoryStream(json), ChamberKind.Senate, new LocalDate(2024, 1, 1), SessionHistory.Current, "p.json", PopoloImportOptions.EveryPolitician.WithDefaultSource(SeatSource.ElectedByMaslikhats)));
        }

        foreach (var (name, json) in BadInputCorpus.Datasets())
        {
            Collect(messages, "Load: " + name, () => LegislativeHistory.Load(new MemoryStream(json), "d.json"));
        }

        foreach (var (name, act) in ArgumentCases())
        {
            Collect(messages, name, act);
        }

        messages.Should().HaveCountGreaterThan(1000, "the corpus holds every bad input of the suites");
        string.Join("\n", messages.Where(m => Internals.IsMatch(m.Message)).Select(m => $"{m.Input}: {m.Message}").Distinct()).Should().BeEmpty();
    }

    [Fact]
    public void No_message_of_kzleg_for_any_bad_input_shows_dotnet_internals()
    {
        var outputs = new List<(string Input, string Text)>();
        var i = 0;
        foreach (var (name, json) in BadInputCorpus.CompositionDocuments())
        {
            var file = Path.Combine(dir.FullName, $"doc{i++}.json");
            File.WriteAllBytes(file, json);
            Run(outputs, name, "validate", file);
            if (!name.StartsWith("fuzz", StringComparison.Ordinal))
            {
                Run(outputs, name, "validate", file, "--format", "json");
                Run(outputs, name, "export", "popolo", "--input", file);
            }
        }

        foreach (var args in BadInputCorpus.UsageErrors())
        {
            Run(outputs, string.Join(' ', args), Files(args));
        }

        if (File.Exists("/dev/null"))
        {
            Run(outputs, "/dev/null", "validate", "/dev/null");
        }

        outputs.Should().HaveCountGreaterThan(300);
        string.Join("\n", outputs.Where(o => Internals.IsMatch(o.Text) || CSharpAdvice.IsMatch(o.Text)).Select(o => $"{o.Input}:\n{o.Text}")).Should().BeEmpty();
    }

    [Fact]
    public void Every_usage_error_of_kzleg_exits_2_with_a_message()
    {
        foreach (var args in BadInputCorpus.UsageErrors())
        {
            var result = CliRunner.Run(Files(args));
            result.ExitCode.Should().Be(2, string.Join(' ', args) + "\n" + result);
            (result.Stderr + result.Stdout).Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void An_option_without_its_value_is_named_and_never_used_as_a_value()
    {
        var rules = CliRunner.Run("rules", "--on");
        var before = CliRunner.Run("rules", "--on", "--lang", "ru");
        var output = CliRunner.Run("export", "popolo", "--out");

        rules.Stderr.Should().Contain("--on needs a value (--on DATE)");
        before.Stderr.Should().Contain("--on needs a value");
        output.ExitCode.Should().Be(2);
        output.Stderr.Should().Contain("--out needs a value (--out FILE)");
        File.Exists(MissingValuePlaceholderFile()).Should().BeFalse("a missing --out must not write a file named after the parser's placeholder");
    }

    [Fact]
    public void A_branch_without_its_subcommand_prints_its_help_and_exits_2_but_its_help_exits_0()
    {
        var bare = CliRunner.Run("export");
        var help = CliRunner.Run("export", "--help");

        bare.ExitCode.Should().Be(2);
        bare.Stdout.Should().Contain("popolo");
        help.ExitCode.Should().Be(0);
    }

    private static string MissingValuePlaceholderFile() => Path.Combine(Environment.CurrentDirectory, "__default_command");

    private static IEnumerable<(string Name, Action Act)> ArgumentCases()
    {
        yield return ("Term.FromStartAndLength(MaxIsoValue, 6 years)", () => Term.FromStartAndLength(LocalDate.MaxIsoValue, Period.FromYears(6)));
        yield return ("Term.FromStartAndLength(MinIsoValue, -6 years)", () => Term.FromStartAndLength(LocalDate.MinIsoValue, Period.FromYears(-6)));
        yield return ("Term.EndFrom(9999-06-01, 1 year)", () => Term.EndFrom(new LocalDate(9999, 6, 1), Period.FromYears(1)));
        yield return ("Term.FromDateInterval(to MaxIsoValue)", () => Term.FromDateInterval(new DateInterval(new LocalDate(2020, 1, 1), LocalDate.MaxIsoValue)));
        yield return ("new Senate(convocation: 0)", () => _ = new Senate(new LocalDate(2024, 1, 1), [], 0));
        yield return ("PopoloIdentifiers.Post(number: -1)", () => PopoloIdentifiers.Post(ChamberKind.Senate, SeatSource.AppointedByPresident, null, -1));
        yield return ("PopoloIdentifiers.ChamberSlug(99)", () => PopoloIdentifiers.ChamberSlug((ChamberKind)99));
        yield return ("WithoutMandateAt(-1)", () => new Senate(new LocalDate(2024, 1, 1), []).WithoutMandateAt(-1));
        yield return ("WithoutMandateAt(5)", () => new Senate(new LocalDate(2024, 1, 1), []).WithoutMandateAt(5));
        yield return ("ImportMemberships(chamber 99)", () => PopoloImporter.ImportMemberships("{\"memberships\":[]}", (ChamberKind)99, new LocalDate(2024, 1, 1)));
    }

    /// <summary>Records the message of the exception <paramref name="act"/> throws; an argument exception's message must not carry .NET's parameter suffix (the name is in ParamName).</summary>
    private static void Collect(List<(string, string)> messages, string input, Action act)
    {
        try
        {
            act();
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            // The whole message, as a caller would show it: the parameter's name is in ParamName, never in the text.
            messages.Add((input, ex.Message));
        }
        catch (Exception ex) when (ex is LegislatureJsonException or LegislativeDataException)
        {
            messages.Add((input, ex.Message));
        }
    }

    private static void Collect(List<(string, string)> messages, string input, Func<object> read) => Collect(messages, input, () => { read(); });

    private static void Run(List<(string, string)> outputs, string input, params string[] args)
    {
        var result = CliRunner.Run(args);
        outputs.Add((input + " (" + string.Join(' ', args) + ")", result.Stderr + (result.ExitCode == 0 && args[0] == "export" ? string.Empty : result.Stdout)));
    }

    /// <summary>Points the corpus's file names at real files of this test: a valid composition, a valid votes file, a directory and missing files.</summary>
    private string[] Files(string[] args)
    {
        var ok = Path.Combine(dir.FullName, "ok.json");
        var votes = Path.Combine(dir.FullName, "votes.csv");
        if (!File.Exists(ok))
        {
            File.WriteAllText(ok, CompositionJson.WriteToString(Kz.Legislature.Tests.Serialization.CompositionJsonTests.SmallSenate()));
            File.WriteAllText(votes, "list,votes\namanat,3431000\nauyl,657000\n");
        }

        return [.. args.Select(a => a switch
        {
            "ok.json" => ok,
            "votes.csv" => votes,
            "nope.json" or "nope.csv" or "c.svg" => Path.Combine(dir.FullName, a),
            "." => dir.FullName,
            _ => a,
        })];
    }
}
