using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

/// <summary>
/// The Central Election Commission's published Mazhilis list seats, reproduced from the published vote shares.
/// </summary>
/// <remarks>
/// The CEC publishes shares in percent with two decimals. The "votes" below are those shares in hundredths of a
/// percent (53.90 % becomes 5390). Hare largest remainder and the threshold test are scale-invariant (multiplying
/// every vote count and the ballot total by the same factor changes no quotient, remainder order or threshold
/// outcome), so the rounded shares reproduce the seats as long as the rounding does not flip a remainder order,
/// which these cases show it does not. All ballots are 100.00 % = 10000.
/// </remarks>
public sealed partial class SeatAllocatorTests
{
    private static readonly AllocationOptions Rules1999To2007 = new(
        AllocationMethod.HareLargestRemainder, Threshold.Percent(7), ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins);

    private static readonly AllocationOptions Rules2009To2022 = new(
        AllocationMethod.HareLargestRemainder, Threshold.Percent(7), ThresholdBase.AllBallots, runnerUpAdmission: true, TiePolicy.EarlierRegistrationWins);

    internal static AllocationInput Mazhilis2023() => Input(
        69,
        10000,
        ("Amanat", 5390),
        ("Auyl", 1090),
        ("Respublica", 859),
        ("Ak Zhol", 841),
        ("People's Party", 680),
        ("OSDP", 520),
        ("Baytaq", 230));

    // The remaining 3.90 % were votes "against all", which count in the 5 % base (all ballots = 100.00 %).
    // Source: https://astanatimes.com/2023/03/six-parties-elected-to-parliament-according-to-final-results-of-central-election-commission/
    /// <summary>Hare reproduces the 2023 Mazhilis list seats.</summary>
    [Fact]
    public void Hare_reproduces_the_2023_Mazhilis_list_seats()
    {
        var result = SeatAllocator.Allocate(Mazhilis2023(), AllocationOptions.Kazakhstan2023);

        Seats(result).Should().Equal(40, 8, 6, 6, 5, 4, 0);
        result.IsDecided.Should().BeTrue();
        result.Ties.Should().BeEmpty();
        result.ListFor("Baytaq").PassedThreshold.Should().BeFalse();
        result.ThresholdVotes.Should().Be(500);
        result.EligibleVotes.Should().Be(9380);
        result.Quota.Should().Be(new Rational(9380, 69));
    }

    // Source: https://astanatimes.com/2023/03/six-parties-elected-to-parliament-according-to-final-results-of-central-election-commission/
    /// <summary>The 2023 quotients and remainders explain the two remainder seats.</summary>
    [Fact]
    public void The_2023_quotients_and_remainders_explain_the_two_remainder_seats()
    {
        var result = SeatAllocator.Allocate(Mazhilis2023(), AllocationOptions.Kazakhstan2023);

        result.Lists.Select(l => l.Quotient).Should().Equal(39, 8, 6, 6, 5, 3, null);
        var osdp = result.ListFor("OSDP");
        osdp.QuotaShare.Should().Be(new Rational(520 * 69, 9380));
        osdp.Remainder.Should().Be(new Rational(2580, 23));
        result.ListFor("Amanat").Remainder.Should().Be(new Rational(2030, 23));
        result.ListFor("Baytaq").QuotaShare.Should().BeNull();
    }

    // Source: https://astanatimes.com/2023/03/six-parties-elected-to-parliament-according-to-final-results-of-central-election-commission/
    /// <summary>D'Hondt would have given the 2023 votes a different result.</summary>
    [Fact]
    public void DHondt_would_have_given_the_2023_votes_a_different_result()
    {
        var options = new AllocationOptions(
            AllocationMethod.DHondt, Threshold.Percent(5), ThresholdBase.AllBallots, runnerUpAdmission: false, TiePolicy.EarlierRegistrationWins);

        var result = SeatAllocator.Allocate(Mazhilis2023(), options);

        // D'Hondt favours the largest list: Amanat's 41st average 5390/41 ≈ 131.46 beats OSDP's 4th, 520/4 = 130.
        Seats(result).Should().Equal(41, 8, 6, 6, 5, 3, 0);
        result.Awards.Should().HaveCount(69);
        result.Awards[^1].ListId.Should().Be("Amanat");
        result.Awards[^1].Average.Should().Be(new Rational(5390, 41));
    }

    // Source: https://astanatimes.com/2021/01/kazakh-parliamentary-election-central-election-commission-announces-final-results/
    /// <summary>Hare reproduces the 2021 Mazhilis list seats.</summary>
    [Fact]
    public void Hare_reproduces_the_2021_Mazhilis_list_seats()
    {
        var input = Input(98, 10000, ("Nur Otan", 7109), ("Ak Zhol", 1095), ("People's Party", 910), ("Auyl", 529), ("Adal", 357));

        var result = SeatAllocator.Allocate(input, Rules2009To2022);

        Seats(result).Should().Equal(76, 12, 10, 0, 0);
        result.Lists.Count(l => l.PassedThreshold).Should().Be(3);
    }

    // Source: https://en.inform.kz/news/nur-otan-wins-parliamentary-elections-with-82-2-of-votes-and-84-seats-in-majilis_a2884113/
    /// <summary>Hare reproduces the 2016 Mazhilis list seats.</summary>
    [Fact]
    public void Hare_reproduces_the_2016_Mazhilis_list_seats()
    {
        // The other 3.48 % went to lists below the threshold; they are part of all ballots.
        var input = Input(98, 10000, ("Nur Otan", 8220), ("Ak Zhol", 718), ("Communist People's Party", 714));

        var result = SeatAllocator.Allocate(input, Rules2009To2022);

        Seats(result).Should().Equal(84, 7, 7);
    }

    // Source: https://uk.reuters.com/article/kazakhstan-election-results-idUKL6E8CH2Z420120117
    /// <summary>Hare reproduces the 2012 Mazhilis list seats.</summary>
    [Fact]
    public void Hare_reproduces_the_2012_Mazhilis_list_seats()
    {
        var input = Input(98, 10000, ("Nur Otan", 8099), ("Ak Zhol", 747), ("CPPK", 719));

        var result = SeatAllocator.Allocate(input, Rules2009To2022);

        Seats(result).Should().Equal(83, 8, 7);
        result.Lists.Should().OnlyContain(l => l.PassedThreshold && !l.AdmittedAsRunnerUp);
    }

    // Source: http://archive.ipu.org/parline-e/reports/arc/2165_07.htm
    // OSDP won "almost 5 %" (exact share not given there), so only the two known lists are entered; the
    // rest of the ballots is in the 10000 total. Before the 2009 runner-up rule, Nur Otan took all 98 seats.
    /// <summary>Hare reproduces the 2007 Mazhilis list seats.</summary>
    [Fact]
    public void Hare_reproduces_the_2007_Mazhilis_list_seats()
    {
        var input = Input(98, 10000, ("Nur Otan", 8841), ("Ak Zhol", 310));

        var result = SeatAllocator.Allocate(input, Rules1999To2007);

        Seats(result).Should().Equal(98, 0);
        result.ListFor("Ak Zhol").IsEligible.Should().BeFalse();
    }

    // Source for the votes: http://archive.ipu.org/parline-e/reports/arc/2165_07.htm
    // Hypothetical: with only these two lists known, the 2009 rule would have admitted Ak Zhol as runner-up.
    // (In reality OSDP, with "almost 5 %", had more votes and would have been the runner-up.)
    /// <summary>The 2009 runner up rule would have admitted a second list in 2007.</summary>
    [Fact]
    public void The_2009_runner_up_rule_would_have_admitted_a_second_list_in_2007()
    {
        var input = Input(98, 10000, ("Nur Otan", 8841), ("Ak Zhol", 310));

        var result = SeatAllocator.Allocate(input, Rules2009To2022);

        result.ListFor("Ak Zhol").AdmittedAsRunnerUp.Should().BeTrue();
        result.ListFor("Ak Zhol").PassedThreshold.Should().BeFalse();
        // 8841 × 98 / 9151 = 94.68 and 310 × 98 / 9151 = 3.32: quotients 94 + 3, the last seat to Nur Otan (0.68 > 0.32).
        Seats(result).Should().Equal(95, 3);
    }

    // Wikipedia's textbook example (https://en.wikipedia.org/wiki/Largest_remainders_method): 10 seats, 100,000 votes.
    /// <summary>Hare, D'Hondt and Sainte-Laguë give three different seat vectors in a textbook case.</summary>
    [Fact]
    public void Hare_DHondt_and_Sainte_Lague_give_three_different_seat_vectors_in_a_textbook_case()
    {
        var input = Input(10, null, ("A", 47000), ("B", 16000), ("C", 15800), ("D", 12000), ("E", 6100), ("F", 3100));

        var hare = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.HareLargestRemainder));
        var dHondt = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.DHondt));
        var sainteLague = SeatAllocator.Allocate(input, NoThreshold(AllocationMethod.SainteLague));

        // Hare: quota 10000; quotients 4,1,1,1,0,0; remainders .70 (A), .61 (E), .60 (B) take the last 3 seats.
        Seats(hare).Should().Equal(5, 2, 1, 1, 1, 0);
        // D'Hondt: the 10th highest average is C's 15800/2 = 7900 (A's 47000/6 ≈ 7833 misses).
        Seats(dHondt).Should().Equal(5, 2, 2, 1, 0, 0);
        // Sainte-Laguë: the 10th highest average is C's 15800/3 ≈ 5267 (A's 47000/9 ≈ 5222 misses).
        Seats(sainteLague).Should().Equal(4, 2, 2, 1, 1, 0);
    }

    internal static AllocationOptions NoThreshold(AllocationMethod method, TiePolicy tiePolicy = TiePolicy.EarlierRegistrationWins) =>
        new(method, Threshold.None, ThresholdBase.ValidListVotes, runnerUpAdmission: false, tiePolicy);

    /// <summary>Lists registered in the order given (1, 2, 3, ...).</summary>
    internal static AllocationInput Input(int seats, long? allBallots, params (string Id, long Votes)[] lists) =>
        new(seats, lists.Select((l, i) => new PartyListVotes(l.Id, l.Votes, i + 1)), allBallots);

    internal static int[] Seats(AllocationResult result) => [.. result.Lists.Select(l => l.Seats)];
}
