using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Exports;

/// <summary>The campaigns; a donor's subject access export lists the campaigns they gave to.</summary>
public sealed class CampaignsExport(IDbContextFactory<GiveBackDbContext> contexts) : IRecordExport
{
    public string Name => "campaigns";

    public string Description => "One row per campaign (its figures are the sums of gifts.csv).";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("campaign_id", "GiveBack's id of the campaign"),
        new("campaign", "the campaign's name (gifts.csv names campaigns by it too)"),
        new("slug", "the campaign's address on the giving page"),
        new("currency", "ISO 4217 code of every gift to it"),
        new("goal_amount_minor", "the goal in minor units (cents)"),
        new("donor_goal", "the goal in donors, empty when none"),
        new("starts_on", "first day (yyyy-MM-dd)"),
        new("ends_on", "last day (yyyy-MM-dd)"),
        new("created_at", "when it was created"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = db.Campaigns.AsNoTracking()
            .Where(c => donorId == null || db.LedgerEntries.Any(e => e.CampaignId == c.Id && e.DonorId == donorId))
            .OrderBy(c => c.Id);
        await foreach (var c in campaigns.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [c.Id, c.Name, c.Slug, c.Currency, c.GoalAmount, c.DonorGoal, c.StartsOn, c.EndsOn, c.CreatedAt];
        }
    }
}
