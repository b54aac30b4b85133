using Kz.Legislature.Internal;

namespace Kz.Legislature;

/// <summary>The Assembly of People of Kazakhstan, which elected 9 Mazhilis deputies (2007–2023) and proposes 5 senators (2022–2026).</summary>
internal sealed record AssemblyOfPeople : SeatFillingBody
{
    private static readonly LocalizedName AssemblyName = new("Assembly of People of Kazakhstan", "Ассамблея народа Казахстана", "Қазақстан халқы Ассамблеясы", "Qazaqstan halqy Assambleiasy", ["APK"]);

    private AssemblyOfPeople()
    {
    }

    /// <summary>Gets the Assembly of People.</summary>
    public static AssemblyOfPeople Instance { get; } = new();

    /// <inheritdoc/>
    public override LocalizedName Name => AssemblyName;

    /// <summary>Returns "AssemblyOfPeople".</summary>
    /// <returns>The string <c>AssemblyOfPeople</c>.</returns>
    public override string ToString() => "AssemblyOfPeople";
}
