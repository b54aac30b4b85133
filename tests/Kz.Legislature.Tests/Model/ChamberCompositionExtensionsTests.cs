using Kz.Legislature.Tests.Support;

namespace Kz.Legislature.Tests.Model;

public sealed partial class ChamberCompositionExtensionsTests
{
    private static readonly LocalDate Date = new(2024, 1, 1);
    /// <summary>The composition builders reject null arguments by name, before touching the mandates.</summary>
    [Fact]
    public void composition_builders_name_null_arguments()
    {
        var senate = new Senate(Date, [Synthetic.Senator(1), Synthetic.Senator(2)]);
        Senate none = null!;
        FluentActions.Invoking(() => none.WithMandates([Synthetic.Senator(3)])).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => senate.WithMandates(null!)).Should().Throw<ArgumentNullException>().WithParameterName("mandates");
        FluentActions.Invoking(() => none.WithoutDeputy("d-001")).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => senate.WithoutDeputy(null!)).Should().Throw<ArgumentNullException>().WithParameterName("deputyId");
        FluentActions.Invoking(() => none.WithMandatesReplaced(_ => true, m => m)).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => senate.WithMandatesReplaced(null!, m => m)).Should().Throw<ArgumentNullException>().WithParameterName("predicate");
        FluentActions.Invoking(() => senate.WithMandatesReplaced(_ => true, null!)).Should().Throw<ArgumentNullException>().WithParameterName("replace");
        FluentActions.Invoking(() => none.WithDate(Date)).Should().Throw<ArgumentNullException>().WithParameterName("composition");
        FluentActions.Invoking(() => none.On(Date)).Should().Throw<ArgumentNullException>().WithParameterName("composition");
    }
}
