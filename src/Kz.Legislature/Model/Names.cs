namespace Kz.Legislature;

/// <summary>Names in English, Russian and Kazakh for the library's vocabulary, with known alternative spellings.</summary>
public static class Names
{
    private static readonly LocalizedName SupremeCouncilName = new("Supreme Council", "Верховный Совет", "Жоғарғы Кеңес", "Joǵarǵy Keńes", ["Supreme Soviet", "Supreme Kenges", "Верховный Совет Республики Казахстан", "Жоғарғы Кеңесі"]);
    private static readonly LocalizedName SenateName = new("Senate", "Сенат", "Сенат", "Senat");
    private static readonly LocalizedName MazhilisName = new("Mazhilis", "Мажилис", "Мәжіліс", "Májilis", ["Mäjilis", "Majilis", "Mazhilis", "Mejlis", "Мәжіліс", "Мажилис"]);
    private static readonly LocalizedName KurultaiName = new("Kurultai", "Курултай", "Құрылтай", "Quryltai", ["Qurultai", "Qurultay", "Kurultay", "Qūryltai", "Құрылтай", "Курултай"]);
    private static readonly LocalizedName ParliamentName = new("Parliament", "Парламент", "Парламент", "Parlament");

    /// <summary>Gets the name of a chamber.</summary>
    /// <param name="chamber">The chamber.</param>
    /// <returns>Its name with alternative spellings (Mäjilis, Majilis, Мәжіліс; Qurultai, Құрылтай).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chamber"/> is not a defined value.</exception>
    public static LocalizedName Of(ChamberKind chamber) => chamber switch
    {
        ChamberKind.SupremeCouncil => SupremeCouncilName,
        ChamberKind.Senate => SenateName,
        ChamberKind.Mazhilis => MazhilisName,
        ChamberKind.Kurultai => KurultaiName,
        _ => throw Internal.ArgumentErrors.OutOfRange(nameof(chamber), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{chamber} is not a defined chamber.")),
    };

    /// <summary>Gets the name of the bicameral Parliament (1995–2026).</summary>
    public static LocalizedName Parliament => ParliamentName;

    /// <summary>Gets the name of a seat source.</summary>
    /// <param name="source">The seat source.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined value.</exception>
    public static LocalizedName Of(SeatSource source) => source switch
    {
        SeatSource.ElectedByMaslikhats => new("Elected by maslikhat deputies", "Избираются депутатами маслихатов", "Мәслихат депутаттары сайлайды", "Mäslihat depýtattary saılaıdy"),
        SeatSource.AppointedByPresident => new("Appointed by the President", "Назначаются Президентом", "Президент тағайындайды", "Prezident taǵaıyndaıdy"),
        SeatSource.AppointedByPresidentOnAssemblyProposal => new("Appointed by the President on the Assembly of People's proposal", "Назначаются Президентом по предложению Ассамблеи народа Казахстана", "Қазақстан халқы Ассамблеясының ұсынысы бойынша Президент тағайындайды", "Qazaqstan halqy Assambleıasynyń usynysy boıynsha Prezident taǵaıyndaıdy"),
        SeatSource.PartyList => new("Party list", "Партийный список", "Партиялық тізім", "Partıalyq tizim"),
        SeatSource.SingleMemberDistrict => new("Single-member district", "Одномандатный округ", "Бірмандатты округ", "Birmandatty okrýg"),
        SeatSource.ElectedByAssemblyOfPeople => new("Elected by the Assembly of People", "Избираются Ассамблеей народа Казахстана", "Қазақстан халқы Ассамблеясы сайлайды", "Qazaqstan halqy Assambleıasy saılaıdy"),
        SeatSource.StateList => new("State list", "Государственный список", "Мемлекеттік тізім", "Memlekettik tizim"),
        SeatSource.PublicOrganization => new("Public organisations", "Общественные организации", "Қоғамдық ұйымдар", "Qoǵamdyq uıymdar"),
        _ => throw Internal.ArgumentErrors.OutOfRange(nameof(source), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source} is not a defined seat source.")),
    };

    /// <summary>Gets the name of a legislature form.</summary>
    /// <param name="form">The form.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not a defined value.</exception>
    public static LocalizedName Of(LegislatureForm form) => form switch
    {
        LegislatureForm.None => new("No legislature", "Нет законодательного органа", "Заң шығарушы орган жоқ", "Zań shyǵarýshy organ joq"),
        LegislatureForm.Unicameral => new("Unicameral", "Однопалатный", "Бір палаталы", "Bir palataly"),
        LegislatureForm.Bicameral => new("Bicameral", "Двухпалатный", "Екі палаталы", "Eki palataly"),
        _ => throw Internal.ArgumentErrors.OutOfRange(nameof(form), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{form} is not a defined form.")),
    };

    /// <summary>Finds the chamber a spelling names, in any language or alternative spelling.</summary>
    /// <param name="spelling">For example "Majilis", "Мәжіліс" or "Qurultai".</param>
    /// <param name="chamber">The chamber found.</param>
    /// <returns><see langword="true"/> if a chamber matched.</returns>
    public static bool TryParseChamber(string? spelling, out ChamberKind chamber)
    {
        foreach (var kind in Enum.GetValues<ChamberKind>())
        {
            if (Of(kind).Matches(spelling) || string.Equals(kind.ToString(), spelling?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                chamber = kind;
                return true;
            }
        }

        chamber = default;
        return false;
    }
}
