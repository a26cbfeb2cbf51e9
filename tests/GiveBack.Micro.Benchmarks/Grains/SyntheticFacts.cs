using GiveBack.Domain.Giving;

namespace GiveBack.Micro.Benchmarks.Grains;

/// <summary>
/// Facts for one campaign as the gift path hands them to its grain, numbered 1, 2, 3…: a spread of amounts, donors and
/// class years. They are not ledger rows: each carries a transaction id past any this database has given out, so the
/// grain's snapshot check finds every one new and its catch-up reads (every 4,096 facts) find nothing to add.
/// </summary>
internal static class SyntheticFacts
{
    public const int Donors = 10_000;

    private const long UnseenTransactions = long.MaxValue / 2;

    private static readonly Guid[] DonorIds = [.. Enumerable.Range(0, Donors).Select(_ => Guid.CreateVersion7())];

    public static LedgerFact Fact(Guid campaignId, long number) => new(
        EntryId: Guid.CreateVersion7(),
        DonorId: DonorIds[number % Donors],
        CampaignId: campaignId,
        Amount: 500 + (number * 7_919 % 99_500),
        Currency: "EUR",
        ReceivedOn: DateOnly.FromDateTime(DateTime.UtcNow),
        ClassYear: 1970 + (int)(number % 50),
        ReversesEntryId: null,
        RecordedAt: DateTimeOffset.UtcNow,
        Sequence: number,
        TransactionId: UnseenTransactions + number);
}
