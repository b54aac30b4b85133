using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Kz.Legislature.Cli.Output;

/// <summary>
/// The console text output is rendered to. On a terminal it is the terminal's width with colours; redirected (a pipe,
/// a file, a test) it is plain text that is never wrapped, so a URL or a note stays whole on one line, and no line
/// ends in padding: tables and grids pad their cells to the column width, and the padding is dropped as it is written.
/// </summary>
internal static class TextConsole
{
    /// <summary>The widest a heading rule is drawn.</summary>
    public const int HeadingWidth = 100;

    /// <summary>The width of redirected output: wide enough that no value is ever wrapped.</summary>
    private const int UnwrappedWidth = 100_000;

    /// <summary>Creates the console for <paramref name="output"/>.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="terminal">Whether <paramref name="output"/> is a terminal (colours and the terminal's width).</param>
    public static IAnsiConsole Create(TextWriter output, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(terminal ? output : new TrailingSpaceTrimmer(output)),
        });
        if (!terminal)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }

    /// <summary>Creates a console with the capabilities and width of <paramref name="like"/> that writes to <paramref name="output"/>.</summary>
    public static IAnsiConsole CreateLike(IAnsiConsole like, TextWriter output)
    {
        var terminal = like.Profile.Width != UnwrappedWidth;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = like.Profile.Capabilities.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = (ColorSystemSupport)like.Profile.Capabilities.ColorSystem,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(terminal ? output : new TrailingSpaceTrimmer(output)),
        });
        console.Profile.Width = like.Profile.Width;
        console.Profile.Capabilities.Unicode = like.Profile.Capabilities.Unicode;
        return console;
    }

    /// <summary>
    /// A heading: a rule with <paramref name="text"/> on its left, <see cref="HeadingWidth"/> columns wide (or as wide as
    /// the text needs, so it is never cut).
    /// </summary>
    public static IRenderable Heading(string text) =>
        new AtMost(new Rule($"[bold]{Markup.Escape(text)}[/]").LeftJustified(), Math.Max(HeadingWidth, text.Length + 8));

    /// <summary>Renders a renderable in at most a given width.</summary>
    private sealed class AtMost(IRenderable inner, int width) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, Math.Min(maxWidth, width));

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => inner.Render(options, Math.Min(maxWidth, width));
    }

    /// <summary>Writes text through, dropping the spaces and tabs at the end of each line.</summary>
    internal sealed class TrailingSpaceTrimmer(TextWriter inner) : TextWriter
    {
        private readonly StringBuilder pending = new();

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value is ' ' or '\t')
            {
                pending.Append(value);
                return;
            }

            if (value is '\n' or '\r')
            {
                pending.Clear();
            }
            else if (pending.Length > 0)
            {
                inner.Write(pending.ToString());
                pending.Clear();
            }

            inner.Write(value);
        }

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }

            foreach (var c in value)
            {
                Write(c);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            for (var i = index; i < index + count; i++)
            {
                Write(buffer[i]);
            }
        }

        public override void Flush() => inner.Flush();
    }
}
