using GiveBack.Domain.Giving;
using GiveBack.Domain.Paging;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Donors;

/// <summary>A donor found by a search, with the giving summary the ledger gives them.</summary>
public sealed record FoundDonor(DonorRecord Donor, GivingSummary Giving);

/// <summary>
/// Donors found by name, e-mail or class year, each with their giving summary: one query for the page of donors and one
/// for their ledger facts, whatever the page size (never one per row). The donors API's list and the workspace's donor
/// search both read it.
/// </summary>
public sealed class DonorFinder(DonorDirectory directory, LedgerReader ledger, GivingSummaryCalculator calculator)
{
    public async Task<Page<FoundDonor>> FindAsync(DonorSearch search, CancellationToken cancellationToken = default)
    {
        var found = await directory.SearchAsync(search, cancellationToken);
        var facts = await ledger.FactsOfDonorsAsync([.. found.Items.Select(d => d.Id)], cancellationToken);
        return new Page<FoundDonor>(
            [.. found.Items.Select(d => new FoundDonor(d, calculator.Summarize(facts[d.Id])))], found.Total, found.Offset, found.Limit);
    }
}
