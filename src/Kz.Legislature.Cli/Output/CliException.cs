namespace Kz.Legislature.Cli.Output;

/// <summary>An error the user can act on: printed to stderr as one line, never with a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.Usage)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
        : this("kzleg failed.")
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Usage;
    }

    /// <summary>Gets the process exit code.</summary>
    public int ExitCode { get; }
}

/// <summary>The exit codes of kzleg (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The input was read but is invalid (validate).</summary>
    public const int Invalid = 1;

    /// <summary>Bad usage (unknown command or option, bad or missing value, reversed dates) or unreadable input.</summary>
    public const int Usage = 2;

    /// <summary>An output file could not be written.</summary>
    public const int CannotWrite = 3;

    /// <summary>The outcome of a vote is not known: the data does not know a rule the vote needs (decide).</summary>
    public const int Unknown = 4;

    /// <summary>An unexpected internal error (a bug); the message is printed without a stack trace.</summary>
    public const int Internal = 70;
}
