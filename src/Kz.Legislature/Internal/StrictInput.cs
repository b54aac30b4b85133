using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Kz.Legislature.History;

namespace Kz.Legislature.Internal;

/// <summary>
/// The one strict reader of input bytes, shared by every reader of the library and the tool: a size limit (checked while
/// reading, so an endless stream is refused early), an optional UTF-8 byte-order mark stripped, strict UTF-8 (an invalid
/// byte is refused with its line and position before any string is decoded), and the JSON options every reader uses
/// (no duplicate keys, no comments, at most <see cref="MaxDepth"/> levels).
/// </summary>
/// <remarks>Every failure is a <see cref="LegislativeDataException"/> naming the file, <c>$</c> and, for bad bytes, the line and position.</remarks>
internal static class StrictInput
{
    /// <summary>The deepest nesting any reader accepts.</summary>
    public const int MaxDepth = 32;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Gets the reader options of every JSON reader: no comments, no trailing commas, at most <see cref="MaxDepth"/> levels.</summary>
    public static JsonReaderOptions ReaderOptions => new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Gets the document options of every JSON reader: as <see cref="ReaderOptions"/>, and no property given twice.</summary>
    public static JsonDocumentOptions DocumentOptions => new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, AllowDuplicateProperties = false };

    /// <summary>Reads <paramref name="stream"/> to its end and checks the bytes (see <see cref="Check"/>).</summary>
    /// <param name="stream">The input; not closed.</param>
    /// <param name="limit">The largest input accepted, in bytes (inclusive).</param>
    /// <param name="fileName">The name used in messages, or <see langword="null"/>.</param>
    /// <returns>The bytes without a byte-order mark.</returns>
    /// <exception cref="LegislativeDataException">The input is larger than <paramref name="limit"/> or not UTF-8.</exception>
    public static ReadOnlyMemory<byte> ReadBytes(Stream stream, long limit, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            throw TooLarge(fileName, limit);
        }

        var bytes = ReadAtMost(stream, limit);
        if (bytes.Length > limit)
        {
            throw TooLarge(fileName, limit);
        }

        return Check(bytes, limit, fileName);
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end or until more than <paramref name="limit"/> bytes have been read, whichever
    /// comes first, and checks nothing: a result longer than <paramref name="limit"/> tells the reader to refuse the input in
    /// its own words, and an endless stream is never read further than one chunk past the limit.
    /// </summary>
    /// <param name="stream">The input; not closed.</param>
    /// <param name="limit">The largest input accepted, in bytes (inclusive).</param>
    /// <returns>The bytes read, as many as the stream has, or more than <paramref name="limit"/>.</returns>
    public static byte[] ReadAtMost(Stream stream, long limit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while (buffer.Length <= limit && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Returns whether <paramref name="text"/> is more than <paramref name="limit"/> bytes in UTF-8 (counted only when it may be).</summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">The limit, in bytes.</param>
    /// <returns>Whether the text is over the limit.</returns>
    public static bool IsOverLimit(string text, long limit) => (long)text.Length * 3 > limit && Encoding.UTF8.GetByteCount(text) > limit;

    /// <summary>Gets the offset of the first byte of <paramref name="bytes"/> that is not part of a UTF-8 character, or -1 when all are.</summary>
    /// <param name="bytes">The input.</param>
    /// <returns>The offset, or -1.</returns>
    public static int InvalidUtf8Offset(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) ? -1 : FirstInvalidByte(bytes);

    /// <summary>Encodes <paramref name="text"/> as UTF-8 and checks it (see <see cref="Check"/>).</summary>
    /// <param name="text">The input text.</param>
    /// <param name="limit">The largest input accepted, in UTF-8 bytes (inclusive).</param>
    /// <param name="fileName">The name used in messages, or <see langword="null"/>.</param>
    /// <returns>The bytes without a byte-order mark.</returns>
    /// <exception cref="LegislativeDataException">The text is larger than <paramref name="limit"/> or holds an unpaired surrogate.</exception>
    public static ReadOnlyMemory<byte> ReadBytes(string text, long limit, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsOverLimit(text, limit))
        {
            throw TooLarge(fileName, limit);
        }

        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        var status = Utf8.FromUtf16(text, bytes, out var charsRead, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var (line, position) = Position(bytes.AsSpan(0, written), written);
            throw new LegislativeDataException(fileName, "$", string.Create(CultureInfo.InvariantCulture, $"The text is not valid: character {charsRead + 1} is half of a surrogate pair, which stands for no character."), line, position);
        }

        return Check(bytes, limit, fileName);
    }

    /// <summary>Checks bytes already in memory: at most <paramref name="limit"/> bytes, an optional byte-order mark (stripped), strict UTF-8.</summary>
    /// <param name="bytes">The input.</param>
    /// <param name="limit">The largest input accepted, in bytes (inclusive).</param>
    /// <param name="fileName">The name used in messages, or <see langword="null"/>.</param>
    /// <returns>The bytes without a byte-order mark.</returns>
    /// <exception cref="LegislativeDataException">The input is larger than <paramref name="limit"/> or not UTF-8.</exception>
    public static ReadOnlyMemory<byte> Check(ReadOnlyMemory<byte> bytes, long limit, string? fileName)
    {
        if (bytes.Length > limit)
        {
            throw TooLarge(fileName, limit);
        }

        if (bytes.Span.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        var span = bytes.Span;
        if (EncodingProblem(span) is var (offset, reason))
        {
            var (line, position) = Position(span, offset);
            throw new LegislativeDataException(fileName, "$", reason, line, position);
        }

        return bytes;
    }

    /// <summary>
    /// Finds why <paramref name="bytes"/> (after any UTF-8 byte-order mark) are not UTF-8 text, if they are not: a UTF-16 or
    /// UTF-32 byte-order mark, zero bytes between the first characters (UTF-16 or UTF-32 without a mark; no JSON or CSV text
    /// holds a zero byte), or the first byte that is not part of any UTF-8 character.
    /// </summary>
    /// <param name="bytes">The input.</param>
    /// <returns>The offset of the problem and a sentence saying what it is and what to do, or <see langword="null"/> when the bytes are UTF-8.</returns>
    public static (int Offset, string Reason)? EncodingProblem(ReadOnlySpan<byte> bytes)
    {
        if (OtherEncodingMark(bytes) is { } encoding)
        {
            return (0, $"The document is {encoding}: it starts with the byte-order mark of that encoding, not UTF-8; save the file as UTF-8.");
        }

        if (bytes.Length >= 2 && (bytes[0] == 0 || bytes[1] == 0))
        {
            return (bytes[0] == 0 ? 0 : 1, "The document is not UTF-8: zero bytes stand between its first characters, as in UTF-16 or UTF-32 text; save the file as UTF-8.");
        }

        var offset = InvalidUtf8Offset(bytes);
        return offset < 0 ? null : (offset, "The document is not valid UTF-8: a byte here is not part of any character; save the file as UTF-8.");
    }

    /// <summary>The encoding whose byte-order mark <paramref name="bytes"/> start with, other than UTF-8, or <see langword="null"/>.</summary>
    private static string? OtherEncodingMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
        _ => null,
    };

    /// <summary>Gets <paramref name="bytes"/> without a leading UTF-8 byte-order mark (for a peek before the full check).</summary>
    /// <param name="bytes">The input.</param>
    /// <returns>The input without its byte-order mark.</returns>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Bom) ? bytes[Bom.Length..] : bytes;

    /// <summary>The error for an input over its limit.</summary>
    /// <param name="fileName">The name used in messages, or <see langword="null"/>.</param>
    /// <param name="limit">The limit, in bytes.</param>
    /// <returns>The exception.</returns>
    public static LegislativeDataException TooLarge(string? fileName, long limit) =>
        new(fileName, "$", string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limit} bytes."));

    /// <summary>Gets the zero-based line and byte position in that line of <paramref name="offset"/>.</summary>
    /// <param name="bytes">The input.</param>
    /// <param name="offset">A byte offset into it.</param>
    /// <returns>The line and the position in the line.</returns>
    public static (long Line, long Position) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return offset;
            }
        }
    }
}
