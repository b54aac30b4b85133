using System.Globalization;
using System.Text;
using Kz.Legislature.History;
using Kz.Legislature.Serialization;
using Xunit.Sdk;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>
/// Feeds mutated and truncated documents to every reader and asserts the only exception ever seen is
/// <see cref="LegislatureJsonException"/>. A few thousand iterations run by default; set the environment variable
/// <c>KZL_FUZZ_ITERATIONS</c> (for example to 100000) for a long run, and <c>KZL_FUZZ_SEED</c> to replay one.
/// </summary>
public sealed class CompositionJsonFuzzTests
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-1", "0", "1e400", "2147483648", "\"\"", "\"x\"",
        "\"kind\"", "\"senate\"", "\"parliament\"", "\"mandate\"", "\"formatVersion\"", "\"2024-02-30\"", "\"2024-01-01\"",
        "\"start\"", "\"end\"", "\"mandates\"", "\"chambers\"", "\"deputy\"", "\"source\"", "\"memberships\"", "\"post_id\"",
        "\"organization_id\"", "\"kz-legislature:chamber/senate\"", "\"kz-legislature:post/senate/elected-by-maslikhats/astana/1\"",
        "\"start_date\"", "\uFEFF", "\u0000", "/*", "//", "\uD800", "\"\\uD800\"", "é", new string('[', 70),
    ];

    private static int Iterations => PropertyRuns.FuzzIterations(3000);

    [Fact]
    public void Mutated_and_truncated_documents_only_ever_raise_LegislatureJsonException()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("KZL_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20260701;
        var random = new Random(seed);
        var seedBytes = Seeds().Select(Encoding.UTF8.GetBytes).ToArray();
        var rejected = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var input = Mutate(seedBytes[random.Next(seedBytes.Length)], random);
            rejected += ReadEverywhere(input, i, seed);
        }

        rejected.Should().BeGreaterThan(Iterations / 2, "most mutations break the document");
    }

    [Fact]
    public void Every_prefix_of_a_document_is_either_read_or_rejected_with_LegislatureJsonException()
    {
        var bytes = Encoding.UTF8.GetBytes(CompositionJson.WriteToString(CompositionJsonTests.SmallSenate()));
        for (var length = 0; length < bytes.Length; length++)
        {
            ReadEverywhere(bytes.AsSpan(0, length).ToArray(), length, 0).Should().Be(4, "a strict prefix is never a whole document");
        }
    }

    /// <summary>The documents the mutations start from: a realistic Senate and Parliament, a mandate, a small Senate and a Popolo export.</summary>
    internal static string[] Seeds()
    {
        var history = LegislativeHistory.Kazakhstan;
        var parliament = CompositionGenerators.RealisticParliament(history, new LocalDate(2024, 1, 1), 12, 20);
        return
        [
            CompositionJson.WriteToString(parliament.Senate!),
            CompositionJson.WriteToString(parliament),
            CompositionJson.WriteToString(parliament.Mazhilis!.Mandates[70 % parliament.Mazhilis.SeatCount]),
            CompositionJson.WriteToString(CompositionJsonTests.SmallSenate()),
            SmallPopolo(PopoloExporter.Export(parliament.Senate!, history)),
        ];
    }

    /// <summary>Keeps the persons, memberships and areas of an export: what the importer reads, without the history's 1 MB of posts and events.</summary>
    private static string SmallPopolo(string export)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(export)!.AsObject();
        foreach (var section in new[] { "organizations", "posts", "events" })
        {
            root.Remove(section);
        }

        return root.ToJsonString();
    }

    private static int ReadEverywhere(byte[] input, int iteration, int seed)
    {
        var rejected = 0;
        rejected += Rejects(() => CompositionJson.Read(input), input, iteration, seed);
        rejected += Rejects(() => CompositionJson.ReadParliament(new MemoryStream(input)), input, iteration, seed);
        rejected += Rejects(() => CompositionJson.ReadMandate(input.AsSpan()), input, iteration, seed);
        rejected += Rejects(() => PopoloImporter.ImportMemberships(new MemoryStream(input), ChamberKind.Senate, new LocalDate(2024, 1, 1), LegislativeHistory.Kazakhstan), input, iteration, seed);
        return rejected;
    }

    private static int Rejects(Func<object> read, byte[] input, int iteration, int seed)
    {
        try
        {
            read();
            return 0;
        }
        catch (LegislatureJsonException ex)
        {
            ex.JsonPath.Should().NotBeNull();
            return 1;
        }
        catch (Exception ex)
        {
            throw new XunitException(
                $"Iteration {iteration} (KZL_FUZZ_SEED={seed}) raised {ex.GetType().Name}: {ex.Message}\nInput: {Encoding.UTF8.GetString(input)[..Math.Min(input.Length, 2000)]}\n{ex}");
        }
    }

    internal static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = source.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1: // flip a byte
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2: // delete a range
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 3: // insert a token
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 4: // duplicate a range
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 5: // replace a digit (dates, numbers)
                    var digit = bytes.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
                    if (digit >= 0)
                    {
                        bytes[digit] = (byte)"0123456789-+.eE"[random.Next(15)];
                    }

                    break;
                default: // replace a string value with a token
                    var quote = bytes.IndexOf((byte)'"', at);
                    var close = quote >= 0 ? bytes.IndexOf((byte)'"', quote + 1) : -1;
                    if (close > quote)
                    {
                        bytes.RemoveRange(quote, close - quote + 1);
                        bytes.InsertRange(quote, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    }

                    break;
            }
        }

        return [.. bytes];
    }
}
