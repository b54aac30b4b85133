using Kz.Legislature.History;
using Kz.Legislature.Procedure;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Procedure;

/// <summary>Real recorded votes, decided with the rules of their day: each passed, as it did.</summary>
public partial class DecisionRuleTests
{
    [Fact]
    public void The_2022_amendment_passed_at_the_joint_sitting_with_50_senators_and_99_Mazhilis_deputies()
    {
        // 16 Sep 2022, single seven-year presidential term: Senate 50 yes, Mazhilis 99 yes, none against or abstaining.
        // Sources: https://interfax.com/newsroom/top-stories/83153/ ; https://interfax.com.ua/news/general/859234-amp.html
        var rule = History.DecisionOn(new LocalDate(2022, 9, 16), DecisionKind.ConstitutionalAmendment);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Senate, 50, 0), new ChamberVote(ChamberKind.Mazhilis, 99, 0)]);

        outcome.Passed.Should().BeTrue();
        outcome.Stages.Single(s => s.Chamber == ChamberKind.Mazhilis).RequiredYes.Should().Be(81, "three quarters of the 107 seats of the sitting Mazhilis");
        outcome.Explain().Should().Contain("Art. 62(3)");
    }

    [Fact]
    public void Izmukhambetov_was_elected_chair_of_the_Mazhilis_by_107_to_0()
    {
        // 25 Mar 2016: 107 yes, 0 against. Source: http://izdanie.info/spikerom-nizhnej-palaty-parlamenta-kazaxstana-izbran-glava-izmuxambetov
        var outcome = History.DecisionOn(new LocalDate(2016, 3, 25), DecisionKind.ElectionOfChair, DecisionSubject.ChairOfMazhilis)
            .Decide([new ChamberVote(ChamberKind.Mazhilis, 107, 0)]);

        outcome.Passed.Should().BeTrue();
        outcome.Stages[0].RequiredYes.Should().Be(54);
    }

    [Fact]
    public void Ashimbayev_was_re_elected_chair_of_the_Senate_by_50_of_50()
    {
        // 26 Jan 2023: 50 ballots, 50 yes, 0 against, 0 abstained.
        // Sources: https://nur.kz/politics/appointments/2006847-senatory-podderzhali-kandidaturu-ashimbaeva-na-post-glavy-senata ;
        // https://vlast.kz/kz/amp/novosti/53602-asimbaeva-edinoglasno-izbrali-spikerom-senata.html
        var outcome = History.DecisionOn(new LocalDate(2023, 1, 26), DecisionKind.ElectionOfChair, DecisionSubject.ChairOfSenate)
            .Decide([new ChamberVote(ChamberKind.Senate, 50, 0, 0, present: 50)]);

        outcome.Passed.Should().BeTrue();
        outcome.Stages[0].RequiredYes.Should().Be(26);
    }

    [Theory]
    // 25 Feb 2019, Mamin: 106 present, 106 yes. Source: https://ru.sputnik.kz/politics/20190225/9427906/golosovanie-askar-mamin.html
    [InlineData(2019, 2, 25, 106, 0, 0, 106, 54)]
    // 15 Jan 2021, Mamin: 99 took part, 78 yes, 21 abstained. Sources: https://khabar.kz/ru/news/politika/item/131126-mazhilis-odobril-kandidaturu-a-mamina-na-post-premer-ministra ;
    // https://khovar.tj/rus/2021/01/mazhilis-kazahstana-odobril-kandidaturu-mamina-na-post-premera
    [InlineData(2021, 1, 15, 78, 0, 21, 99, 54)]
    // 30 Mar 2023, Smailov: 97 took part, 82 yes, 7 no, 8 abstained. Sources: https://www.ktk.kz/ru/newsfeed/article/2023/03/30/238888 ;
    // https://news.rambler.ua/world/50460877-parlament-kazahstana-odobril-kandidaturu-alihana-smailova-na-post-premera/amp
    [InlineData(2023, 3, 30, 82, 7, 8, 97, 50)]
    public void The_Mazhilis_consented_to_the_Prime_Minister_by_a_majority_of_its_seats(int y, int m, int d, int yes, int no, int abstained, int present, int required)
    {
        var outcome = History.DecisionOn(new LocalDate(y, m, d), DecisionKind.ConsentToAppointment, DecisionSubject.PrimeMinister)
            .Decide([new ChamberVote(ChamberKind.Mazhilis, yes, no, abstained, present)]);

        outcome.Passed.Should().BeTrue();
        outcome.Stages[0].RequiredYes.Should().Be(required);
        outcome.Explain().Should().Contain("Art. 56(1)(2)");
    }

    [Fact]
    public void Dariga_Nazarbayeva_was_elected_chair_of_the_Senate_by_the_44_senators_present()
    {
        // 20 Mar 2019: all 44 senators present voted yes. Source: https://glasnews.bg/ot-poslednite-minuti/tass-dashteriata-nursultan-nazarbaev-e-izbrana-predsedatel-339912/
        var rule = History.DecisionOn(new LocalDate(2019, 3, 20), DecisionKind.ElectionOfChair, DecisionSubject.ChairOfSenate);

        var outcome = rule.Decide([new ChamberVote(ChamberKind.Senate, 44, 0, 0, present: 44)]);

        outcome.Passed.Should().BeTrue();
        outcome.Stages[0].RequiredYes.Should().Be((rule.SeatsOf(ChamberKind.Senate)!.Value / 2) + 1);
    }
}
