using GiveBack.Constituents.Imports.Booking;
using GiveBack.Constituents.Imports.Parsing;
using GiveBack.Constituents.Imports.Store;

namespace GiveBack.Constituents.Imports.Running;

/// <summary>
/// What a dry run can tell beyond the rows' own shape without writing: a gift in another currency than its existing
/// campaign's, or dated after that campaign closed. Campaigns the import would create are looked up, never made.
/// </summary>
public static class DryRunChecks
{
    public static async Task<IReadOnlyList<RowProblem>> CheckAsync(
        IReadOnlyList<ParsedRow> rows, ImportCampaigns campaigns, string defaultCurrency, CancellationToken cancellationToken)
    {
        var problems = new List<RowProblem>();
        foreach (var row in rows)
        {
            if (row.Gift is not { } gift
                || await campaigns.FindAsync(gift.Campaign, gift.Currency ?? defaultCurrency, create: false, gift.CampaignId, cancellationToken) is not { } campaign)
            {
                continue;
            }

            if (gift.Currency is { } currency && currency != campaign.Definition.Currency)
            {
                problems.Add(new RowProblem(row.Number, "currency", currency, GiftRefusals.Explain(Giving.Gifts.GiftStatus.CurrencyMismatch)!));
            }
            else if (gift.ReceivedOn > campaign.Definition.EndsOn)
            {
                problems.Add(new RowProblem(row.Number, "campaign", gift.Campaign, GiftRefusals.Explain(Giving.Gifts.GiftStatus.CampaignClosed)!));
            }
        }

        return problems;
    }
}
