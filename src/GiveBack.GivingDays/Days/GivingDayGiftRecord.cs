namespace GiveBack.GivingDays.Days;

/// <summary>
/// What the live view needs of a gift to a giving day's campaign that giving's <c>standing_gifts</c> view does not
/// carry: its fund, whether it is anonymous or a sponsor's, and the instant it was booked (class of the hour, the wall).
/// Written by <see cref="GivingDayGiftRecorder"/> after each booking; no names (they are read from
/// <c>donor_directory</c>, so an erasure leaves nothing here), no amounts (those stay the ledger's).
/// </summary>
public sealed class GivingDayGiftRecord
{
    public Guid GiftId { get; init; }

    public Guid CampaignId { get; init; }

    public string? Fund { get; init; }

    public bool Anonymous { get; init; }

    /// <summary>A sponsor's gift (a match, a challenge's unlock): never on a class's board or the wall.</summary>
    public bool Sponsor { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
