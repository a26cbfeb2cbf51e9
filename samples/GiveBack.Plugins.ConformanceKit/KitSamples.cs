using GiveBack.Plugins.Abstractions.Events;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Plugins.ConformanceKit;

/// <summary>Realistic sample data for the conformance tests; each call makes fresh ids.</summary>
public static class KitSamples
{
    private static long _nextDeliveryId = 9_000_000;

    public static DateTimeOffset At { get; } = new(2026, 11, 3, 15, 30, 0, TimeSpan.Zero);

    /// <summary>One event of every type in the contract, all for the same donor.</summary>
    public static IReadOnlyList<GiveBackEvent> OneOfEachEvent(Guid donorId) =>
    [
        new DonorChanged(donorId, "Ada", "Lovelace", $"ada.{donorId:N}@example.org", "+1 555 0100", 2009, "en", ["email"], At),
        new GiftRecorded(Guid.NewGuid(), donorId, 5_000, "USD", At, Guid.NewGuid(), "Giving Day 2026", "Annual Fund", null, false),
        new GiftReversed(Guid.NewGuid(), donorId, 5_000, "USD", At, "refund"),
        new PledgeChanged(Guid.NewGuid(), donorId, 120_000, 110_000, "USD", "active", new DateOnly(2026, 12, 1), At),
        new StageChanged(donorId, "prospect", "donor", At),
    ];

    public static EventDelivery Delivery(GiveBackEvent @event) =>
        new(Interlocked.Increment(ref _nextDeliveryId), EventJson.TypeOf(@event), At, 1, @event);

    public static OutreachRecipient Recipient(string language, params string[] consentedChannels)
    {
        var id = Guid.NewGuid();
        return new OutreachRecipient(id, "Ada", "Lovelace", $"donor-{id:N}@example.org", "+15550100", language, consentedChannels);
    }

    public static IReadOnlyDictionary<string, string> Values { get; } = new Dictionary<string, string>
    {
        ["amount"] = "$50.00",
        ["campaign"] = "Giving Day 2026",
        ["date"] = "2026-11-03",
        ["due_date"] = "2026-12-01",
        ["receipt_number"] = "R-2026-000123",
        ["content"] = "Our news.",
        ["title"] = "Autumn news",
    };
}
