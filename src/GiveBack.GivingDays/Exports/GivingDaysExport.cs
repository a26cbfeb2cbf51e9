using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Exports;

/// <summary>
/// Each campaign's giving day. About no donor, so a donor's own export has none; the big screen's token is left out
/// (it opens the screen without a sign-in).
/// </summary>
public sealed class GivingDaysExport(IDbContextFactory<GivingDaysDbContext> contexts) : IRecordExport
{
    public string Name => "giving_days";

    public string Description => "One row per giving day: its campaign, hours, time zone, public address and headline.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("campaign_id", "the campaign (campaigns.csv)"),
        new("starts_at", "when the day starts"),
        new("ends_at", "when it ends (excluded)"),
        new("time_zone", "the IANA zone its page shows hours in"),
        new("slug", "its public address: /giving-days/{slug}"),
        new("headline", "the page's headline"),
        new("created_at", "when it was defined"),
        new("updated_at", "when it was last changed"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (donorId is not null)
        {
            yield break;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var days = db.GivingDays.AsNoTracking().OrderBy(d => d.StartsAt).ThenBy(d => d.CampaignId);
        await foreach (var d in days.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [d.CampaignId, d.StartsAt, d.EndsAt, d.TimeZone, d.Slug, d.Headline, d.CreatedAt, d.UpdatedAt];
        }
    }
}
