using System.Collections;
using System.Reflection;
using Kz.Legislature.Elections;
using Kz.Legislature.History;
using Kz.Legislature.Testing;
using Kz.Legislature.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Kz.Legislature.Tests.Conventions;

/// <summary>
/// Every public constructor and method of the library rejects <see langword="null"/> for each parameter not annotated as
/// nullable with an <see cref="ArgumentNullException"/> naming that parameter, before doing anything else. Each member is
/// first called with sample arguments; members whose samples are not valid for them, or whose parameter types have no
/// sample, are left out (the test checks that at least 75 parameters are reached).
/// </summary>
public sealed class NullGuardTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    [Fact]
    public void every_public_member_rejects_null_for_each_non_nullable_parameter_and_names_it()
    {
        var nullability = new NullabilityInfoContext();
        var failures = new List<string>();
        var checkedParameters = 0;
        foreach (var member in Members())
        {
            var parameters = member.GetParameters();
            var samples = parameters.Select(p => Sample(p.ParameterType)).ToArray();
            var instance = member.IsStatic || member is ConstructorInfo ? null : Sample(member.DeclaringType!);
            if (samples.Any(s => s is Unavailable) || instance is Unavailable || (!member.IsStatic && member is MethodInfo && instance is null)
                || Invoke(member, instance, samples) is not null)
            {
                continue;
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].ParameterType.IsValueType || nullability.Create(parameters[i]).WriteState != NullabilityState.NotNull)
                {
                    continue;
                }

                checkedParameters++;
                var args = (object?[])samples.Clone();
                args[i] = null;
                var thrown = Invoke(member, instance, args);
                if (thrown is not ArgumentNullException ane || ane.ParamName != parameters[i].Name)
                {
                    failures.Add($"{member.DeclaringType!.Name}.{member.Name}({parameters[i].Name}): {thrown?.GetType().Name ?? "no exception"} {(thrown as ArgumentException)?.ParamName}");
                }
            }
        }

        failures.Should().BeEmpty(string.Join("; ", failures));
        checkedParameters.Should().BeGreaterThanOrEqualTo(75, "the samples reach the main public surface (87 parameters when written, 79 once the loader-only record constructors became internal)");
    }

    private static IEnumerable<MethodBase> Members()
    {
        // Exceptions follow .NET's convention that a null message is allowed.
        foreach (var type in typeof(LegislativeHistory).Assembly.GetExportedTypes()
                     .Where(t => !t.IsEnum && !t.IsInterface && !t.ContainsGenericParameters && !typeof(Exception).IsAssignableFrom(t)))
        {
            foreach (var ctor in type.GetConstructors())
            {
                yield return ctor;
            }

            var flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(flags).Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && !m.IsAbstract))
            {
                // Equality members accept null by contract; record and FluentValidation plumbing is not the library's surface.
                if (method.Name is "Equals" or "Deconstruct" or "<Clone>$" or "PrintMembers" or "GetHashCode" or "ToString")
                {
                    continue;
                }

                yield return method;
            }
        }
    }

    /// <summary>Invokes the member, enumerating a lazy result, and returns the exception it threw, if any.</summary>
    private static Exception? Invoke(MethodBase member, object? instance, object?[] args)
    {
        try
        {
            var result = member is ConstructorInfo ctor ? ctor.Invoke(args) : member.Invoke(instance, args);
            if (result is IEnumerable sequence and not string)
            {
                foreach (var unused in sequence)
                {
                }
            }

            return null;
        }
        catch (TargetInvocationException ex)
        {
            return ex.InnerException;
        }
        catch (ArgumentException ex)
        {
            // A sample of the wrong type (reflection's own check).
            return ex;
        }
    }

    private static object? Sample(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return null;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type == typeof(string))
        {
            return "x";
        }

        if (type == typeof(int))
        {
            return 1;
        }

        if (type == typeof(bool))
        {
            return false;
        }

        if (type == typeof(LocalDate))
        {
            return Day;
        }

        if (type == typeof(Period))
        {
            return Period.FromYears(1);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        var senate = ValidCompositions.SenateOn(Day);
        object? known = type.Name switch
        {
            nameof(LegislativeHistory) => LegislativeHistory.Kazakhstan,
            nameof(Senate) or nameof(ChamberComposition) => senate,
            nameof(Mazhilis) => ValidCompositions.MazhilisOn(Day),
            nameof(Parliament) => ValidCompositions.ParliamentOn(Day),
            nameof(Mandate) => senate.Mandates[0],
            nameof(Deputy) => senate.Mandates[0].Deputy,
            nameof(LocalizedName) => new LocalizedName("Name", "Имя", "Аты", "Aty"),
            nameof(Term) => new Term(Day, null),
            nameof(Stream) or nameof(MemoryStream) => new MemoryStream(),
            nameof(IServiceCollection) => new ServiceCollection(),
            nameof(ValidationOptions) => ValidationOptions.Statutory,
            nameof(AllocationOptions) => AllocationOptions.Kazakhstan2023,
            nameof(PartyList) => new PartyList("amanat", ChamberKind.Mazhilis, Day, [new PartyListCandidate("c0")]),
            nameof(PartyListCandidate) => new PartyListCandidate("c0"),
            nameof(Uri) => new Uri("https://example.org/"),
            nameof(Kurultai) => ValidCompositions.KurultaiOn(new LocalDate(2026, 11, 1)),
            nameof(SupremeCouncil) => ValidCompositions.SupremeCouncilOn(new LocalDate(1994, 6, 1)),
            nameof(Region) => LegislativeHistory.Kazakhstan.Regions[0],
            nameof(Party) => LegislativeHistory.Kazakhstan.Parties[0],
            nameof(SourceReference) => new SourceReference(new Uri("https://example.org/"), "Example"),
            nameof(Provenance) => new Provenance([new SourceReference(new Uri("https://example.org/"), "Example")], Confidence.High),
            nameof(Citation) => new Citation("constitution-1995", new LocalizedName("Constitution"), "Art. 50", []),
            _ => null,
        };
        if (known is not null)
        {
            return known;
        }

        return type.GetConstructor(Type.EmptyTypes) is { } parameterless && !type.IsAbstract ? parameterless.Invoke(null) : Unavailable.Instance;
    }

    /// <summary>Marks a parameter type the test has no sample for.</summary>
    private sealed class Unavailable
    {
        public static readonly Unavailable Instance = new();
    }
}
