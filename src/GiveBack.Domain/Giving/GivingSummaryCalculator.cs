using GiveBack.Domain.Calendar;

namespace GiveBack.Domain.Giving;

/// <summary>Computes a donor's <see cref="GivingSummary"/> from their ledger facts; reversed gifts never count.</summary>
public sealed class GivingSummaryCalculator(FiscalCalendar calendar)
{
    public GivingSummary Summarize(IEnumerable<LedgerFact> donorFacts)
    {
        var facts = donorFacts as IReadOnlyCollection<LedgerFact> ?? [.. donorFacts];
        var reversed = facts.Where(f => f.IsReversal).Select(f => f.ReversesEntryId!.Value).ToHashSet();
        var standing = facts.Where(f => !f.IsReversal && !reversed.Contains(f.EntryId)).ToList();
        if (standing.Count == 0)
        {
            return GivingSummary.Empty;
        }

        // A donor who gave in two currencies cannot have one lifetime figure: the summary is kept in the currency of
        // most of their gifts (the latest breaks a tie), the way a gift officer would read it.
        var currency = standing
            .GroupBy(f => f.Currency)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(f => f.ReceivedOn))
            .First().Key;
        var gifts = standing.Where(f => f.Currency == currency).ToList();

        var byYear = gifts
            .GroupBy(f => calendar.FiscalYearOf(f.ReceivedOn))
            .Select(g => new FiscalYearGiving(g.Key, g.Sum(f => f.Amount), g.Count()))
            .OrderBy(y => y.FiscalYear)
            .ToList();

        return new GivingSummary(
            LifetimeAmount: gifts.Sum(f => f.Amount),
            GiftCount: gifts.Count,
            FirstGiftOn: gifts.Min(f => f.ReceivedOn),
            LastGiftOn: gifts.Max(f => f.ReceivedOn),
            LargestGiftAmount: gifts.Max(f => f.Amount),
            Currency: currency,
            ByFiscalYear: byYear,
            ConsecutiveYears: StreakEndingAtLatest(byYear));
    }

    /// <summary>Fiscal years given in a row, counted back from the latest year the donor gave.</summary>
    private static int StreakEndingAtLatest(List<FiscalYearGiving> byYear)
    {
        var streak = 0;
        for (var i = byYear.Count - 1; i >= 0; i--)
        {
            if (streak > 0 && byYear[i].FiscalYear != byYear[i + 1].FiscalYear - 1)
            {
                break;
            }

            streak++;
        }

        return streak;
    }
}
