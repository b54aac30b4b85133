using Kz.Legislature.History;
using Spectre.Console;

namespace Kz.Legislature.Cli.Output;

/// <summary>What every command needs: the dataset, the writers and the console for text output.</summary>
internal sealed class CliContext
{
    public CliContext(LegislativeHistory history, TextWriter stdout, TextWriter stderr, IAnsiConsole console)
    {
        History = history;
        Stdout = stdout;
        Stderr = stderr;
        Console = console;
    }

    /// <summary>Gets the dataset.</summary>
    public LegislativeHistory History { get; }

    /// <summary>Gets standard output (JSON and SVG are written here directly).</summary>
    public TextWriter Stdout { get; }

    /// <summary>Gets standard error.</summary>
    public TextWriter Stderr { get; }

    /// <summary>Gets the console text output is rendered to (tables; colours only on a terminal).</summary>
    public IAnsiConsole Console { get; }
}
