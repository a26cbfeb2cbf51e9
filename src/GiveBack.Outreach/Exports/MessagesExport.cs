using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Outreach.Exports;

/// <summary>The messages GiveBack queued and sent to donors (and to staff about donors), with their outcome.</summary>
public sealed class MessagesExport(IDbContextFactory<OutreachDbContext> contexts) : IRecordExport
{
    public string Name => "messages";

    public string Description => "One row per outreach message: thank-yous, receipts, reminders, appeals, statements.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("message_id", "GiveBack's id of the message"),
        new("donor_id", "the donor it is to or about (donors.csv)"),
        new("recipient", "donor, or staff for a message to staff about the donor"),
        new("kind", "what it is: thank-you, receipt, pledge-reminder, appeal…"),
        new("language", "the language it was written in"),
        new("channel", "the channel it went through, e.g. email"),
        new("status", "queued, sent, failed, opted-out, no-channel, dead or withdrawn"),
        new("subject", "the subject it was sent with"),
        new("created_at", "when it was queued"),
        new("sent_at", "when the channel accepted it"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = db.OutreachMessages.AsNoTracking().Where(m => donorId == null || m.DonorId == donorId).OrderBy(m => m.Id);
        await foreach (var m in messages.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [m.MessageId, m.DonorId, m.RecipientKind, m.Kind, m.Language, m.Channel, m.Status, m.Subject, m.CreatedAt, m.SentAt];
        }
    }
}
