using System.Diagnostics;
using System.Text;
using Kz.Legislature.Cli;

namespace Kz.Legislature.Tests.Cli;

/// <summary>Runs kzleg.dll as a real process: exit codes, streams, and no stack traces.</summary>
public partial class ProgramTests
{
    private static CliResult RunProcess(params string[] args)
    {
        var dll = typeof(KzlegApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("kzleg should finish");
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Rules_as_a_process_prints_the_2024_Senate_and_Mazhilis_and_exits_0()
    {
        var result = RunProcess("rules", "--on", "2024-01-01");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Senate: 50 seats (40 + 5 + 5)").And.Contain("Mazhilis: 98 seats (69 + 29)");
        result.Stdout.Should().NotContain("\u001b[", "redirected output has no colour codes");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Json_output_as_a_process_is_valid_utf8_json_with_kazakh_names()
    {
        var result = RunProcess("timeline", "--from", "2026-03-01", "--format", "json", "--lang", "kk");
        result.ExitCode.Should().Be(0, result.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("lang").GetString().Should().Be("kk");
        result.Stdout.Should().Contain("Референдум");
    }

    [Fact]
    public void Diff_as_a_process_runs_and_exits_0()
    {
        var result = RunProcess("diff", "1995-01-01", "2026-07-01");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Chamber created").And.Contain("Kurultai");
    }

    [Fact]
    public void Chart_and_allocate_as_a_process_write_their_output_and_exit_0()
    {
        var dir = Directory.CreateTempSubdirectory("kzleg-process-");
        try
        {
            var svg = Path.Combine(dir.FullName, "c.svg");
            var chart = RunProcess("chart", "--out", svg, "--format", "json");
            chart.ExitCode.Should().Be(0, chart.ToString());
            File.ReadAllText(svg).Should().StartWith("<svg");

            var votes = Path.Combine(dir.FullName, "v.csv");
            File.WriteAllText(votes, "list,votes\nA,600\nB,300\nC,100\n");
            var allocate = RunProcess("allocate", "--votes", votes, "--on", "2023-03-19", "--all-ballots", "1000", "--seats", "10");
            allocate.ExitCode.Should().Be(0, allocate.ToString());
            allocate.Stdout.Should().Contain("Result: A 6, B 3, C 1.");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(2, "frobnicate")]
    [InlineData(2, "allocate", "--votes", "/nonexistent/votes.csv", "--on", "2023-03-19")]
    [InlineData(2, "rules")]
    [InlineData(2, "rules", "--on", "2024-02-30")]
    [InlineData(2, "diff", "2024-01-01", "2022-01-01")]
    [InlineData(2, "chart")]
    [InlineData(2, "timeline", "--lang", "fr")]
    public void Errors_as_a_process_exit_non_zero_on_stderr_without_a_stack_trace(int expected, params string[] args)
    {
        var result = RunProcess(args);
        result.ExitCode.Should().Be(expected, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().NotBeEmpty();
        result.Stderr.Should().NotContain("   at ").And.NotContain("Unhandled exception");
    }
}
