

namespace GiveBack.Domain.Outreach;

/// <summary>The kinds of message the product queues to donors: each sender's own, one list so none collides.</summary>

public static class OutreachKinds
{
    public const string PledgeReminder = "pledge-reminder";
    public const string PledgeFollowUp = "pledge-follow-up";
    public const string LybuntAppeal = "lybunt-appeal";
    public const string RecurringGiftFollowUp = "recurring-gift-follow-up";

    /// <summary>A giving statement for a period, one per donor and period (reference <c>{from}..{to}:{donorId}</c>).</summary>
    public const string GivingStatement = "giving-statement";

    /// <summary>A giving day's invitation to a donor to be an ambassador, with their link (reference: the ambassador's id).</summary>
    public const string AmbassadorInvitation = "ambassador-invitation";

    /// <summary>A staff member's nudge to an ambassador, with their figures so far (reference <c>{ambassadorId}:{key}</c>).</summary>
    public const string AmbassadorNudge = "ambassador-nudge";

    /// <summary>Thanks to an ambassador after each gift their link brought (reference: the gift's id).</summary>
    public const string AmbassadorThankYou = "ambassador-thank-you";
}
