using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>A numbered convocation of the Supreme Council, the Parliament or the Kurultai.</summary>
public sealed record Convocation
{
    /// <summary>Creates a convocation.</summary>
    /// <param name="id">The identifier in the dataset.</param>
    /// <param name="body">The body.</param>
    /// <param name="number">The number (I = 1).</param>
    /// <param name="firstSitting">The first sitting, or <see langword="null"/> where unknown or not yet held.</param>
    /// <param name="until">The first day it no longer sat, or <see langword="null"/>.</param>
    /// <param name="electedOn">The election day, or <see langword="null"/>.</param>
    /// <param name="provenance">Where the facts come from.</param>
    /// <param name="firstSittingAlternatives">Other first-sitting dates some sources give (a disputed date), or <see langword="null"/> for none.</param>
    /// <param name="untilAlternatives">Other end dates some sources give, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not positive.</exception>
    internal Convocation(string id, LegislativeBody body, int number, LocalDate? firstSitting, LocalDate? until, LocalDate? electedOn, Provenance provenance, IEnumerable<LocalDate>? firstSittingAlternatives = null, IEnumerable<LocalDate>? untilAlternatives = null)
    {
        FirstSittingAlternatives = ValueList<LocalDate>.From(firstSittingAlternatives);
        UntilAlternatives = ValueList<LocalDate>.From(untilAlternatives);
        Id = Preconditions.NotBlank(id, nameof(id));
        Body = body;
        Number = number > 0 ? number : throw Internal.ArgumentErrors.OutOfRange(nameof(number), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A convocation number is positive; {number} was given."));
        FirstSitting = firstSitting;
        Until = until;
        ElectedOn = electedOn;
        Provenance = Preconditions.NotNull(provenance, nameof(provenance));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the body.</summary>
    public LegislativeBody Body { get; }

    /// <summary>Gets the number.</summary>
    public int Number { get; }

    /// <summary>Gets the Roman numeral of the number.</summary>
    public string Roman => ToRoman(Number);

    /// <summary>Gets the first sitting, or <see langword="null"/>.</summary>
    public LocalDate? FirstSitting { get; }

    /// <summary>Gets other first-sitting dates some sources give, where the date is disputed (empty otherwise; compared by content).</summary>
    public IReadOnlyList<LocalDate> FirstSittingAlternatives { get; }

    /// <summary>Gets the first day it no longer sat, or <see langword="null"/>.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets other end dates some sources give, where the date is disputed (empty otherwise; compared by content).</summary>
    public IReadOnlyList<LocalDate> UntilAlternatives { get; }

    /// <summary>Gets the election day, or <see langword="null"/>.</summary>
    public LocalDate? ElectedOn { get; }

    /// <summary>Gets where the facts come from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the body and the Roman numeral.</summary>
    /// <returns>For example <c>Parliament VIII</c>.</returns>
    public override string ToString() => $"{Body} {Roman}";

    private static string ToRoman(int n)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                result.Append(symbols[i]);
                n -= values[i];
            }
        }

        return result.ToString();
    }
}
