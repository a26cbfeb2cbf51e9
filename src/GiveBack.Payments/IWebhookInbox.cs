namespace GiveBack.Payments;

/// <summary>
/// Receives the processor's signed webhook: verifies it, stores the raw event once (by its id) and returns at once;
/// a background processor turns stored events into product records, so a crash after the answer loses nothing.
/// </summary>
public interface IWebhookInbox
{
    Task<WebhookOutcome> ReceiveAsync(string payload, string? signatureHeader, CancellationToken cancellationToken = default);
}
