using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kz.Legislature.Serialization.Popolo;

// The parts of a Popolo document the importer reads (PopoloImporter), property names in snake_case. Every other
// property is one Popolo (or another publisher) may carry: it is kept as extension data, unread, so that it is still
// parsed strictly (no property twice, at most PopoloImporter.MaxDepth levels) but never refused for being unknown.
// Values are strings here and dates are read by the importer, so a reduced date on a membership the import does not
// use is no error.

/// <summary>A Popolo object as the importer reads it: the properties it uses, and the rest unread.</summary>
internal abstract class PopoloImportObject
{
    /// <summary>Gets or sets the properties the importer does not use (Popolo and other publishers carry many).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unused { get; set; }
}

/// <summary>The document: <c>persons</c>, <c>organizations</c>, <c>memberships</c> and <c>areas</c>.</summary>
internal sealed class PopoloImportDocumentDto : PopoloImportObject
{
    private List<PopoloImportMembershipDto?>? memberships;

    public List<PopoloImportPersonDto?>? Persons { get; set; }

    public List<PopoloImportOrganizationDto?>? Organizations { get; set; }

    public List<PopoloImportMembershipDto?>? Memberships
    {
        get => memberships;
        set
        {
            memberships = value;
            HasMemberships = true;
        }
    }

    public List<PopoloImportAreaDto?>? Areas { get; set; }

    /// <summary>Gets a value indicating whether the document has the property <c>memberships</c> (null included).</summary>
    [JsonIgnore]
    public bool HasMemberships { get; private set; }
}

/// <summary>A person: <c>id</c>, <c>name</c>, <c>other_names</c>, <c>identifiers</c>, <c>birth_date</c>.</summary>
internal sealed class PopoloImportPersonDto : PopoloImportObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<PopoloImportOtherNameDto?>? OtherNames { get; set; }

    public List<PopoloImportIdentifierDto?>? Identifiers { get; set; }

    public string? BirthDate { get; set; }
}

/// <summary>Another name: <c>name</c>, and its <c>note</c> (as this library writes it) or <c>lang</c> (as EveryPolitician does).</summary>
internal sealed class PopoloImportOtherNameDto : PopoloImportObject
{
    public string? Name { get; set; }

    public string? Note { get; set; }

    public string? Lang { get; set; }
}

/// <summary>An identifier: <c>identifier</c> and <c>scheme</c>.</summary>
internal sealed class PopoloImportIdentifierDto : PopoloImportObject
{
    public string? Identifier { get; set; }

    public string? Scheme { get; set; }
}

/// <summary>An organization: <c>id</c>, <c>name</c> and <c>other_names</c>, to find the chamber's organization of another publisher.</summary>
internal sealed class PopoloImportOrganizationDto : PopoloImportObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<PopoloImportOtherNameDto?>? OtherNames { get; set; }
}

/// <summary>An area: <c>id</c>, <c>name</c> and <c>identifiers</c>.</summary>
internal sealed class PopoloImportAreaDto : PopoloImportObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<PopoloImportIdentifierDto?>? Identifiers { get; set; }
}

/// <summary>A membership, with the extensions <c>end_reason</c> and <c>legislative_period_id</c> the exporter writes.</summary>
internal sealed class PopoloImportMembershipDto : PopoloImportObject
{
    public string? PersonId { get; set; }

    public string? OrganizationId { get; set; }

    public string? PostId { get; set; }

    public string? AreaId { get; set; }

    public string? OnBehalfOfId { get; set; }

    public string? LegislativePeriodId { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string? EndReason { get; set; }
}

/// <summary>The source-generated serializer metadata of the Popolo import: snake_case, strict JSON, no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = PopoloImporter.MaxDepth)]
[JsonSerializable(typeof(PopoloImportDocumentDto))]
internal sealed partial class PopoloImportJsonContext : JsonSerializerContext
{
    private static readonly Lazy<PopoloImportJsonContext> ReadingContext = new(CreateReading, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the context for reading: as the attribute says, and no property given twice anywhere in the document.</summary>
    public static PopoloImportJsonContext Reading => ReadingContext.Value;

    /// <summary>What the value at a property of the read shapes must be, by its snake_case name: the arrays; every other property is a string.</summary>
    public static bool IsArray(string property) =>
        property is "persons" or "organizations" or "memberships" or "areas" or "other_names" or "identifiers";

    private static PopoloImportJsonContext CreateReading()
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            AllowDuplicateProperties = false,
            TypeInfoResolver = null,
        };
        return new PopoloImportJsonContext(options);
    }
}
