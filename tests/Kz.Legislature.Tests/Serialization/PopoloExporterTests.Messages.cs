using Kz.Legislature.History;
using Kz.Legislature.Serialization;

namespace Kz.Legislature.Tests.Serialization;

/// <summary>The exporter's wire names for end reasons, office roles and seat holders, its office posts, and its exact errors for undefined values.</summary>
public sealed partial class PopoloExporterTests
{
    [Theory]
    [InlineData(MandateEndReason.TermExpiry, "term_expiry")]
    [InlineData(MandateEndReason.Dissolution, "dissolution")]
    [InlineData(MandateEndReason.Resignation, "resignation")]
    [InlineData(MandateEndReason.Death, "death")]
    [InlineData(MandateEndReason.LossOfPartyMembership, "loss_of_party_membership")]
    [InlineData(MandateEndReason.ConstitutionalTermination, "constitutional_termination")]
    [InlineData(MandateEndReason.EarlyTerminationByPresident, "early_termination_by_president")]
    [InlineData(MandateEndReason.Recall, "recall")]
    [InlineData(MandateEndReason.IncompatibleOffice, "incompatible_office")]
    [InlineData(MandateEndReason.OtherLegalGround, "other_legal_ground")]
    public void Every_end_reason_has_its_snake_case_wire_name(MandateEndReason reason, string name) =>
        PopoloExporter.EndReasonName(reason).Should().Be(name);

    [Fact]
    public void An_undefined_end_reason_office_role_or_holder_kind_is_refused_with_its_value()
    {
        var reason = FluentActions.Invoking(() => PopoloExporter.EndReasonName((MandateEndReason)99)).Should().Throw<ArgumentOutOfRangeException>().Which;
        var role = FluentActions.Invoking(() => PopoloExporter.RoleName((OfficeRole)99)).Should().Throw<ArgumentOutOfRangeException>().Which;
        var slug = FluentActions.Invoking(() => PopoloExporter.OfficePost(ChamberKind.Senate, (OfficeRole)99)).Should().Throw<ArgumentOutOfRangeException>().Which;
        var holder = FluentActions.Invoking(() => PopoloExporter.HolderClassification((SeatHolderKind)99)).Should().Throw<ArgumentOutOfRangeException>().Which;

        reason.Message.Should().Be("99 is not a defined end reason.");
        reason.ParamName.Should().Be("reason");
        role.Message.Should().Be("99 is not a defined office role.");
        role.ParamName.Should().Be("role");
        slug.Message.Should().Be("99 is not a defined office role.");
        slug.ParamName.Should().Be("role");
        holder.Message.Should().Be("99 is not a defined seat holder kind.");
        holder.ParamName.Should().Be("holder");
    }

    [Fact]
    public void Every_office_role_has_its_label_and_post()
    {
        PopoloExporter.RoleName(OfficeRole.Chair).Should().Be("Chair");
        PopoloExporter.RoleName(OfficeRole.DeputyChair).Should().Be("Deputy Chair");
        PopoloExporter.RoleName(OfficeRole.ActingChair).Should().Be("Acting Chair");
        PopoloExporter.OfficePost(ChamberKind.Senate, OfficeRole.Chair).Should().Be("kz-legislature:post/senate/office/chair");
        PopoloExporter.OfficePost(ChamberKind.Mazhilis, OfficeRole.DeputyChair).Should().Be("kz-legislature:post/mazhilis/office/deputy-chair");
        PopoloExporter.OfficePost(ChamberKind.SupremeCouncil, OfficeRole.ActingChair).Should().Be("kz-legislature:post/supreme-council/office/acting-chair");
    }

    [Fact]
    public void An_office_post_is_told_from_a_seat_post_of_its_own_chamber_only()
    {
        PopoloExporter.IsOfficePost("kz-legislature:post/senate/office/chair", ChamberKind.Senate).Should().BeTrue();
        PopoloExporter.IsOfficePost("kz-legislature:post/senate/office/chair", ChamberKind.Mazhilis).Should().BeFalse();
        PopoloExporter.IsOfficePost("kz-legislature:post/senate/appointed-by-president/1", ChamberKind.Senate).Should().BeFalse();
    }

    [Theory]
    [InlineData(SeatHolderKind.Party, "party")]
    [InlineData(SeatHolderKind.Independent, "independent")]
    [InlineData(SeatHolderKind.SelfNominated, "self-nominated")]
    [InlineData(SeatHolderKind.Group, "group")]
    [InlineData(SeatHolderKind.Unknown, "unknown")]
    public void Every_seat_holder_kind_has_its_classification(SeatHolderKind holder, string classification) =>
        PopoloExporter.HolderClassification(holder).Should().Be(classification);
}
