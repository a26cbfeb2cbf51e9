namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>What a message is for; each kind has its own template.</summary>
public enum MessageKind
{
    /// <summary>Thanks for a gift.</summary>
    ThankYou = 0,

    /// <summary>A receipt for a gift (tax receipt where applicable).</summary>
    Receipt = 1,

    /// <summary>A reminder, e.g. of a pledge installment that is due.</summary>
    Reminder = 2,

    /// <summary>An appeal for a gift.</summary>
    Appeal = 3,

    /// <summary>A newsletter.</summary>
    Newsletter = 4,
}
