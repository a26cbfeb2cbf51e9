namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>What a message is for. The host renders the subject and bodies; a channel may use the kind to route or shorten.</summary>
public enum MessageKind
{
    /// <summary>Thanks for a gift, with its receipt attached where one was issued.</summary>
    ThankYou = 0,

    /// <summary>A receipt for a gift (tax receipt where applicable), e.g. a replacement after a refund.</summary>
    Receipt = 1,

    /// <summary>A reminder, e.g. of a pledge installment that falls due soon.</summary>
    Reminder = 2,

    /// <summary>An appeal for a gift, e.g. to a donor who gave last year but not yet this year.</summary>
    Appeal = 3,

    /// <summary>A newsletter.</summary>
    Newsletter = 4,

    /// <summary>A follow-up of something still open, e.g. a pledge installment past due.</summary>
    FollowUp = 5,

    /// <summary>A payment could not be taken, e.g. a monthly gift's card was declined.</summary>
    PaymentFailed = 6,

    /// <summary>An account message to a staff user, e.g. a password reset link.</summary>
    Account = 7,
}
