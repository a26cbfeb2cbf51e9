using GiveBack.Domain.Giving;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Micro.Benchmarks.Gifts;

/// <summary>A typical offline gift as the API receives it and as the ledger stores it (a card gift to a fund).</summary>
internal static class GiftSamples
{
    public static readonly Guid DonorId = Guid.Parse("0192a6c4-1f00-7000-8000-000000000001");
    public static readonly Guid CampaignId = Guid.Parse("0192a6c4-1f00-7000-8000-000000000002");

    public static GiftRequest Request { get; } = new(
        DonorId, CampaignId, Amount: 2_500, Currency: "eur", ReceivedOn: new DateOnly(2026, 11, 30), Method: GiftMethod.Card,
        Fund: " Scholarships ", Tribute: null, Anonymous: false);

    /// <summary>The request's body as a client sends it (camelCase, the method as its string).</summary>
    public static byte[] RequestBody { get; } =
        """{"donorId":"0192a6c4-1f00-7000-8000-000000000001","campaignId":"0192a6c4-1f00-7000-8000-000000000002","amount":2500,"currency":"EUR","receivedOn":"2026-11-30","method":"card","fund":"Scholarships","tribute":null,"anonymous":false}"""u8.ToArray();

    public static LedgerEntry Entry { get; } = new()
    {
        Id = Guid.Parse("0192a6c4-1f00-7000-8000-000000000003"),
        Sequence = 42,
        TransactionId = 4_242,
        Kind = LedgerEntryKinds.Gift,
        DonorId = DonorId,
        CampaignId = CampaignId,
        Amount = 2_500,
        Currency = "EUR",
        ReceivedOn = new DateOnly(2026, 11, 30),
        RecordedAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero),
        Method = "card",
        Fund = "Scholarships",
        ClassYear = 1998,
        IdempotencyKey = "batch-7/row-12",
        IdempotencyScope = Guid.Parse("0192a6c4-1f00-7000-8000-000000000004"),
        RequestHash = new string('a', 64),
        Source = GiftSources.Offline,
    };
}
