using Kz.Legislature.Internal;

namespace Kz.Legislature.Cli.Output;

/// <summary>Reads an input file named on the command line, failing with a message that says what is wrong with the path.</summary>
internal static class InputFile
{
    /// <summary>Reads <paramref name="path"/> through the shared strict reader, stopping once it has more than <paramref name="limit"/> bytes (enough for the reader to refuse a file over its limit).</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="option">The option that named it (for example <c>--input</c>), or <see langword="null"/> for an argument.</param>
    /// <param name="limit">The largest document the reader accepts, in bytes.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="CliException">The path is a directory, does not exist, or cannot be read.</exception>
    public static byte[] Read(string path, string? option, int limit)
    {
        var prefix = option is null ? string.Empty : option + ": ";
        if (Directory.Exists(path))
        {
            throw new CliException($"{prefix}'{path}' is a directory; give a JSON file.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return StrictInput.ReadAtMost(stream, limit);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"{prefix}cannot read '{path}': no such file.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{prefix}cannot read '{path}': permission denied.");
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"{prefix}cannot read '{path}': {e.Message}");
        }
    }
}
