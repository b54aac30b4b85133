using System.Text;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Quality;

/// <summary>
/// Feeds mutated and truncated copies of the embedded dataset to the loader: the only exception ever seen is
/// <see cref="LegislativeDataException"/>. CI runs a small sample; the documented run is
/// <c>KZL_FUZZ_ITERATIONS=100000 dotnet test --project tests/Kz.Legislature.Tests -- --filter-class "*DatasetFuzzTests"</c>.
/// </summary>
public class DatasetFuzzTests
{
    private static readonly byte[] Original = Encoding.UTF8.GetBytes(History.LegislativeHistoryTests.EmbeddedJson());

    private static readonly string[] Tokens = ["null", "-1", "0", "true", "\"\"", "\"x\"", "{}", "[]", "\"9999-99-99\"", "2147483648", "1e400", "\"senate\"", ",", ":", "\"\\u0000\""];

    private static int Iterations => PropertyRuns.FuzzIterations(150);

    [Fact]
    public void The_loader_only_ever_throws_its_documented_exception()
    {
        var random = new Random(19950830);
        var unexpected = new List<string>();
        var rejected = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var input = Mutate(random);
            try
            {
                LegislativeHistory.Load(new MemoryStream(input), "fuzz.json");
            }
            catch (LegislativeDataException ex)
            {
                rejected++;
                ex.Message.Should().StartWith("fuzz.json");
            }
            catch (Exception ex)
            {
                unexpected.Add($"iteration {i}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        unexpected.Should().BeEmpty();
        rejected.Should().BeGreaterThan(Iterations / 2, "most mutations make the dataset invalid");
    }

    internal static byte[] Mutate(Random random)
    {
        var bytes = new List<byte>(Original);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 3:
                    return bytes.Take(at).ToArray();
                default:
                    // Replace a value after a colon with a token, keeping the JSON mostly well-formed.
                    var colon = bytes.IndexOf((byte)':', at);
                    if (colon > 0)
                    {
                        var end = colon + 1;
                        while (end < bytes.Count && bytes[end] is not ((byte)',' or (byte)'\n' or (byte)'}'))
                        {
                            end++;
                        }

                        bytes.RemoveRange(colon + 1, end - colon - 1);
                        bytes.InsertRange(colon + 1, Encoding.UTF8.GetBytes(" " + Tokens[random.Next(Tokens.Length)]));
                    }

                    break;
            }
        }

        return bytes.ToArray();
    }
}
