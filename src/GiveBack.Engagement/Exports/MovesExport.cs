using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement.Exports;

/// <summary>Where each prospect stands in the gift officers' moves management.</summary>
public sealed class MovesExport(IDbContextFactory<EngagementDbContext> contexts) : IRecordExport
{
    public string Name => "moves";

    public string Description => "One row per donor in moves management: stage, officer and next step.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("donor_id", "the donor (donors.csv)"),
        new("stage", "Identification, Qualification, Cultivation, Solicitation or Stewardship"),
        new("officer_id", "the gift officer in charge"),
        new("next_step", "the next step, as the officer wrote it"),
        new("due_on", "when the next step is due (yyyy-MM-dd)"),
        new("updated_at", "when it last changed"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var moves = db.Moves.AsNoTracking().Where(m => donorId == null || m.DonorId == donorId).OrderBy(m => m.DonorId);
        await foreach (var m in moves.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [m.DonorId, m.Stage.ToString(), m.OfficerId, m.NextStep, m.DueOn, m.UpdatedAt];
        }
    }
}
