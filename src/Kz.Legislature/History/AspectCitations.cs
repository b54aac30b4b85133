using System.Globalization;
using Kz.Legislature.Internal;

namespace Kz.Legislature.History;

/// <summary>Citations keyed by aspect, with structural equality (so the records holding them compare by content).</summary>
internal sealed record AspectCitations
{
    public static readonly AspectCitations Empty = new(ValueList<KeyValuePair<RuleAspect, Citation>>.Empty);

    private AspectCitations(ValueList<KeyValuePair<RuleAspect, Citation>> items) => Items = items;

    public ValueList<KeyValuePair<RuleAspect, Citation>> Items { get; }

    public static AspectCitations From(IEnumerable<KeyValuePair<RuleAspect, Citation>>? citations, string paramName, RuleAspect[] allowed)
    {
        if (citations is null)
        {
            return Empty;
        }

        var list = new List<KeyValuePair<RuleAspect, Citation>>();
        foreach (var (aspect, citation) in citations)
        {
            if (Array.IndexOf(allowed, aspect) < 0)
            {
                throw Internal.ArgumentErrors.Invalid($"A citation for {aspect} does not belong here; the aspects are: {string.Join(", ", allowed)}.", paramName);
            }

            if (list.Any(p => p.Key == aspect))
            {
                throw Internal.ArgumentErrors.Invalid($"The aspect {aspect} is cited twice.", paramName);
            }

            list.Add(new KeyValuePair<RuleAspect, Citation>(aspect, Preconditions.NotNull(citation, paramName)));
        }

        return list.Count == 0 ? Empty : new AspectCitations(ValueList<KeyValuePair<RuleAspect, Citation>>.From(list));
    }

    public Citation? For(RuleAspect aspect)
    {
        foreach (var (a, c) in Items)
        {
            if (a == aspect)
            {
                return c;
            }
        }

        return null;
    }
}
