namespace GiveBack.Ledger.Outreach;

/// <summary>
/// Where every module asks for a message to be sent; the outreach module owns the queue and sends what is in it.
/// Queuing the same (kind, reference) twice is a no-op, so a job that reruns after a crash or a misfire, or a replayed
/// webhook, never sends twice.
/// </summary>
public interface IOutreachOutbox
{
    /// <summary>True when the message is new; false when it was queued before.</summary>
    Task<bool> TryQueueAsync(OutreachRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes back the message of <paramref name="kind"/> and <paramref name="reference"/> if no channel has it yet. True
    /// when the donor may have it: it was sent, or a dispatcher is sending it now.
    /// </summary>
    Task<bool> WithdrawUnsentAsync(string kind, string reference, string reason, CancellationToken cancellationToken = default);
}
