using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Exports;

/// <summary>
/// The ledger as it is: every gift and every reversal, in booking order. A reversal is its own row with a negative
/// amount pointing at the gift it reverses, so the sum of <c>amount_minor</c> per campaign is the campaign's figure.
/// </summary>
public sealed class GiftsExport(IDbContextFactory<GiveBackDbContext> contexts) : IRecordExport
{
    public string Name => "gifts";

    public string Description => "One row per ledger entry: gifts and reversals (refunds, disputes, corrections), in booking order.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("gift_id", "GiveBack's id of the entry"),
        new("kind", "gift or reversal"),
        new("donor_id", "the donor (donors.csv)"),
        new("campaign_id", "the campaign (campaigns.csv)"),
        new("campaign", "the campaign's name"),
        new("amount_minor", "amount in minor units (cents); negative for a reversal"),
        new("currency", "ISO 4217 code"),
        new("gift_date", "the day the gift was received (yyyy-MM-dd)"),
        new("method", "cheque, cash, wire, card, stock, online or other"),
        new("fund", "the fund it is restricted to, if any"),
        new("tribute_type", "honor or memory, if the gift is a tribute"),
        new("tribute_name", "the person honoured or remembered"),
        new("anonymous", "true when the donor asked not to be named publicly"),
        new("class_year", "the donor's class year when the gift was booked"),
        new("reverses_gift_id", "for a reversal, the gift it reverses"),
        new("reason", "for a reversal, why"),
        new("source", "offline or stripe"),
        new("external_id", "the payment processor's id, if any"),
        new("pledge_id", "the pledge this pays, if any (pledges.csv)"),
        new("fee_minor", "the processor's fee in minor units, when known"),
        new("net_minor", "what reached the institution in minor units, when known"),
        new("recorded_at", "when it was booked"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries =
            from e in db.LedgerEntries.AsNoTracking()
            join c in db.Campaigns.AsNoTracking() on e.CampaignId equals c.Id into campaigns
            from c in campaigns.DefaultIfEmpty()
            where donorId == null || e.DonorId == donorId
            orderby e.Sequence
            select new { e, Campaign = c == null ? null : c.Name };
        await foreach (var row in entries.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var e = row.e;
            yield return
            [
                e.Id, e.Kind, e.DonorId, e.CampaignId, row.Campaign, e.Amount, e.Currency, e.ReceivedOn, e.Method, e.Fund,
                e.TributeType, e.TributeName, e.Anonymous, e.ClassYear, e.ReversesEntryId, e.Reason, e.Source, e.ExternalId,
                e.PledgeId, e.FeeAmount, e.NetAmount, e.RecordedAt,
            ];
        }
    }
}
