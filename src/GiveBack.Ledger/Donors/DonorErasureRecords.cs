using GiveBack.Domain.Erasure;
using GiveBack.Ledger.Outbox;
using GiveBack.Plugins.Abstractions.Events;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Donors;

/// <summary>
/// Giving's tables forget a donor, in one transaction: the donors row (the search copy) keeps its id and names nobody,
/// the DonorChanged events still in the outbox lose their personal fields, the duplicate suggestions that named the
/// donor go, and a <see cref="DonorErased"/> event is queued for the plugins. The ledger is untouched: its rows hold
/// amounts, dates and the donor's id, which stays as the pseudonym.
/// </summary>
public sealed class DonorErasureRecords(IDbContextFactory<GiveBackDbContext> contexts)
{
    /// <summary>Erases the donor's row; false when there is no such donor. Running it again changes nothing more.</summary>
    public async Task<bool> EraseAsync(Guid donorId, DateTimeOffset erasedAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var erased = await db.Donors.Where(d => d.Id == donorId).ExecuteUpdateAsync(
            set => set
                .SetProperty(d => d.FirstName, ErasedDonor.FirstName)
                .SetProperty(d => d.LastName, ErasedDonor.LastName)
                .SetProperty(d => d.Email, (string?)null)
                .SetProperty(d => d.ClassYear, (int?)null)
                .SetProperty(d => d.EmailOptOut, true)
                .SetProperty(d => d.PreferredChannel, (string?)null)
                .SetProperty(d => d.UpdatedAt, erasedAt),
            cancellationToken);
        if (erased == 0)
        {
            return false;
        }

        // Events not yet delivered still reach the plugins, in order, but without the person in them.
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE outbox_messages
            SET payload = payload || jsonb_build_object('firstName', {ErasedDonor.FirstName}, 'lastName', {ErasedDonor.LastName}, 'email', NULL, 'phone', NULL, 'classYear', NULL)
            WHERE donor_id = {donorId} AND type = {EventTypes.DonorChanged}
            """,
            cancellationToken);
        await db.PossibleDuplicates.Where(p => p.DonorId == donorId || p.DuplicateDonorId == donorId).ExecuteDeleteAsync(cancellationToken);
        await db.Database.AppendToOutboxAsync(OutboxEvent.For(new DonorErased(donorId, erasedAt), erasedAt), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
