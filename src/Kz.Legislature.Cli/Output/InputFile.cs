using System.Text.Json;

namespace Kz.Legislature.Cli.Output;

/// <summary>Reads an input file named on the command line, failing with a message that says what is wrong with the path.</summary>
internal static class InputFile
{
    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes of <paramref name="path"/> (enough for the reader to refuse a file over its limit).</summary>
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
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while (buffer.Length <= limit && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
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

    /// <summary>Gets the top-level <c>kind</c> of a document, or <see langword="null"/> when it has none or cannot be parsed (the reader then gives the precise error).</summary>
    /// <param name="bytes">The document.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    public static string? KindOf(byte[] bytes)
    {
        // Only the top-level properties up to "kind" are read, so a document broken further on still gets the right reader.
        var reader = new Utf8JsonReader(Internal.StrictInput.WithoutBom(bytes), Internal.StrictInput.ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKind = reader.ValueTextEquals("kind"u8);
                reader.Read();
                if (isKind)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON before the kind, or a kind that is not a valid string: the reader reports it with its path and position.
        }

        return null;
    }
}
