using GiveBack.Plugins.Abstractions.Events;

namespace GiveBack.Plugins.Tests.Infrastructure;

public static class SampleEvents
{
    private static readonly DateTimeOffset At = new(2026, 11, 3, 15, 30, 0, TimeSpan.Zero);

    public static GiftRecorded Gift(Guid donor, long amountMinor = 5_000) =>
        new(Guid.NewGuid(), donor, amountMinor, "USD", At, Guid.NewGuid(), "Giving Day 2026", "Annual Fund", null, false);

    public static DonorChanged Donor(Guid donor, string first = "Ada", string last = "Lovelace", string? email = "ada@example.org") =>
        new(donor, first, last, email, "+1 555 0100", 2009, "en", ["email"], At);

    public static GiftReversed Reversal(Guid donor, Guid gift) => new(gift, donor, 5_000, "USD", At, "refund");

    public static PledgeChanged Pledge(Guid donor) =>
        new(Guid.NewGuid(), donor, 120_000, 110_000, "USD", "active", new DateOnly(2026, 12, 1), At);

    public static StageChanged Stage(Guid donor) => new(donor, "prospect", "donor", At);

    public static IReadOnlyList<GiveBackEvent> OneOfEach(Guid donor) =>
        [Donor(donor), Gift(donor), Reversal(donor, Guid.NewGuid()), Pledge(donor), Stage(donor)];
}
