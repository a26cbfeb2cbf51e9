using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Exports;

/// <summary>
/// A giving day's ambassadors with their links' click counts (one number per ambassador rather than a row per click:
/// a click holds nothing but its time). The link's token is left out: it is a secret, like a password.
/// </summary>
public sealed class AmbassadorsExport(IDbContextFactory<GivingDaysDbContext> contexts) : IRecordExport
{
    public string Name => "campaign_ambassadors";

    public string Description => "One row per giving-day ambassador: donor, goal, story and how often their link was visited.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("ambassador_id", "the ambassador (gifts brought through their link name it)"),
        new("campaign_id", "the campaign (campaigns.csv)"),
        new("donor_id", "the ambassador's donor record (donors.csv)"),
        new("goal_amount_minor", "their own goal, in minor units, empty when none"),
        new("currency", "ISO 4217 code"),
        new("story", "the story on their page"),
        new("clicks", "visits of their link"),
        new("created_at", "when they became an ambassador"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ambassadors = db.Ambassadors.AsNoTracking()
            .Where(a => donorId == null || a.DonorId == donorId)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new { Ambassador = a, Clicks = db.AmbassadorClicks.LongCount(k => k.AmbassadorId == a.Id) });
        await foreach (var row in ambassadors.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var a = row.Ambassador;
            yield return [a.Id, a.CampaignId, a.DonorId, a.GoalAmount, a.Currency, a.Story, row.Clicks, a.CreatedAt];
        }
    }
}
