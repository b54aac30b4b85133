namespace Kz.Legislature.Cli;

/// <summary>The entry point of the kzleg tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => KzlegApp.Run(args, Console.Out, Console.Error);
}
