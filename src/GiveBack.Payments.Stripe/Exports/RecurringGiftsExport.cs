using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Exports;

/// <summary>The monthly gifts (Stripe subscriptions); each charge is a gift in gifts.csv.</summary>
internal sealed class RecurringGiftsExport(IDbContextFactory<PaymentsDbContext> contexts) : IRecordExport
{
    public string Name => "recurring_gifts";

    public string Description => "One row per monthly gift; each charge it made is a row of gifts.csv.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("recurring_gift_id", "GiveBack's id of the monthly gift"),
        new("donor_id", "the donor (donors.csv)"),
        new("campaign_id", "the campaign (campaigns.csv)"),
        new("amount_minor", "the monthly amount in minor units"),
        new("currency", "ISO 4217 code"),
        new("status", "the subscription's status"),
        new("fund", "the fund, if any"),
        new("tribute_type", "honor or memory, if a tribute"),
        new("tribute_name", "the person honoured or remembered"),
        new("anonymous", "true when the donor asked not to be named publicly"),
        new("next_charge_on", "the next charge's day (yyyy-MM-dd)"),
        new("subscription_id", "Stripe's subscription id"),
        new("created_at", "when it started"),
        new("canceled_at", "when it was cancelled, if it was"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var gifts = db.RecurringGifts.AsNoTracking().Where(r => donorId == null || r.DonorId == donorId).OrderBy(r => r.Id);
        await foreach (var r in gifts.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                r.Id, r.DonorId, r.CampaignId, r.Amount, r.Currency, r.Status, r.Fund, r.TributeType, r.TributeName, r.Anonymous,
                r.NextChargeOn, r.SubscriptionId, r.CreatedAt, r.CanceledAt,
            ];
        }
    }
}
