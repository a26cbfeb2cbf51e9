namespace GiveBack.GivingDays.Days;

/// <summary>
/// A campaign's giving day: the instants it runs between, the time zone its public page speaks in, its public address
/// part and the token that opens its big screen. One per campaign (the campaign's id is the key).
/// </summary>
public sealed class GivingDayRecord
{
    public Guid CampaignId { get; init; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>An IANA zone (Europe/Paris): the page shows the day's hours in it, whoever looks.</summary>
    public required string TimeZone { get; set; }

    /// <summary>Lower-case letters, digits and hyphens: <c>/giving-days/{slug}</c>.</summary>
    public required string Slug { get; set; }

    public string? Headline { get; set; }

    /// <summary>
    /// Opens the big screen without a sign-in (a projector has no staff at its keyboard): 32 random bytes, shown to
    /// staff only, kept when the day is changed.
    /// </summary>
    public required string ScreenToken { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
