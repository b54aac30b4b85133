using Kz.Legislature.History;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>Who presided over each chamber on a date: every term's first and last day, the day after, and why there is no chair.</summary>
public partial class LegislativeHistoryTests
{
    /// <summary>Every presiding term in the embedded data, as (id) for the theories.</summary>
    public static TheoryData<string> PresidingTerms()
    {
        var data = new TheoryData<string>();
        foreach (var term in LegislativeHistory.Kazakhstan.Offices.Where(o => o.IsPresiding))
        {
            data.Add(term.Id);
        }

        return data;
    }

    private static OfficeTerm Term(string id) => History.Offices.Single(o => o.Id == id);

    [Theory]
    [MemberData(nameof(PresidingTerms))]
    public void Each_chair_presides_on_the_first_day_of_the_term(string id)
    {
        var term = Term(id);
        History.ChairOn(term.Chamber, term.Term.Start).Should().Be(term);
    }

    [Theory]
    [MemberData(nameof(PresidingTerms))]
    public void Each_chair_presides_on_the_last_day_of_the_term(string id)
    {
        var term = Term(id);
        var last = term.Term.End is { } end ? end.PlusDays(-1) : History.VerifiedThrough;
        History.ChairOn(term.Chamber, last).Should().Be(term);
    }

    [Theory]
    [MemberData(nameof(PresidingTerms))]
    public void On_the_day_a_term_ends_its_holder_no_longer_presides(string id)
    {
        var term = Term(id);
        if (term.Term.End is not { } end)
        {
            return;
        }

        var status = History.ChairStatusOn(term.Chamber, end);
        status.Chair.Should().NotBe(term);
        var successor = History.Offices.SingleOrDefault(o => o.Chamber == term.Chamber && o.IsPresiding && o.Term.Start == end);
        if (successor is not null)
        {
            status.Chair.Should().Be(successor);
        }
        else
        {
            status.Reason.Should().NotBeNull();
        }
    }

    [Theory]
    [MemberData(nameof(PresidingTerms))]
    public void The_day_before_a_term_starts_someone_else_or_no_one_presides(string id)
    {
        var term = Term(id);
        var status = History.ChairStatusOn(term.Chamber, term.Term.Start.PlusDays(-1));
        status.Chair.Should().NotBe(term);
        if (term.StartBasis == OfficeStartBasis.FirstKnownInOffice && status.Chair is null)
        {
            // Before the first day a source shows the person in office, the data does not know: never "vacant".
            status.Reason.Should().BeOneOf(NoChairReason.Unknown, NoChairReason.BeforeCoverage);
        }
    }

    [Fact]
    public void Tokayev_chaired_the_Senate_on_1_January_2010()
    {
        // Tokayev chaired the Senate from 11 Jan 2007 to 15 Apr 2011
        // (https://wikizero.org/wiki/en/Chair_of_the_Senate_of_Kazakhstan).
        var chair = History.ChairOn(ChamberKind.Senate, new LocalDate(2010, 1, 1));
        chair.Should().NotBeNull();
        chair!.Person.Id.Should().Be("kassym-jomart-tokayev");
        chair.Person.Name.English.Should().Be("Kassym-Jomart Tokayev");
        chair.Role.Should().Be(OfficeRole.Chair);
        chair.Term.Should().Be(new Term(new LocalDate(2007, 1, 11), new LocalDate(2011, 4, 15)));
        chair.Provenance.Sources.Should().NotBeEmpty();
        chair.Accession.Citation!.Article.Should().Be("Art. 58(1)");
    }

    [Fact]
    public void Mukhamedzhanov_chaired_the_Mazhilis_until_its_dissolution_on_20_June_2007()
    {
        // The President dissolved the Mazhilis on 20 Jun 2007; Oral Mukhamedzhanov was its chair from 3 Nov 2004
        // (https://en.wikipedia.org/wiki/Chairman_of_the_M%C3%A4jilis). The dataset's sittings are half-open: the
        // dissolution day is the first day the chamber no longer sits, and so the first day without a chair.
        var dissolution = new LocalDate(2007, 6, 20);
        History.ChairOn(ChamberKind.Mazhilis, dissolution.PlusDays(-1))!.Person.Id.Should().Be("oral-mukhamedzhanov");
        var after = History.ChairStatusOn(ChamberKind.Mazhilis, dissolution);
        after.Chair.Should().BeNull();
        after.Reason.Should().Be(NoChairReason.NotSitting);
        History.SittingOn(dissolution.PlusDays(-1)).Chamber(ChamberKind.Mazhilis)!.Sitting.Period.End.Should().Be(dissolution);
    }

    [Fact]
    public void Between_Nazarbayeva_and_Ashimbayev_the_Senate_chair_was_vacant()
    {
        // A decree of 2 May 2020 ended Nazarbayeva's powers; Ashimbayev was elected on 4 May 2020
        // (https://interfax.ru/amp/707208; https://www.inform.kz/en/kazakh-president-attends-senate-sitting_a3645897/amp).
        foreach (var day in new[] { new LocalDate(2020, 5, 2), new LocalDate(2020, 5, 3) })
        {
            var status = History.ChairStatusOn(ChamberKind.Senate, day);
            status.Chair.Should().BeNull();
            status.Reason.Should().Be(NoChairReason.Vacant);
            status.Explanation.Should().Contain("Dariga Nazarbayeva").And.Contain("Maulen Ashimbayev");
        }

        History.ChairOn(ChamberKind.Senate, new LocalDate(2020, 5, 4))!.Person.Id.Should().Be("maulen-ashimbayev");
    }

    [Fact]
    public void Ashimbayev_was_re_elected_Senate_chair_by_50_of_50_on_the_Presidents_nomination()
    {
        // NUR.KZ, 26 Jan 2023: 50 ballots issued, 50 for, none against; proposed by the President under Art. 58(1).
        var chair = History.ChairOn(ChamberKind.Senate, new LocalDate(2023, 1, 26))!;
        chair.Accession.Method.Should().Be(AccessionMethod.ElectedByChamber);
        chair.Accession.NominatedBy.Should().Be(OfficeNominator.President);
        chair.Accession.BallotsIssued.Should().Be(50);
        chair.Accession.VotesFor.Should().Be(50);
        chair.Accession.VotesAgainst.Should().Be(0);
        History.ChairStatusOn(ChamberKind.Senate, new LocalDate(2023, 1, 25)).Reason.Should().Be(NoChairReason.Vacant);
    }

    [Fact]
    public void Izmukhambetov_was_elected_Mazhilis_chair_by_107_votes_to_none_at_the_first_sitting_of_2016()
    {
        // Vestnik Kavkaza and Izdanie.info, 25 Mar 2016: 107 votes for, unanimously, at the first plenary meeting.
        var chair = History.ChairOn(ChamberKind.Mazhilis, new LocalDate(2016, 3, 25))!;
        chair.Person.Id.Should().Be("baktykozha-izmukhambetov");
        chair.Accession.VotesFor.Should().Be(107);
        chair.Accession.VotesAgainst.Should().Be(0);
        chair.Accession.ToString().Should().Be("ElectedByChamber, 107 for, 0 against");
        History.ChairStatusOn(ChamberKind.Mazhilis, new LocalDate(2016, 3, 24)).Reason.Should().Be(NoChairReason.NotSitting);
    }

    [Fact]
    public void A_chamber_the_constitution_does_not_provide_for_has_no_chair()
    {
        var senate1994 = History.ChairStatusOn(ChamberKind.Senate, new LocalDate(1994, 6, 1));
        senate1994.Reason.Should().Be(NoChairReason.NoSuchChamber);
        senate1994.Explanation.Should().Contain("Senate");
        History.ChairStatusOn(ChamberKind.Mazhilis, new LocalDate(2026, 7, 1)).Reason.Should().Be(NoChairReason.NoSuchChamber);
        History.ChairStatusOn(ChamberKind.Kurultai, new LocalDate(2020, 1, 1)).Reason.Should().Be(NoChairReason.NoSuchChamber);
    }

    [Fact]
    public void The_Kurultai_chair_is_unknown_after_the_data_is_verified_through()
    {
        var beyond = History.VerifiedThrough.PlusDays(60);
        var status = History.ChairStatusOn(ChamberKind.Kurultai, beyond);
        status.Chair.Should().BeNull();
        status.Reason.Should().Be(NoChairReason.Unknown);
        status.Explanation.Should().Contain("verified through");
        History.ChairStatusOn(ChamberKind.Kurultai, new LocalDate(2026, 7, 2)).Reason.Should().Be(NoChairReason.NotSitting);
    }

    [Fact]
    public void Between_the_two_Supreme_Councils_no_chamber_sat()
    {
        // The XII Supreme Soviet dissolved itself on 13 Dec 1993; the XIII was elected on 7 Mar 1994.
        History.ChairStatusOn(ChamberKind.SupremeCouncil, new LocalDate(1994, 1, 1)).Reason.Should().Be(NoChairReason.NotSitting);
        History.ChairOn(ChamberKind.SupremeCouncil, new LocalDate(1993, 12, 12))!.Person.Id.Should().Be("serikbolsyn-abdildin");
    }

    [Fact]
    public void A_gap_before_a_chair_first_known_in_office_is_unknown_not_vacant()
    {
        // Kekilbayev's first day as Chairman of the XIII Supreme Council is not established (see the term's note).
        var status = History.ChairStatusOn(ChamberKind.SupremeCouncil, new LocalDate(1994, 6, 1));
        status.Reason.Should().Be(NoChairReason.Unknown);
        status.Explanation.Should().Contain("Abish Kekilbayev");
    }

    [Fact]
    public void A_date_before_coverage_with_no_term_is_before_coverage()
    {
        History.ChairStatusOn(ChamberKind.Senate, History.CoverageStart.PlusDays(-1)).Reason.Should().Be(NoChairReason.BeforeCoverage);
        // Nazarbayev's term began before the coverage (22 Feb 1990), so that day has a chair
        // (https://wiki.riteme.site/wiki/1990_Kazakh_presidential_election).
        History.ChairOn(ChamberKind.SupremeCouncil, new LocalDate(1990, 2, 22))!.Person.Id.Should().Be("nursultan-nazarbayev");
    }

    [Fact]
    public void Each_sitting_chamber_exposes_its_chair_on_the_date()
    {
        var sitting = History.SittingOn(new LocalDate(2010, 1, 1));
        sitting.Chamber(ChamberKind.Senate)!.Chair!.Person.Id.Should().Be("kassym-jomart-tokayev");
        sitting.Chamber(ChamberKind.Mazhilis)!.Chair!.Person.Id.Should().Be("oral-mukhamedzhanov");
        var vacant = History.SittingOn(new LocalDate(2020, 5, 3)).Chamber(ChamberKind.Senate)!;
        vacant.Chair.Should().BeNull();
        vacant.ChairStatus!.Reason.Should().Be(NoChairReason.Vacant);
    }

    [Fact]
    public void People_are_found_by_id_and_every_term_names_a_known_person()
    {
        History.FindPerson("kassym-jomart-tokayev")!.Name.Russian.Should().Be("Касым-Жомарт Токаев");
        History.FindPerson("no-such-person").Should().BeNull();
        History.FindPerson(null).Should().BeNull();
        History.Offices.Should().OnlyContain(o => History.FindPerson(o.Person.Id) == o.Person);
        History.People.Should().OnlyContain(p => p.Name.Russian != null && p.Name.Kazakh != null && p.Provenance.Sources.Count > 0);
    }

    [Fact]
    public void Presiding_terms_of_one_chamber_never_overlap()
    {
        foreach (var group in History.Offices.Where(o => o.IsPresiding).GroupBy(o => o.Chamber))
        {
            var terms = group.OrderBy(o => o.Term.Start).ToList();
            for (var i = 1; i < terms.Count; i++)
            {
                terms[i - 1].Term.End.Should().NotBeNull();
                terms[i - 1].Term.End!.Value.Should().BeLessThanOrEqualTo(terms[i].Term.Start, $"{terms[i - 1].Id} ends before {terms[i].Id} starts");
            }
        }
    }

    [Fact]
    public void On_every_day_the_answer_agrees_with_the_terms_the_sittings_and_the_rules()
    {
        var end = History.VerifiedThrough.PlusDays(400);
        for (var day = History.CoverageStart; day <= end; day = day.PlusDays(1))
        {
            var sitting = History.SittingOn(day);
            var rules = History.RulesOn(day);
            foreach (var kind in Enum.GetValues<ChamberKind>())
            {
                var status = History.ChairStatusOn(kind, day);
                status.Date.Should().Be(day);
                status.Chamber.Should().Be(kind);
                (status.Chair is null).Should().Be(status.Reason is not null, $"{day} {kind}: a chair or a reason, never both or neither");
                if (status.Chair is { } chair)
                {
                    chair.Chamber.Should().Be(kind);
                    chair.IsPresiding.Should().BeTrue();
                    chair.Term.Contains(day).Should().BeTrue();
                }

                var chamberSitting = sitting.Chamber(kind);
                if (chamberSitting is not null)
                {
                    chamberSitting.ChairStatus.Should().Be(status);
                    status.Reason.Should().NotBe(NoChairReason.NotSitting).And.NotBe(NoChairReason.NoSuchChamber);
                }
                else
                {
                    status.Chair.Should().BeNull($"{day} {kind}: no one presides over a chamber that does not sit");
                    status.Reason.Should().NotBe(NoChairReason.Vacant);
                }

                if (status.Reason == NoChairReason.NoSuchChamber)
                {
                    rules.HasChamber(kind).Should().BeFalse();
                }
            }
        }
    }
}
