using Kz.Legislature.Cli;

namespace Kz.Legislature.Tests.Cli;

/// <summary>Runs kzleg in-process with string writers, as a script would see it (not a terminal).</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = KzlegApp.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Finds the repository root (the folder holding Kz.Legislature.sln) from the test output folder.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kz.Legislature.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Kz.Legislature.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Writes the output of <c>kzleg example NAME [ARGS]</c> to <paramref name="file"/> in <paramref name="dir"/> and returns its path.</summary>
    public static string Example(DirectoryInfo dir, string file, params string[] args)
    {
        var path = Path.Combine(dir.FullName, file);
        File.WriteAllText(path, Run(["example", .. args]).Stdout);
        return path;
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
