using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Erasure;

/// <summary>The erasures done at donors' requests: the audit of the right to be forgotten.</summary>
internal sealed class ErasuresExport(IDbContextFactory<ConstituentsDbContext> contexts) : IRecordExport
{
    public string Name => "erasures";

    public string Description => "One row per donor erased at their request (the donor's row in donors.csv names nobody).";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("donor_id", "the erased donor: the pseudonym their amounts stay under in gifts.csv"),
        new("requested_by", "the staff account or API key that asked"),
        new("requested_at", "when it was asked"),
        new("completed_at", "when every module had erased its part"),
        new("steps", "what each module erased, separated by \"; \""),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var erasures = db.DonorErasures.AsNoTracking().Where(e => donorId == null || e.DonorId == donorId).OrderBy(e => e.RequestedAt);
        await foreach (var e in erasures.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [e.DonorId, e.RequestedBy, e.RequestedAt, e.CompletedAt, e.Steps.Replace("\n", "; ", StringComparison.Ordinal)];
        }
    }
}
