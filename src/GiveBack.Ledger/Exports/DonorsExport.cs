using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Exports;

/// <summary>The donors table: one row per donor, with the column names a <c>generic</c> import reads back.</summary>
public sealed class DonorsExport(IDbContextFactory<GiveBackDbContext> contexts) : IRecordExport
{
    public string Name => "donors";

    public string Description => "One row per donor (constituent). An erased donor keeps a row that names nobody.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("donor_id", "GiveBack's id of the donor (a UUID); every other file names donors by it"),
        new("first_name", "given name"),
        new("last_name", "family name"),
        new("email", "e-mail address, empty when unknown"),
        new("class_year", "graduation year for alumni, empty for friends"),
        new("language", "language messages are written in: en or fr"),
        new("created_at", "when the donor was created (ISO 8601, UTC offset)"),
        new("updated_at", "when the profile last changed"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var donors = db.Donors.AsNoTracking().Where(d => donorId == null || d.Id == donorId).OrderBy(d => d.Id);
        await foreach (var d in donors.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [d.Id, d.FirstName, d.LastName, d.Email, d.ClassYear, d.Language, d.CreatedAt, d.UpdatedAt];
        }
    }
}
