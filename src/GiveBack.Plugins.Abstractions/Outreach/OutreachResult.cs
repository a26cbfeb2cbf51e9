namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>The outcome of sending a message.</summary>
/// <param name="Status">Delivered, failed or opted out.</param>
/// <param name="Detail">A reason for a failure, or the transport's message id for a delivery.</param>
public sealed record OutreachResult(OutreachStatus Status, string? Detail)
{
    /// <summary>The message was delivered.</summary>
    /// <param name="transportId">The transport's id for the message, if it gives one.</param>
    /// <returns>A delivered result.</returns>
    public static OutreachResult Delivered(string? transportId = null) => new(OutreachStatus.Delivered, transportId);

    /// <summary>The message could not be delivered.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>A failed result.</returns>
    public static OutreachResult Failed(string reason) => new(OutreachStatus.Failed, reason);

    /// <summary>Nothing was sent because the donor did not consent to the channel.</summary>
    /// <returns>An opted-out result.</returns>
    public static OutreachResult OptedOut() => new(OutreachStatus.OptedOut, null);
}
