using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Outreach;
using GiveBack.Pledges.Store;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Pledges.Outreach;

/// <summary>
/// The messages about an installment: what is queued (typed values, no wording: the outreach module's templates word
/// it), and how its reference names the installment again when the message is sent.
/// </summary>
public static class PledgeOutreach
{
    public static OutreachRequest Reminder(DueInstallment installment) =>
        Request(OutreachKinds.PledgeReminder, MessageKind.Reminder, installment);

    public static OutreachRequest FollowUp(DueInstallment installment) =>
        Request(OutreachKinds.PledgeFollowUp, MessageKind.FollowUp, installment);

    public static string ReferenceOf(Guid pledgeId, int number) => $"{pledgeId}:{number}";

    /// <summary>The installment a reference names; false for a reference this module did not write.</summary>
    public static bool TryParseReference(string reference, out Guid pledgeId, out int number)
    {
        number = 0;
        var parts = reference.Split(':');
        return Guid.TryParse(parts[0], out pledgeId)
            && parts.Length == 2
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    private static OutreachRequest Request(string kind, MessageKind messageKind, DueInstallment installment) => new(
        kind,
        ReferenceOf(installment.PledgeId, installment.Number),
        installment.DonorId,
        messageKind,
        new OutreachValues()
            .Text("installment", installment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Money("amount", installment.OwedAmount, installment.Currency)
            .Date("due_date", installment.DueOn)
            .Text("campaign", installment.CampaignName));
}
