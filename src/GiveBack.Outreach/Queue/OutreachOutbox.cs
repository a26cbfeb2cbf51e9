using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Staff;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Outreach.Queue;

/// <summary>
/// The outreach module's side of <see cref="IOutreachOutbox"/>: one row in <c>outreach_messages</c> per message, unique
/// on (kind, reference). The dispatcher sends what is queued here. Messages to staff (<see cref="IStaffOutbox"/>) join
/// the same table, addressed to a staff e-mail instead of a donor.
/// </summary>
internal sealed class OutreachOutbox(IDbContextFactory<OutreachDbContext> contexts, TimeProvider clock) : IOutreachOutbox, IStaffOutbox
{
    /// <inheritdoc/>
    public Task<bool> TryQueueAsync(OutreachRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InsertAsync(
            request.Kind, request.Reference, request.DonorId, OutreachRecipients.Donor, null, request.MessageKind, request.Language, request.Values,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> TryQueueAsync(StaffOutreachRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Staff have no donor id; the address is the recipient, and an account message is always MessageKind.Account.
        return InsertAsync(
            request.Kind, request.Reference, Guid.Empty, OutreachRecipients.Staff, request.Email, MessageKind.Account, request.Language, request.Values,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> WithdrawUnsentAsync(string kind, string reference, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.OutreachMessages
            .Where(m => m.Kind == kind && m.Reference == reference
                && (m.Status == OutreachStatuses.Queued || m.Status == OutreachStatuses.Failed)
                && (m.LeasedUntil == null || m.LeasedUntil <= now))
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.Status, OutreachStatuses.Withdrawn)
                    .SetProperty(x => x.LastError, reason)
                    .SetProperty(x => x.UpdatedAt, now),
                cancellationToken);

        // A second statement, so it sees a claim that won the race against the update above (and made it skip the row).
        return await db.OutreachMessages.AnyAsync(
            m => m.Kind == kind && m.Reference == reference
                && (m.Status == OutreachStatuses.Sent
                    || ((m.Status == OutreachStatuses.Queued || m.Status == OutreachStatuses.Failed) && m.LeasedUntil > now)),
            cancellationToken);
    }

    private async Task<bool> InsertAsync(
        string kind, string reference, Guid donorId, string recipientKind, string? staffEmail, MessageKind messageKind, string? language,
        OutreachValues values, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kindName = messageKind.ToString();
        var json = values.ToJson();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO outreach_messages
                (kind, reference, donor_id, recipient_kind, staff_email, message_kind, language, "values", status, attempts, next_attempt_at,
                 message_id, created_at, updated_at)
            VALUES ({kind}, {reference}, {donorId}, {recipientKind}, {staffEmail}, {kindName}, {language}, CAST({json} AS jsonb),
                    {OutreachStatuses.Queued}, 0, {now}, {Guid.NewGuid()}, {now}, {now})
            ON CONFLICT (kind, reference) DO NOTHING
            """,
            cancellationToken);
        return inserted == 1;
    }
}
