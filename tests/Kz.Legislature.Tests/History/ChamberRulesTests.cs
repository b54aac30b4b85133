using Kz.Legislature.History;
using Kz.Legislature.History.Loading;
using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.History;

/// <summary>The rule records describe themselves and reject duplicate seat sources and chambers; the data exception keeps its reason.</summary>
public sealed partial class ChamberRulesTests
{
    private static readonly Provenance OneSource = new([new SourceReference(new Uri("https://example.org/a"), "A")], Confidence.High);

    private static ChamberRules Chamber(ChamberKind kind, params SeatAllotment[] plan) =>
        new(kind, plan, null, null, EligibilityRules.Unknown, [], null, null, null, OneSource);

    /// <summary>The Senate of 2023 reads as its seat plan (source: the embedded dataset's 2022 amendments).</summary>
    [Fact]
    public void chamber_rules_read_as_their_seat_plan()
    {
        SessionHistory.Current.RulesOn(new LocalDate(2023, 6, 1)).Chamber(ChamberKind.Senate).ToString()
            .Should().Be("Senate 50 = Elected by maslikhat deputies 40 + Appointed by the President 5 + Appointed by the President on the Assembly of People's proposal 5");
    }

    /// <summary>A seat source appears once in a plan, a chamber once in a rule set.</summary>
    [Fact]
    public void duplicates_are_rejected()
    {
        FluentActions.Invoking(() => Chamber(ChamberKind.Senate, new SeatAllotment(SeatSource.AppointedByPresident, 5), new SeatAllotment(SeatSource.AppointedByPresident, 5)))
            .Should().Throw<ArgumentException>().WithParameterName("seatPlan").WithMessage("Each seat source may appear only once in a seat plan.*");

        var instrument = SessionHistory.Current.Instruments[0];
        var term = new Term(new LocalDate(2024, 1, 1), null);
        FluentActions.Invoking(() => new LegislatureRules("r", term, term, instrument, LegislatureForm.Bicameral, [Chamber(ChamberKind.Senate), Chamber(ChamberKind.Senate)], OneSource))
            .Should().Throw<ArgumentException>().WithParameterName("chambers").WithMessage("Each chamber may appear only once.*");
    }

    /// <summary>The general-purpose constructors of the data exception keep the message as the reason.</summary>
    [Fact]
    public void data_exception_constructors_keep_the_reason()
    {
        var plain = new LegislativeDataException();
        plain.Message.Should().Be("The legislative dataset is invalid.");
        plain.Reason.Should().Be("The legislative dataset is invalid.");
        plain.FileName.Should().BeNull();

        new LegislativeDataException("bad").Reason.Should().Be("bad");

        var inner = new InvalidOperationException("cause");
        var wrapped = new LegislativeDataException("bad", inner);
        wrapped.Reason.Should().Be("bad");
        wrapped.InnerException.Should().BeSameAs(inner);

        new LegislativeDataException("f.json", "$.x", "why").Message.Should().Be("f.json: $.x: why");
    }

    /// <summary>The reader itself rejects a null stream by name.</summary>
    [Fact]
    public void the_reader_rejects_a_null_stream()
    {
        FluentActions.Invoking(() => DatasetLoader.Read(null!, "f.json")).Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }
}
