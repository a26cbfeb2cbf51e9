using System.Globalization;
using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Exports;

/// <summary>A giving day's matches: the sponsor's offer and how much of its cap is spent.</summary>
public sealed class MatchesExport(IDbContextFactory<GivingDaysDbContext> contexts) : IRecordExport
{
    public string Name => "matches";

    public string Description => "One row per giving-day match: sponsor, ratio, cap, window, eligibility and what it has matched.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("match_id", "the match"),
        new("campaign_id", "the campaign (campaigns.csv)"),
        new("sponsor_donor_id", "the donor whose gifts pay the match (donors.csv)"),
        new("ratio", "per amount: matched per unit given; per donor: major units per donor"),
        new("per", "amount or donor"),
        new("cap_amount_minor", "the cap, in minor units"),
        new("matched_amount_minor", "what the match has given so far, in minor units"),
        new("currency", "ISO 4217 code"),
        new("starts_at", "the window's start"),
        new("ends_at", "the window's end (excluded)"),
        new("class_years", "eligible class years, separated by spaces (empty: every year)"),
        new("funds", "eligible funds, separated by '|' (empty: every fund)"),
        new("new_donors_only", "true when only a donor's first gift is matched"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matches = db.CampaignMatches.AsNoTracking()
            .Where(m => donorId == null || m.SponsorDonorId == donorId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id);
        await foreach (var m in matches.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                m.Id, m.CampaignId, m.SponsorDonorId, m.Ratio.ToString(CultureInfo.InvariantCulture), m.Per,
                m.CapAmount, m.MatchedAmount, m.Currency, m.StartsAt, m.EndsAt,
                string.Join(' ', m.ClassYears), string.Join('|', m.Funds), m.NewDonorsOnly,
            ];
        }
    }
}
