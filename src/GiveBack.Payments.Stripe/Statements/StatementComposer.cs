using GiveBack.Domain.Institution;
using GiveBack.Domain.Money;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Payments.Statements;
using GiveBack.Payments.Stripe.Data;
using GiveBack.Payments.Stripe.Receipts;
using GiveBack.Payments.Stripe.Receipts.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>
/// Composes a giving statement from the ledger: the gifts of a set of donors received in the period that stand (a
/// refunded gift is not listed; a partly refunded one is listed as the remainder "reverse and rebook" booked), each with
/// its valid receipt's number, a total per currency, and the issuer as receipts print it. One donor today; a household
/// is the same call with its members' ids and its salutation.
/// </summary>
public sealed class StatementComposer(
    StandingGiftsReader gifts,
    IDbContextFactory<PaymentsDbContext> contexts,
    IGrainFactory grains,
    ReceiptFonts fonts,
    IInstitutionName institution,
    IOptionsMonitor<ReceiptIssuerOptions> issuer,
    TimeProvider clock)
{
    /// <summary>The donor as a statement addresses them, in their language; null when there is no such donor.</summary>
    public async Task<StatementHolder?> DonorAsync(Guid donorId, string? language = null)
    {
        if (await grains.GetGrain<IDonorGrain>(donorId).GetAsync() is not { } donor)
        {
            return null;
        }

        var name = $"{donor.Profile.FirstName} {donor.Profile.LastName}".Trim();
        return new StatementHolder([donorId], name, DonorLanguages.Of(language ?? donor.Profile.Language));
    }

    /// <summary>The statement of <paramref name="holder"/> for <paramref name="period"/>, as a PDF.</summary>
    public async Task<byte[]> RenderAsync(StatementHolder holder, StatementPeriod period, CancellationToken cancellationToken = default) =>
        StatementDocument.Render(await ComposeAsync(holder, period, cancellationToken), fonts);

    internal async Task<Statement> ComposeAsync(StatementHolder holder, StatementPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(period);
        var standing = await gifts.OfDonorsAsync(holder.DonorIds, period.From, period.To, cancellationToken);
        var receipts = await ReceiptNumbersAsync(standing, cancellationToken);
        var campaigns = await CampaignNamesAsync(standing, cancellationToken);
        var lines = standing
            .Select(g => new StatementLine(g.ReceivedOn, receipts.GetValueOrDefault(g.Id), campaigns[g.CampaignId], g.Method, new Money(g.Amount, g.Currency)))
            .ToList();
        var totals = lines
            .GroupBy(l => l.Amount.Currency, StringComparer.Ordinal)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new Money(c.Sum(l => l.Amount.Minor), c.Key))
            .ToList();
        var printedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new Statement(holder, period, printedOn, lines, totals, ReceiptIssuer.From(institution.Current, issuer.CurrentValue));
    }

    /// <summary>The valid receipt of each gift that has one (a gift that stands keeps its receipt; voided ones are not shown).</summary>
    private async Task<Dictionary<Guid, string>> ReceiptNumbersAsync(IReadOnlyList<LedgerEntry> standing, CancellationToken cancellationToken)
    {
        var ids = standing.Select(g => g.Id).ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Receipts.AsNoTracking()
            .Where(r => ids.Contains(r.GiftId) && r.VoidedAt == null)
            .ToDictionaryAsync(r => r.GiftId, r => r.Number, cancellationToken);
    }

    private async Task<Dictionary<Guid, string>> CampaignNamesAsync(IReadOnlyList<LedgerEntry> standing, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var id in standing.Select(g => g.CampaignId).Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            names[id] = (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync())?.Name ?? string.Empty;
        }

        return names;
    }
}
