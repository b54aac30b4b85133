using System.Reflection;
using System.Xml.Linq;
using Kz.Legislature.History;

namespace Kz.Legislature.Tests.Conventions;

/// <summary>Whole-assembly conventions: sealed or abstract types, no mutable public state, no DateTime, every public member documented.</summary>
public class ConventionTests
{
    private static readonly Assembly Library = typeof(LegislativeHistory).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    /// <summary>
    /// A class is sealed, abstract or static, except an exception the library itself derives a public exception from
    /// (LegislativeDataException, the base of LegislatureJsonException, so that one catch handles every reader).
    /// </summary>
    [Fact]
    public void Every_public_class_is_sealed_abstract_or_static()
    {
        var offenders = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => !(typeof(Exception).IsAssignableFrom(t) && PublicTypes.Any(d => d.BaseType == t)))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void No_public_property_has_a_public_setter_or_init_accessor()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } && !typeof(Exception).IsAssignableFrom(p.DeclaringType))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}");
        offenders.Should().BeEmpty("records are immutable: use With* methods, so 'with' cannot bypass a structural check");
    }

    [Fact]
    public void No_public_field_is_mutable()
    {
        var offenders = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void No_public_signature_uses_DateTime_or_DateTimeOffset()
    {
        static bool Bad(Type t) =>
            t == typeof(DateTime) || t == typeof(DateTimeOffset)
            || (t.IsGenericType && t.GetGenericArguments().Any(Bad))
            || (t.HasElementType && Bad(t.GetElementType()!))
            || (Nullable.GetUnderlyingType(t) is { } u && Bad(u));

        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    MethodBase m => m.GetParameters().Select(p => p.ParameterType).Concat(m is MethodInfo mi ? [mi.ReturnType] : []),
                    _ => Enumerable.Empty<Type>(),
                };
                if (types.Any(Bad))
                {
                    offenders.Add($"{type.FullName}.{member.Name}");
                }
            }
        }

        offenders.Should().BeEmpty("dates are NodaTime LocalDate only");
    }

    [Fact]
    public void Every_public_type_and_member_has_an_xml_doc_comment()
    {
        var xmlPath = Path.ChangeExtension(Library.Location, ".xml");
        File.Exists(xmlPath).Should().BeTrue("the library generates XML documentation");
        var documented = XDocument.Load(xmlPath).Descendants("member")
            .Select(m => m.Attribute("name")!.Value)
            .ToHashSet(StringComparer.Ordinal);
        var missing = PublicTypes
            .Where(t => !documented.Contains("T:" + t.FullName))
            .Select(t => t.FullName);
        missing.Should().BeEmpty();
        var undocumentedProperties = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.GetMethod is { IsPublic: true } && !p.GetMethod.IsVirtual)
            .Where(p => !documented.Contains($"P:{p.DeclaringType!.FullName}.{p.Name}"))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}");
        undocumentedProperties.Should().BeEmpty();
    }

    [Fact]
    public void The_library_does_not_reference_the_system_clock()
    {
        // The BannedApiAnalyzers rule makes DateTime.Now a build error; this guards the analyzer wiring itself.
        var banned = File.ReadAllText(Path.Combine(PublicApiTests.RepositoryRoot(), "BannedSymbols.txt"));
        banned.Should().Contain("P:System.DateTime.Now").And.Contain("P:System.DateTimeOffset.UtcNow").And.Contain("P:System.DateTime.Today");
    }
}
