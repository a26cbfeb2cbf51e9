using GiveBack.Domain.Campaigns;
using GiveBack.Domain.Paging;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Outbox;
using GiveBack.Plugins.Abstractions.Events;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Pledges.Store;

/// <summary>Pledge commitments (append-only), the pledges read model, and the facts pledge and campaign grains rebuild from.</summary>
public sealed class PledgeStore(IDbContextFactory<PledgesDbContext> contexts) : ICampaignCommitments
{
    /// <summary>
    /// Appends a commitment row and returns it as stored: when a row with its id exists already (an earlier attempt
    /// wrote it), that row, so a retry carries on with what was committed. The pledge's save that follows tells the CRMs.
    /// </summary>
    public async Task<PledgeCommitment> AppendCommitmentAsync(PledgeCommitment commitment, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.PledgeCommitments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commitment.Id, cancellationToken) is { } stored)
        {
            return stored;
        }

        db.PledgeCommitments.Add(commitment);
        await db.SaveChangesAsync(cancellationToken);
        return commitment;
    }

    /// <summary>The write-off or cancellation row that closed the pledge, if any: the one truth for how it was closed.</summary>
    public async Task<PledgeCommitment?> ClosingOfAsync(Guid pledgeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PledgeCommitments.AsNoTracking()
            .Where(c => c.PledgeId == pledgeId && c.Kind != CommitmentKinds.Pledge)
            .OrderBy(c => c.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the pledge's figures and installments, keeping the jobs' stamps on each installment. When the pledge is
    /// new or its status, paid or balance moved, a <see cref="PledgeChanged"/> event commits with it.
    /// </summary>
    public async Task SaveAsync(PledgeRecord pledge, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.Pledges.Include(p => p.Installments).SingleOrDefaultAsync(p => p.Id == pledge.Id, cancellationToken);
        var moved = stored is null || stored.Status != pledge.Status || stored.PaidAmount != pledge.PaidAmount
            || stored.BalanceAmount != pledge.BalanceAmount;
        if (moved)
        {
            var campaignName = await db.CampaignNames.Where(c => c.Id == pledge.CampaignId).Select(c => c.Name).SingleAsync(cancellationToken);
            await db.Database.AppendToOutboxAsync(OutboxEvent.For(ChangeOf(pledge, campaignName), pledge.UpdatedAt), cancellationToken);
        }

        if (stored is null)
        {
            db.Pledges.Add(pledge);
        }
        else
        {
            db.Entry(stored).CurrentValues.SetValues(pledge);
            foreach (var installment in pledge.Installments)
            {
                var current = stored.Installments.Single(i => i.Number == installment.Number);
                current.DueOn = installment.DueOn;
                current.Amount = installment.Amount;
                current.PaidAmount = installment.PaidAmount;
                current.Status = installment.Status;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static PledgeChanged ChangeOf(PledgeRecord pledge, string campaignName) => new(
        PledgeId: pledge.Id,
        DonorId: pledge.DonorId,
        TotalMinor: pledge.TotalAmount,
        BalanceMinor: pledge.BalanceAmount,
        Currency: pledge.Currency,
        Status: pledge.Status,
        NextDueOn: pledge.Status is "active" or "overdue"
            ? pledge.Installments.Where(i => i.PaidAmount < i.Amount).Select(i => (DateOnly?)i.DueOn).Min()
            : null,
        ChangedAt: pledge.UpdatedAt,
        CampaignId: pledge.CampaignId,
        CampaignName: campaignName);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CommitmentFact>> OfCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PledgeCommitments.AsNoTracking()
            .Where(c => c.CampaignId == campaignId)
            .OrderBy(c => c.Sequence)
            .Select(c => new CommitmentFact(c.Id, c.PledgeId, c.CampaignId, c.Amount, c.RecordedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<Page<PledgeRecord>> ListAsync(PledgeQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pledges = db.Pledges.AsNoTracking();
        if (query.DonorId is { } donor)
        {
            pledges = pledges.Where(p => p.DonorId == donor);
        }

        if (query.CampaignId is { } campaign)
        {
            pledges = pledges.Where(p => p.CampaignId == campaign);
        }

        if (query.Status is { } status)
        {
            pledges = pledges.Where(p => p.Status == status);
        }

        var total = await pledges.CountAsync(cancellationToken);
        var items = await pledges.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip(query.Offset).Take(query.Limit)
            .ToListAsync(cancellationToken);
        return new Page<PledgeRecord>(items, total, query.Offset, query.Limit);
    }
}
