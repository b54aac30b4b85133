using System.Text.Json.Nodes;
using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>The party's name as it stood on the day of each composition (the dataset's former names).</summary>
public partial class PartyCompositionTests
{
    // Renamings: Otan became the People's Democratic Party Nur Otan on 22 December 2006 (Wikipedia (uk), "Nur Otan"), and
    // Nur Otan became Amanat on 1 March 2022 (Ministry of Foreign Affairs factsheet; Astana Times; Kazinform).
    [Theory]
    [InlineData("mazhilis-ii", "Otan", "Отан")]
    [InlineData("mazhilis-iii", "Otan", "Отан")]
    [InlineData("mazhilis-iv", "Nur Otan", "Нур Отан")]
    [InlineData("mazhilis-vii", "Nur Otan", "Нур Отан")]
    [InlineData("mazhilis-viii", "Amanat", "Аманат")]
    public void A_composition_names_the_party_as_it_was_named_that_day(string sittingId, string english, string russian)
    {
        var row = Of(sittingId).Seats.First(s => s.Party?.Id == "amanat");

        row.PartyName!.English.Should().Be(english);
        row.PartyName.Russian.Should().Be(russian);
        row.HolderName.Should().Be(english);
        row.Party!.Name.English.Should().Be("Amanat");
    }

    [Fact]
    public void The_party_bears_each_name_up_to_the_day_before_the_next_took_effect()
    {
        var amanat = History.FindParty("amanat")!;

        amanat.FormerNames.Select(f => (f.Name.English, f.Until)).Should().Equal(
            ("Otan", new LocalDate(2006, 12, 22)),
            ("Nur Otan", new LocalDate(2022, 3, 1)));
        amanat.NameOn(new LocalDate(2006, 12, 21)).English.Should().Be("Otan");
        amanat.NameOn(new LocalDate(2006, 12, 22)).English.Should().Be("Nur Otan");
        amanat.NameOn(new LocalDate(2022, 2, 28)).English.Should().Be("Nur Otan");
        amanat.NameOn(new LocalDate(2022, 3, 1)).English.Should().Be("Amanat");
        amanat.FormerNames[1].Provenance!.Sources.Should().Contain(s => s.Url.Host == "www.gov.kz");
        History.FindParty("respublica")!.NameOn(new LocalDate(2023, 3, 29)).Should().BeSameAs(History.FindParty("respublica")!.Name);
    }

    [Theory]
    [InlineData("out of order", "$.parties[0].formerNames[1].until", "oldest first")]
    [InlineData("unknown property", "$.parties[0].formerNames[0].since", "Unknown property 'since'")]
    [InlineData("no until", "$.parties[0].formerNames[0]", "The required property 'until' is missing.")]
    [InlineData("null item", "$.parties[0].formerNames[0]", "Expected an object, found null.")]
    public void A_former_name_that_cannot_be_right_is_refused_with_its_path(string @case, string path, string reason)
    {
        var doc = LegislativeHistoryTests.Document();
        var former = doc["parties"]![0]!["formerNames"]!.AsArray();
        switch (@case)
        {
            case "out of order": former[1]!["until"] = "2006-01-01"; break;
            case "unknown property": former[0]!["since"] = "1999-03-01"; break;
            case "no until": former[0]!.AsObject().Remove("until"); break;
            case "null item": former[0] = null; break;
        }

        var load = () => LegislativeHistoryTests.Load(doc);

        var problem = load.Should().Throw<LegislativeDataException>().Which;
        problem.Message.Should().Contain(path).And.Contain(reason);
    }

    [Fact]
    public void A_party_refuses_former_names_out_of_order()
    {
        var otan = new PartyName(new LocalizedName("Otan"), new LocalDate(2006, 12, 22));
        var nurOtan = new PartyName(new LocalizedName("Nur Otan"), new LocalDate(2022, 3, 1));

        new Party("amanat", new LocalizedName("Amanat"), formerNames: [otan, nurOtan]).NameOn(new LocalDate(2004, 9, 19)).English.Should().Be("Otan");
        var reversed = () => new Party("amanat", new LocalizedName("Amanat"), formerNames: [nurOtan, otan]);
        reversed.Should().Throw<ArgumentException>().WithMessage("*oldest first*'Otan' ends on 2006-12-22, not after 2022-03-01*");
        var withNull = () => new Party("amanat", new LocalizedName("Amanat"), formerNames: [otan, null!]);
        withNull.Should().Throw<ArgumentException>().WithMessage("*former name is missing*");
        new Party("x", new LocalizedName("X")).FormerNames.Should().BeEmpty();
        new Party("amanat", new LocalizedName("Amanat"), formerNames: [otan, nurOtan])
            .Should().Be(new Party("amanat", new LocalizedName("Amanat"), formerNames: [otan, nurOtan]), "former names compare by value");
        new Party("amanat", new LocalizedName("Amanat"), formerNames: [otan])
            .Should().NotBe(new Party("amanat", new LocalizedName("Amanat"), formerNames: [nurOtan]));
    }
}
