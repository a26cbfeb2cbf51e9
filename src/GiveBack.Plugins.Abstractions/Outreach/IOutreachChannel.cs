namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>Delivers a message to a donor on one channel (email, SMS, a chat tool…), honouring the donor's consent.</summary>
/// <remarks>
/// A channel must check <see cref="OutreachRecipient.HasConsentedTo"/> for its <see cref="Channel"/> and, without
/// consent, send nothing and return <see cref="OutreachResult.OptedOut"/>. The
/// channel transports what the host rendered (<see cref="OutreachMessage.Subject"/>, <see cref="OutreachMessage.Text"/>,
/// <see cref="OutreachMessage.Html"/>, attachments); it does not word messages itself.
/// </remarks>
public interface IOutreachChannel
{
    /// <summary>The channel name, which is also the consent key, e.g. <c>email</c>.</summary>
    string Channel { get; }

    /// <summary>Sends one message.</summary>
    /// <param name="message">What to send to whom.</param>
    /// <param name="cancellationToken">Cancelled on timeout or shutdown.</param>
    /// <returns>Delivered, failed (with a reason) or opted out.</returns>
    Task<OutreachResult> SendAsync(OutreachMessage message, CancellationToken cancellationToken);
}
