using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using GiveBack.Ledger.Gifts;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Exports;

/// <summary>
/// The receipts issued, by gift. A receipt names no donor; for one donor's export, giving's <see cref="LedgerReader"/>
/// says which gifts are theirs (payments never reads the ledger's tables itself).
/// </summary>
internal sealed class ReceiptsExport(IDbContextFactory<PaymentsDbContext> contexts, LedgerReader ledger) : IRecordExport
{
    public string Name => "receipts";

    public string Description => "One row per receipt issued (void ones included, with what replaced them).";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("gift_id", "the gift it acknowledges (gifts.csv)"),
        new("number", "the receipt number"),
        new("fiscal_year", "the fiscal year its number belongs to"),
        new("issued_at", "when it was issued"),
        new("thanked_at", "when the thank-you carrying it was sent"),
        new("voided_at", "when it was voided, if it was"),
        new("void_reason", "why it was voided"),
        new("replaces", "the number of the receipt it replaces"),
        new("replaced_by", "the number of the receipt that replaced it"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid[]? gifts = donorId is { } id ? [.. (await ledger.DonorFactsAsync(id, cancellationToken)).Select(f => f.EntryId)] : null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var receipts = db.Receipts.AsNoTracking().Where(r => gifts == null || gifts.Contains(r.GiftId)).OrderBy(r => r.FiscalYear).ThenBy(r => r.Sequence);
        await foreach (var r in receipts.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [r.GiftId, r.Number, r.FiscalYear, r.IssuedAt, r.ThankedAt, r.VoidedAt, r.VoidReason, r.Replaces, r.ReplacedBy];
        }
    }
}
