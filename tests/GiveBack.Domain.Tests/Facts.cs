using GiveBack.Domain.Giving;

namespace GiveBack.Domain.Tests;

/// <summary>Builds ledger facts for tests: gifts, and reversals that mirror a gift.</summary>
internal static class Facts
{
    public static readonly Guid Campaign = Guid.NewGuid();

    public static LedgerFact Gift(Guid donor, long amount, string date, int? classYear = 2010, string currency = "EUR") =>
        new(Guid.NewGuid(), donor, Campaign, amount, currency, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), classYear, null, DateTimeOffset.UtcNow);

    public static LedgerFact Reversal(LedgerFact gift) =>
        gift with { EntryId = Guid.NewGuid(), Amount = -gift.Amount, ReversesEntryId = gift.EntryId };
}
