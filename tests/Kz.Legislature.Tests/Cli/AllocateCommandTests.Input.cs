using System.Text;

namespace Kz.Legislature.Tests.Cli;

/// <summary>
/// <c>kzleg allocate</c> refuses bad input up front with one line naming the file and line/column (or JSON path), or the
/// option, and the accepted range; it never writes partial output, and never shows .NET wording.
/// </summary>
public sealed partial class AllocateCommandTests : IDisposable
{



    /// <summary>A chamber without party-list seats on the date (read from the seat plan) is refused, whatever options are given.</summary>
    [Theory]
    [InlineData("senate", "2024-01-01", "the Senate has no party-list seats under the rules in force on 2024-01-01", "belong to the Mazhilis")]
    [InlineData("senate", "2010-05-01", "the Senate has no party-list seats under the rules in force on 2010-05-01", "belong to the Mazhilis")]
    [InlineData("senate", "1997-01-01", "the Senate has no party-list seats under the rules in force on 1997-01-01", "no chamber has party-list seats on that date")]
    [InlineData("mazhilis", "1997-01-01", "the Mazhilis has no party-list seats under the rules in force on 1997-01-01", "no chamber has party-list seats on that date")]
    [InlineData("supremecouncil", "1991-01-01", "the Supreme Council has no party-list seats under the rules in force on 1991-01-01", "no chamber has party-list seats on that date")]
    public void A_chamber_without_party_list_seats_is_refused_even_with_explicit_options(string chamber, string date, string says, string advice)
    {
        var path = File("v.csv", Votes2023);
        var result = CliRunner.Run("allocate", "--votes", path, "--on", date, "--chamber", chamber, "--method", "hare", "--threshold", "5", "--threshold-base", "valid", "--seats", "10");
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().StartWith("error: --chamber: " + says).And.Contain(advice).And.NotContain("not fully known");
    }

    /// <summary>Numeric options outside their documented range name the option and the range, never a .NET type.</summary>
    [Theory]
    [InlineData("--seats", "99999999999", "error: --seats: '99999999999' is not a whole number from 1 to 10000.")]
    [InlineData("--seats", "2147483647", "error: --seats: '2147483647' is not a whole number from 1 to 10000.")]
    [InlineData("--seats", "1000000", "error: --seats: '1000000' is not a whole number from 1 to 10000.")]
    [InlineData("--seats", "0", "error: --seats: '0' is not a whole number from 1 to 10000.")]
    [InlineData("--seats", "ten", "error: --seats: 'ten' is not a whole number from 1 to 10000.")]
    [InlineData("--all-ballots", "abc", "error: --all-ballots: 'abc' is not a whole number from 0 to 9223372036854775807.")]
    [InlineData("--all-ballots", "-1", "error: --all-ballots: '-1' is not a whole number from 0 to 9223372036854775807.")]
    [InlineData("--all-ballots", "100", "error: --all-ballots: All ballots (100) must be at least the sum of the list votes (6118150).")]
    [InlineData("--threshold", "5.5555555555555555555555", "error: --threshold: A threshold may have at most 10 decimal places, but 5.5555555555555555555555 has 22. Give a percentage from 0 to 100 with at most 10 decimal places, for example 5 or 2.5.")]
    [InlineData("--threshold", "5.55555555555555555555555555555555555", "error: --threshold: A threshold may have at most 10 decimal places, but 5.5555555555555555555555555556 has 28. Give a percentage from 0 to 100 with at most 10 decimal places, for example 5 or 2.5.")]
    [InlineData("--threshold", "150", "error: --threshold: A threshold must be between 0 and 100 percent, not 150. Give a percentage from 0 to 100 with at most 10 decimal places, for example 5 or 2.5.")]
    [InlineData("--threshold", "1e400", "error: --threshold: '1e400' is not a percentage from 0 to 100 with at most 10 decimal places, for example 5 or 2.5.")]
    public void A_numeric_option_out_of_range_names_the_option_and_the_range(string option, string value, string error)
    {
        var result = CliRunner.Run("allocate", "--votes", File("v.csv", Votes2023), "--on", "2023-03-19", "--all-ballots", "6366441", option, value);
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.TrimEnd().Should().Be(error);
        result.Stderr.Should().NotContain("Nullable").And.NotContain("(Parameter").And.NotContain("Actual value").And.NotContain("v.csv");
    }

    /// <summary>A threshold with ten decimals is taken exactly; the 2023 result does not change at 5.0000000000.</summary>
    [Fact]
    public void A_threshold_with_ten_decimals_is_taken_exactly()
    {
        var result = CliRunner.Run("allocate", "--votes", File("v.csv", Votes2023), "--on", "2023-03-19", "--all-ballots", "6366441", "--threshold", "5.0000000000");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Result: amanat 40, auyl 8, respublica 6, ak-zhol 6, peoples-party 5, osdp 4, baytaq 0.");
    }

    /// <summary>Droop with more seats than votes is refused with the reason, with nothing on standard output, in text and JSON.</summary>
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void An_allocation_the_method_cannot_answer_is_refused_with_no_output(string format)
    {
        var result = CliRunner.Run("allocate", "--votes", File("t.csv", "list,votes\na,3\nb,1\n"), "--on", "2023-03-19", "--seats", "10", "--method", "droop", "--threshold", "0", "--threshold-base", "valid", "--ties", "undecidable", "--format", format);
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.TrimEnd().Should().Be("error: cannot allocate: The Droop quota cannot allocate 10 seats with 4 eligible votes: the quota is 1 vote, whole quotas give 4 seats, and the 6 remaining seats are more than the 2 eligible lists, each of which can take at most one remainder seat. Use fewer seats or another method.");
    }

    /// <summary>Each lax CSV input of the first-use report is refused with the file, line and column.</summary>
    [Theory]
    [InlineData("list,votes,votes\na,1,2\n", "line 1, column 12: the column 'votes' occurs twice in the header (first at column 6).")]
    [InlineData("list,votes,colour\na,1,red\n", "line 1, column 12: unknown column 'colour' in the header; the columns are list, votes and optionally registrationOrder.")]
    [InlineData("list,votes\na,1,7\n", "line 2, column 5: the line has 3 fields, but the header has 2 columns; every line needs exactly one value per column.")]
    [InlineData("list,votes\na,1\nb\n", "line 3, column 2: the line has 1 field, but the header has 2 columns; every line needs exactly one value per column.")]
    [InlineData("list,votes,registrationOrder\na,1,-1\n", "line 2, column 5: registrationOrder '-1' is not a whole number from 0 to 2147483647 (digits only).")]
    [InlineData("list,votes\na,1\nb,2\na,3\n", "line 4, column 1: the list 'a' occurs more than once (first on line 2); each list has one line.")]
    [InlineData("registrationOrder,list,votes\n1,a,1\n1,b,2\n", "line 3, column 1: registrationOrder 1 occurs more than once (first on line 2); each list has its own.")]
    [InlineData("list,votes\na,1\nb,1 000\n", "line 3, column 3: votes '1 000' is not a whole number from 0 to 9223372036854775807 (digits only, no separators or signs).")]
    [InlineData("list,votes\na,\"1\n", "line 2, column 3: a quoted field is not closed.")]
    public void A_lax_csv_is_refused_with_its_line_and_column(string csv, string error)
    {
        var path = File("v.csv", csv);
        var result = CliRunner.Run("allocate", "--votes", path, "--on", "2023-03-19", "--threshold-base", "valid");
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.TrimEnd().Should().Be($"error: {path}: {error}");
    }

    /// <summary>Bytes that are not UTF-8 are refused at their line and column, not decoded to a replacement character.</summary>
    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_at_their_line_and_column()
    {
        var path = Path.Combine(dir.FullName, "latin1.csv");
        System.IO.File.WriteAllBytes(path, [.. "list,votes\nak-jol"u8, 0xE9, .. ",5\nb,3\n"u8]);
        var result = CliRunner.Run("allocate", "--votes", path, "--on", "2023-03-19", "--threshold-base", "valid");
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.TrimEnd().Should().Be($"error: {path}: line 2, column 7: the document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");

        // A UTF-8 BOM is fine, and so are non-ASCII list names in UTF-8.
        System.IO.File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("list,votes\nАқ жол,5\nb,3\n")]);
        var ok = CliRunner.Run("allocate", "--votes", path, "--on", "2023-03-19", "--threshold-base", "valid", "--format", "json");
        ok.ExitCode.Should().Be(0, ok.ToString());
        ok.Stdout.Should().Contain("\"list\": \"Ақ жол\"");
    }

    /// <summary>Each lax JSON input is refused with its JSON path, line and position.</summary>
    [Theory]
    [InlineData("{\"lists\":[{\"list\":\"a\",\"votes\":1,\"colour\":\"x\"}]}", "$.lists[0].colour (line 1, position 45): \"colour\" is not a property of a list entry; a list entry has: list, votes, registrationOrder.")]
    [InlineData("{\"lists\":[{\"list\":\"a\",\"votes\":1}],\"extra\":1}", "$.extra (line 1, position 44): \"extra\" is not a property of a votes file; a votes file has: seats, allBallots, lists.")]
    [InlineData("{\"lists\":[{\"list\":\"a\",\"votes\":1},\n{\"list\":\"a\",\"votes\":2}]}", "$.lists[1].list (line 2, position 9): the list 'a' occurs more than once (first at $.lists[0]); each list has one entry.")]
    [InlineData("{\"lists\":[{\"list\":\"a\",\"votes\":1,\"votes\":2}]}", "$.lists[0].votes (line 1, position 42): The property \"votes\" is given twice; each property may appear once.")]
    [InlineData("{\"lists\":[{\"list\":\"a\",\"votes\":1,\"registrationOrder\":-1}]}", "$.lists[0].registrationOrder (line 1, position 55): \"registrationOrder\" must be a whole number from 0 to 2147483647.")]
    [InlineData("{\"lists\":[{\"list\":\"a\\uD800\",\"votes\":1}]}", "$.lists[0].list (line 1, position 28): a string or property name here is not valid text: it has an unpaired surrogate escape such as \\uD800.")]
    [InlineData("{\"seats\":20000,\"lists\":[{\"list\":\"a\",\"votes\":1}]}", "$.seats (line 1, position 15): \"seats\" must be a whole number from 1 to 10000.")]
    [InlineData("{\"lists\":[{\"list\":\"a\",\"votes\":1}] // note\n}", "$ (line 1, position 35): not valid JSON: '/' is invalid after a value. Expected either ',', '}', or ']'.")]
    [InlineData("{\"seats\":5}", "$ (line 1, position 12): The votes file is missing required properties: 'lists' (a votes file has: seats, allBallots, lists).")]
    [InlineData("{\"lists\":null}", "$.lists (line 1, position 14): The value must not be null; expected an array of { \"list\", \"votes\", \"registrationOrder\" } objects.")]
    [InlineData("{\"lists\":{}}", "$.lists (line 1, position 11): must be an array of { \"list\", \"votes\", \"registrationOrder\" } objects.")]
    [InlineData("{\"lists\":[]}", "$.lists (line 1, position 10): has no lists.")]
    [InlineData("[]", "$ (line 1, position 1): has no lists.")]
    [InlineData("[null]", "$[0] (line 1, position 2): must be an object { \"list\", \"votes\", \"registrationOrder\" }.")]
    [InlineData("[{\"list\":\"a\",\"votes\":1},\"x\"]", "$[1] (line 1, position 28): must be an object { \"list\", \"votes\", \"registrationOrder\" }.")]
    [InlineData("[{\"list\":\"a\"}]", "$[0] (line 1, position 14): The list entry is missing required properties: 'votes' (a list entry has: list, votes, registrationOrder).")]
    [InlineData("[{\"list\":null,\"votes\":1}]", "$[0].list (line 1, position 14): \"list\" must be a non-empty string.")]
    [InlineData("[{\"list\":\"  \",\"votes\":1}]", "$[0].list (line 1, position 14): \"list\" must be a non-empty string.")]
    [InlineData("[{\"list\":\"a\",\"votes\":1e3}]", "$[0].votes (line 1, position 25): \"votes\" must be a whole number from 0 to 9223372036854775807.")]
    [InlineData("[{\"list\":\"a\",\"votes\":null}]", "$[0].votes (line 1, position 26): \"votes\" must be a whole number from 0 to 9223372036854775807.")]
    [InlineData("{\"allBallots\":\"x\",\"lists\":[{\"list\":\"a\",\"votes\":1}]}", "$.allBallots (line 1, position 18): \"allBallots\" must be a whole number from 0 to 9223372036854775807.")]
    [InlineData("{\"seats\":0,\"lists\":[{\"list\":\"a\",\"votes\":1}]}", "$.seats (line 1, position 11): \"seats\" must be a whole number from 1 to 10000.")]
    [InlineData("{\"Lists\":[{\"list\":\"a\",\"votes\":1}]}", "$.Lists (line 1, position 34): \"Lists\" is not a property of a votes file; a votes file has: seats, allBallots, lists.")]
    [InlineData("{\"lists\":[{\"list\":\"a\",\"votes\":1}],\"lists\":[{\"list\":\"b\",\"votes\":1}]}", "$.lists (line 1, position 67): The property \"lists\" is given twice; each property may appear once.")]
    [InlineData("[{\"list\":\"a\",\"votes\":1,\"registrationOrder\":1},{\"list\":\"b\",\"votes\":1,\"registrationOrder\":1}]", "$[1] (line 1, position 47): registrationOrder 1 occurs more than once (first at $[0]); each list has its own.")]
    [InlineData("{\"lists\":[{\"list\":\"a\",\"votes\":1,}]}", "$.lists[0] (line 1, position 33): not valid JSON: A trailing comma (a comma before a closing } or ]) is not allowed in JSON.")]
    [InlineData("{\"\\uD800\":1,\"lists\":[{\"list\":\"a\",\"votes\":1}]}", "$ (line 1, position 11): a string or property name here is not valid text: it has an unpaired surrogate escape such as \\uD800.")]
    [InlineData("[{\"list\":\"a\",\"votes\":1,\"\\uD800\":2}]", "$[0] (line 1, position 33): a string or property name here is not valid text: it has an unpaired surrogate escape such as \\uD800.")]
    public void A_lax_json_file_is_refused_with_its_path_and_position(string json, string error)
    {
        var path = File("v.json", json);
        var result = CliRunner.Run("allocate", "--votes", path, "--on", "2023-03-19", "--threshold-base", "valid");
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.TrimEnd().Should().Be($"error: {path}: {error}");
    }

    /// <summary>
    /// Null for an optional property is the property left out, list names are trimmed, and the bare array is the object's
    /// "lists": all three files give the same allocation, and 1,000 lists are accepted where 1,001 are refused at the extra entry.
    /// </summary>
    [Fact]
    public void Json_votes_with_nulls_padding_or_a_bare_array_read_as_the_plain_document()
    {
        string[] args = ["--on", "2023-03-19", "--seats", "10", "--threshold", "0", "--threshold-base", "valid", "--format", "json"];
        var plain = CliRunner.Run(["allocate", "--votes", File("plain.json", "{\"lists\":[{\"list\":\"a\",\"votes\":70},{\"list\":\"b\",\"votes\":30}]}"), .. args]);
        var nulls = CliRunner.Run(["allocate", "--votes", File("nulls.json", "{\"seats\":null,\"allBallots\":null,\"lists\":[{\"list\":\" a \",\"votes\":70,\"registrationOrder\":null},{\"list\":\"b\",\"votes\":30}]}"), .. args]);
        var array = CliRunner.Run(["allocate", "--votes", File("array.json", " \n[{\"list\":\"a\",\"votes\":70,\"registrationOrder\":1},{\"list\":\"b\",\"votes\":30}]"), .. args]);
        plain.ExitCode.Should().Be(0, plain.ToString());
        plain.Stdout.Should().Contain("\"list\": \"a\"").And.Contain("\"seats\": 7");
        nulls.Stdout.Should().Be(plain.Stdout, nulls.ToString());
        array.Stdout.Should().Be(plain.Stdout, array.ToString());

        var entries = Enumerable.Range(0, 1000).Select(i => $"{{\"list\":\"l{i}\",\"votes\":{i + 1}}}").ToList();
        var thousand = CliRunner.Run(["allocate", "--votes", File("1000.json", "[" + string.Join(",", entries) + "]"), .. args]);
        thousand.ExitCode.Should().Be(0, thousand.ToString());
        var path = File("1001.json", "[" + string.Join(",", entries.Append("{\"list\":\"extra\",\"votes\":1}")) + "]");
        var tooMany = CliRunner.Run(["allocate", "--votes", path, .. args]);
        tooMany.ExitCode.Should().Be(2, tooMany.ToString());
        tooMany.Stderr.TrimEnd().Should().StartWith($"error: {path}: $[1000] (line 1, position ").And.EndWith("): more than 1000 lists; at most 1000 are accepted.");
    }

    /// <summary>A file over 4 MiB is refused from its size, before it is read, and a file with more than 1,000 lists at the first extra line.</summary>
    [Fact]
    public void Oversized_files_and_too_many_lists_are_refused_before_any_output()
    {
        var huge = Path.Combine(dir.FullName, "huge.csv");
        using (var stream = System.IO.File.Create(huge))
        {
            stream.Write("list,votes\n"u8);
            stream.SetLength(100_000_000);
        }

        var result = CliRunner.Run("allocate", "--votes", huge, "--on", "2021-01-10", "--threshold", "0");
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.TrimEnd().Should().Be($"error: {huge}: the file is larger than the limit of 4194304 bytes (4 MiB) for a votes file; a votes file has one line per list, at most 1000 lists.");

        var many = new StringBuilder("list,votes\n");
        for (var i = 0; i <= 1000; i++)
        {
            many.Append("list-").Append(i).Append(',').Append(i + 1).Append('\n');
        }

        var path = File("many.csv", many.ToString());
        var tooMany = CliRunner.Run("allocate", "--votes", path, "--on", "2021-01-10", "--threshold", "0");
        tooMany.ExitCode.Should().Be(2, tooMany.ToString());
        tooMany.Stdout.Should().BeEmpty();
        tooMany.Stderr.TrimEnd().Should().Be($"error: {path}: line 1002: more than 1000 lists; at most 1000 are accepted.");
    }
}
