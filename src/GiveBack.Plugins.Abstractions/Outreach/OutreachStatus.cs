namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>What became of a message.</summary>
public enum OutreachStatus
{
    /// <summary>Handed over to the channel's transport.</summary>
    Delivered = 0,

    /// <summary>Could not be delivered; see the detail.</summary>
    Failed = 1,

    /// <summary>Nothing was sent because the donor did not consent to this channel.</summary>
    OptedOut = 2,
}
