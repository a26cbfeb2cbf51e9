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
        new DonorChanged(donorId, "Ada", "Lovelace", $"ada.{donorId:N}@example.org", "+1 555 0100", 2009, "en", ["email"], At, "email"),
        new GiftRecorded(
            Guid.NewGuid(), donorId, 5_000, "USD", At, Guid.NewGuid(), "Giving Day 2026", "Annual Fund", "online", null,
            Recurring: false, Source: "stripe", FeeMinor: 175, NetMinor: 4_825, Anonymous: false, RecordedAt: At),
        new GiftReversed(Guid.NewGuid(), donorId, 5_000, "USD", At, "refund", Guid.NewGuid(), Guid.NewGuid(), "stripe"),
        new PledgeChanged(Guid.NewGuid(), donorId, 120_000, 110_000, "USD", "active", new DateOnly(2026, 12, 1), At, Guid.NewGuid(), "Giving Day 2026"),
        new StageChanged(donorId, "aware", "involved", At, "Score 12.00 ≥ 10 and last activity 3 days ago (within 365): meets 'involved'.", 12, false),
    ];

    public static EventDelivery Delivery(GiveBackEvent @event) =>
        new(Interlocked.Increment(ref _nextDeliveryId), EventJson.TypeOf(@event), At, 1, @event);

    public static OutreachRecipient Recipient(string language, params string[] consentedChannels)
    {
        var id = Guid.NewGuid();
        return new OutreachRecipient(id, "Ada", "Lovelace", $"donor-{id:N}@example.org", "+15550100", language, consentedChannels);
    }

    /// <summary>A message as the host renders it: subject, text and HTML bodies, and a small PDF attachment.</summary>
    public static OutreachMessage Message(MessageKind kind, OutreachRecipient recipient) =>
        new(
            Guid.NewGuid(), kind, recipient, $"{kind}: thank you, {recipient.FirstName}",
            $"Dear {recipient.FirstName},\n\nThank you for your gift of $50.00.\n",
            $"<p>Dear {recipient.FirstName},</p><p>Thank you for your gift of <strong>$50.00</strong>.</p>",
            Values,
            [new OutreachAttachment("receipt-R-2026-000123.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())]);

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
