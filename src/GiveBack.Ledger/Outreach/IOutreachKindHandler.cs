using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Ledger.Outreach;

/// <summary>
/// What the module that owns a kind of message knows about it, so the outreach module needs no knowledge of pledges or
/// receipts: the files to attach, and what to record once a channel accepted the message (e.g. stamp the installment's
/// <c>reminder_sent_at</c>). Registered by that module as a singleton; kinds without a handler send no attachment and
/// record nothing beyond the message's own status.
/// </summary>
public interface IOutreachKindHandler
{
    bool Owns(string kind);

    /// <summary>Called before each attempt; an exception fails the attempt (it is retried like a failed send).</summary>
    Task<IReadOnlyList<OutreachAttachment>> AttachmentsAsync(QueuedMessage message, CancellationToken cancellationToken);

    /// <summary>Called once, after a channel accepted the message and it was recorded <c>sent</c>; must be idempotent.</summary>
    Task OnSentAsync(QueuedMessage message, CancellationToken cancellationToken);
}
