using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement.Exports;

/// <summary>The donors' talent (industry, city, skills) and tags.</summary>
public sealed class TalentExport(IDbContextFactory<EngagementDbContext> contexts) : IRecordExport
{
    public string Name => "talent";

    public string Description => "One row per donor with talent or tags recorded.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("donor_id", "the donor (donors.csv)"),
        new("industry", "the industry they work in"),
        new("city", "the city they live or work in"),
        new("skills", "skills, separated by \"; \""),
        new("tags", "staff's tags, separated by \"; \""),
        new("updated_at", "when it last changed"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talents = db.Talents.AsNoTracking().Where(t => donorId == null || t.DonorId == donorId).OrderBy(t => t.DonorId);
        await foreach (var t in talents.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [t.DonorId, t.Industry, t.City, string.Join("; ", t.Skills), string.Join("; ", t.Tags), t.UpdatedAt];
        }
    }
}
