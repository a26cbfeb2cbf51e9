using GiveBack.Ledger.Outbox;
using GiveBack.Ledger.Outbox.Internal;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Campaigns;

/// <summary>
/// Opens and closes campaigns on their dates, once: each stamp is a conditional update in the same transaction as
/// its outbox event, so a rerun or a second scheduler finds nothing left to do.
/// </summary>
public sealed class CampaignCalendar(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
{
    public const string Opened = "opened";
    public const string Closed = "closed";

    public async Task<List<CampaignMilestone>> StampDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var opened = await db.Database.SqlQuery<CampaignMilestone>(
            $"UPDATE campaigns SET opened_at = {now} WHERE opened_at IS NULL AND starts_on <= {today} RETURNING id AS campaign_id, name, {Opened} AS milestone")
            .ToListAsync(cancellationToken);
        var closed = await db.Database.SqlQuery<CampaignMilestone>(
            $"UPDATE campaigns SET closed_at = {now} WHERE closed_at IS NULL AND ends_on < {today} RETURNING id AS campaign_id, name, {Closed} AS milestone")
            .ToListAsync(cancellationToken);
        var milestones = opened.Concat(closed).ToList();
        foreach (var milestone in milestones)
        {
            db.OutboxMessages.Add(OutboxEvent.ForInternal(new CampaignMilestoneReached(milestone.CampaignId, milestone.Name, milestone.Milestone), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return milestones;
    }
}
