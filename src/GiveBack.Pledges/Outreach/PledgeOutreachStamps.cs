using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Outreach;
using GiveBack.Pledges.Store;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Pledges.Outreach;

/// <summary>
/// Stamps an installment's <c>reminder_sent_at</c> or <c>follow_up_sent_at</c> once its message was accepted by a
/// channel — never when it was only queued, failed or was not sent for lack of consent or channel.
/// </summary>
public sealed class PledgeOutreachStamps(InstallmentCalendar calendar) : IOutreachKindHandler
{
    public bool Owns(string kind) => kind is OutreachKinds.PledgeReminder or OutreachKinds.PledgeFollowUp;

    public Task<IReadOnlyList<OutreachAttachment>> AttachmentsAsync(QueuedMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutreachAttachment>>([]);

    public async Task OnSentAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!PledgeOutreach.TryParseReference(message.Reference, out var pledgeId, out var number))
        {
            return;
        }

        if (message.Kind == OutreachKinds.PledgeReminder)
        {
            await calendar.StampReminderAsync(pledgeId, number, cancellationToken);
        }
        else
        {
            await calendar.StampFollowUpAsync(pledgeId, number, cancellationToken);
        }
    }
}
