using System.Text;

namespace Kz.Legislature.Cli;

/// <summary>The entry point of the kzleg tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code (see docs/cli.md).</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return KzlegApp.Run(args, Console.Out, Console.Error);
    }
}
