using Microsoft.EntityFrameworkCore;

namespace GiveBack.Pledges.Store;

/// <summary>
/// The installments that scheduled jobs look for, and the once-only stamps they leave. Each stamp is a conditional
/// update (<c>WHERE … IS NULL</c>): of two schedulers racing, or a job rerun after a misfire, exactly one wins.
/// </summary>
public sealed class InstallmentCalendar(IDbContextFactory<PledgesDbContext> contexts, TimeProvider clock)
{
    public Task<List<DueInstallment>> DueForReminderAsync(DateOnly today, int daysBefore, CancellationToken cancellationToken) =>
        FindAsync(i => i.ReminderSentAt == null && i.DueOn >= today && i.DueOn <= today.AddDays(daysBefore), cancellationToken);

    public Task<List<DueInstallment>> PastDueUnmarkedAsync(DateOnly today, CancellationToken cancellationToken) =>
        FindAsync(i => i.OverdueMarkedAt == null && i.DueOn < today, cancellationToken);

    public Task<List<DueInstallment>> DueForFollowUpAsync(DateOnly today, int graceDays, CancellationToken cancellationToken) =>
        FindAsync(i => i.FollowUpSentAt == null && i.OverdueMarkedAt != null && i.DueOn <= today.AddDays(-graceDays), cancellationToken);

    public Task<bool> StampReminderAsync(Guid pledgeId, int number, CancellationToken cancellationToken) =>
        StampAsync(pledgeId, number, i => i.ReminderSentAt == null, s => s.SetProperty(i => i.ReminderSentAt, clock.GetUtcNow()), cancellationToken);

    public Task<bool> StampOverdueAsync(Guid pledgeId, int number, CancellationToken cancellationToken) =>
        StampAsync(pledgeId, number, i => i.OverdueMarkedAt == null, s => s.SetProperty(i => i.OverdueMarkedAt, clock.GetUtcNow()), cancellationToken);

    public Task<bool> StampFollowUpAsync(Guid pledgeId, int number, CancellationToken cancellationToken) =>
        StampAsync(pledgeId, number, i => i.FollowUpSentAt == null, s => s.SetProperty(i => i.FollowUpSentAt, clock.GetUtcNow()), cancellationToken);

    private async Task<List<DueInstallment>> FindAsync(
        System.Linq.Expressions.Expression<Func<PledgeInstallmentRecord, bool>> condition, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from i in db.PledgeInstallments.AsNoTracking().Where(condition)
            where i.PaidAmount < i.Amount
            join p in db.Pledges on i.PledgeId equals p.Id
            where p.Status == "active" || p.Status == "overdue"
            join c in db.CampaignNames on p.CampaignId equals c.Id
            orderby i.DueOn, i.PledgeId, i.Number
            select new { i.PledgeId, i.Number, i.DueOn, Owed = i.Amount - i.PaidAmount, p.Currency, p.DonorId, CampaignName = c.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DueInstallment(r.PledgeId, r.Number, r.DueOn, r.Owed, r.Currency, r.DonorId, r.CampaignName))];
    }

    private async Task<bool> StampAsync(
        Guid pledgeId,
        int number,
        System.Linq.Expressions.Expression<Func<PledgeInstallmentRecord, bool>> unstamped,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<PledgeInstallmentRecord>> stamp,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.PledgeInstallments
            .Where(i => i.PledgeId == pledgeId && i.Number == number)
            .Where(unstamped)
            .ExecuteUpdateAsync(stamp, cancellationToken);
        return updated == 1;
    }
}
