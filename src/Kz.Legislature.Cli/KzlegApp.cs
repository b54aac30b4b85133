using System.Globalization;
using Kz.Legislature.History;
using NodaTime;
using NodaTime.Text;

namespace Kz.Legislature.Cli;

/// <summary>The kzleg commands, runnable in-process with explicit output writers.</summary>
public static class KzlegApp
{
    /// <summary>Runs kzleg with <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 0 on success, non-zero on error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length >= 3 && args[0] == "rules" && args[1] == "--on")
        {
            var parsed = LocalDatePattern.Iso.Parse(args[2]);
            if (!parsed.Success)
            {
                stderr.WriteLine($"error: --on: '{args[2]}' is not a date (yyyy-MM-dd).");
                return 2;
            }

            var rules = LegislativeHistory.Kazakhstan.RulesOn(parsed.Value);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rules in force on {args[2]}: {rules.Instrument.Name.English} ({rules.Form})"));
            foreach (var c in rules.Chambers)
            {
                stdout.WriteLine(c.ToString());
            }

            return 0;
        }

        stderr.WriteLine("usage: kzleg rules --on yyyy-MM-dd");
        return 2;
    }
}
