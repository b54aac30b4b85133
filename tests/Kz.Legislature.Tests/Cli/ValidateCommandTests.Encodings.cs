using System.Text;

namespace Kz.Legislature.Tests.Cli;

/// <summary>A file saved in Notepad's "Unicode" (UTF-16) is named as UTF-16 by <c>validate</c> and <c>allocate</c>, not as a bad byte.</summary>
public sealed partial class ValidateCommandTests
{
    [Fact]
    public void A_utf16_composition_is_refused_as_utf16_at_line_1_column_1_with_exit_2()
    {
        var path = Path.Combine(dir.FullName, "utf16.json");
        System.IO.File.WriteAllText(path, TwoSenators, Encoding.Unicode);

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.TrimEnd().Should().Be($"error: {path}: $ (line 1, position 1): The document is UTF-16 (little-endian): it starts with the byte-order mark of that encoding, not UTF-8; save the file as UTF-8.");
    }

    [Fact]
    public void A_utf16_votes_file_without_a_mark_is_refused_at_its_first_zero_byte()
    {
        var path = Path.Combine(dir.FullName, "votes.csv");
        System.IO.File.WriteAllBytes(path, Encoding.Unicode.GetBytes("list,votes\na,5\nb,3\n"));

        var result = CliRunner.Run("allocate", "--votes", path, "--on", "2023-03-19", "--threshold-base", "valid");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.TrimEnd().Should().Be($"error: {path}: line 1, column 2: the document is not UTF-8: zero bytes stand between its first characters, as in UTF-16 or UTF-32 text; save the file as UTF-8.");
    }
}
