using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The President of the Republic of Kazakhstan, who appoints senators.</summary>
internal sealed record President : SeatFillingBody
{
    private static readonly LocalizedName PresidentName = new("President of the Republic of Kazakhstan", "Президент Республики Казахстан", "Қазақстан Республикасының Президенті", "Qazaqstan Respublikasynyń Prezidenti");

    private President()
    {
    }

    /// <summary>Gets the President.</summary>
    public static President Instance { get; } = new();

    /// <inheritdoc/>
    public override LocalizedName Name => PresidentName;

    /// <summary>Returns "President".</summary>
    /// <returns>The string <c>President</c>.</returns>
    public override string ToString() => "President";
}
