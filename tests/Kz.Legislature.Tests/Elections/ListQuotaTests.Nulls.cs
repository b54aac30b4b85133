using Kz.Legislature.Elections;

namespace Kz.Legislature.Tests.Elections;

public sealed partial class ListQuotaTests
{
    /// <summary>Checking no parties at all still requires a quota: the null quota is refused before the parties are read.</summary>
    [Fact]
    public void Checking_no_parties_without_a_quota_is_refused()
    {
        FluentActions.Invoking(() => ListQuota.Check(null!, Election2023, Array.Empty<PartySeatHolders>()))
            .Should().Throw<ArgumentNullException>().WithParameterName("quota");
        ListQuota.Check(Quota2023, Election2023, Array.Empty<PartySeatHolders>()).Should().BeEmpty();
    }
}
