using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement.Exports;

/// <summary>The engagement activities (events attended, volunteering, mentoring…) the score and stage come from.</summary>
public sealed class ActivitiesExport(IDbContextFactory<EngagementDbContext> contexts) : IRecordExport
{
    public string Name => "activities";

    public string Description => "One row per engagement activity of a donor.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("activity_id", "GiveBack's id of the activity"),
        new("donor_id", "the donor (donors.csv)"),
        new("type", "the kind of activity, e.g. event-attended, volunteered"),
        new("occurred_at", "when it happened"),
        new("detail", "staff's note about it"),
        new("recorded_at", "when it was recorded"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var activities = db.Activities.AsNoTracking().Where(a => donorId == null || a.DonorId == donorId).OrderBy(a => a.Id);
        await foreach (var a in activities.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [a.Id, a.DonorId, a.Type, a.OccurredAt, a.Detail, a.RecordedAt];
        }
    }
}
