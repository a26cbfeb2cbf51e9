using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Pledges.Exports;

/// <summary>The pledges: what each donor promised, and where the promise stands.</summary>
public sealed class PledgesExport(IDbContextFactory<PledgesDbContext> contexts) : IRecordExport
{
    public string Name => "pledges";

    public string Description => "One row per pledge (a promise to give, paid in installments: pledge_installments.csv).";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("pledge_id", "GiveBack's id of the pledge (gifts.csv names it in pledge_id)"),
        new("donor_id", "the donor (donors.csv)"),
        new("campaign_id", "the campaign (campaigns.csv)"),
        new("campaign", "the campaign's name (an import creates the campaign from it when missing)"),
        new("fund", "the fund, if any"),
        new("total_amount_minor", "the promise in minor units"),
        new("currency", "ISO 4217 code"),
        new("frequency", "how often an installment falls due"),
        new("installment_count", "how many installments"),
        new("first_due_on", "the first installment's day (yyyy-MM-dd)"),
        new("status", "active, overdue, fulfilled, written-off or cancelled"),
        new("paid_amount_minor", "paid so far, in minor units"),
        new("balance_amount_minor", "still due, in minor units"),
        new("written_off_amount_minor", "written off, in minor units"),
        new("created_at", "when it was made"),
        new("updated_at", "when it last changed"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pledges =
            from p in db.Pledges.AsNoTracking()
            join c in db.CampaignNames.AsNoTracking() on p.CampaignId equals c.Id into campaigns
            from c in campaigns.DefaultIfEmpty()
            where donorId == null || p.DonorId == donorId
            orderby p.Id
            select new { p, Campaign = c == null ? null : c.Name };
        await foreach (var row in pledges.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var p = row.p;
            yield return
            [
                p.Id, p.DonorId, p.CampaignId, row.Campaign, p.Fund, p.TotalAmount, p.Currency, p.Frequency, p.InstallmentCount, p.FirstDueOn,
                p.Status, p.PaidAmount, p.BalanceAmount, p.WrittenOffAmount, p.CreatedAt, p.UpdatedAt,
            ];
        }
    }
}
