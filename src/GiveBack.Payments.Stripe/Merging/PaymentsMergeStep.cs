using GiveBack.Domain.Donors;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Merging;

/// <summary>
/// Online giving's part of a merge: the merged donor's monthly gifts and its Stripe customers (the external ids that
/// link a payer to a donor) move to the survivor, so the next installment and the next payment of that customer are
/// booked to the survivor.
/// </summary>
public sealed class PaymentsMergeStep(IDbContextFactory<PaymentsDbContext> contexts) : IDonorMergeStep
{
    public int Order => 40;

    public async Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return
        [
            new MergeCount("recurringGifts", await db.RecurringGifts.CountAsync(r => r.DonorId == mergedDonorId, cancellationToken)),
            new MergeCount("externalIds", await db.Customers.CountAsync(c => c.DonorId == mergedDonorId, cancellationToken)),
        ];
    }

    public async Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RecurringGifts.Where(r => r.DonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DonorId, survivorId), cancellationToken);
        await db.Customers.Where(c => c.DonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DonorId, survivorId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
