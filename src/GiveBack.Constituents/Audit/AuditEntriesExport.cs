using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Audit;

/// <summary>The audit log of staff reads and writes of personal data, oldest first.</summary>
internal sealed class AuditEntriesExport(IDbContextFactory<ConstituentsDbContext> contexts) : IRecordExport
{
    public string Name => "audit";

    public string Description => "One row per staff read or write of a donor's personal data (and per export, import, merge or erasure).";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("audit_id", "the entry's number, in the order it was written"),
        new("at", "when it happened"),
        new("actor", "the staff member's e-mail or the API key's name"),
        new("action", "read, write, merge, export, erasure or import"),
        new("donor_id", "the donor concerned (donors.csv); empty for a list or a whole export"),
        new("what", "the API route or workspace page used"),
        new("before", "for a write, the donor's details before it (JSON)"),
        new("after", "for a write, the donor's details after it (JSON)"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking().Where(e => donorId == null || e.DonorId == donorId).OrderBy(e => e.Id);
        await foreach (var e in entries.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [e.Id, e.At, e.Actor, e.Action, e.DonorId, e.What, e.Before, e.After];
        }
    }
}
