using Kz.Legislature.Internal;

namespace Kz.Legislature.History.Loading;

/// <summary>The people and presiding-officer terms of a dataset, indexed for the date lookups.</summary>
internal sealed class PeopleData
{
    /// <summary>No people and no terms.</summary>
    public static readonly PeopleData Empty = new([], []);

    private readonly Dictionary<string, Person> peopleById = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="PeopleData"/> class.</summary>
    /// <param name="people">The people.</param>
    /// <param name="offices">The office terms.</param>
    public PeopleData(IReadOnlyList<Person> people, IReadOnlyList<OfficeTerm> offices)
    {
        People = ValueList<Person>.From(people);
        Offices = ValueList<OfficeTerm>.From(offices);
        foreach (var person in people)
        {
            peopleById.Add(person.Id, person);
        }
    }

    /// <summary>Gets the people, in dataset order.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Gets the office terms, in dataset order.</summary>
    public IReadOnlyList<OfficeTerm> Offices { get; }

    /// <summary>The person with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public Person? Find(string id) => peopleById.TryGetValue(id, out var p) ? p : null;
}
