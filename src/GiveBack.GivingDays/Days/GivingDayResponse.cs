namespace GiveBack.GivingDays.Days;

/// <summary>
/// A giving day with its instants written in its own time zone, and its addresses: the public page, the share card and
/// the big screen (whose token is the only key to it, so only staff read this).
/// </summary>
public sealed record GivingDayResponse(
    Guid CampaignId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string Slug,
    string? Headline,
    string PageUrl,
    string CardUrl,
    string ScreenUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static GivingDayResponse From(GivingDayRecord day)
    {
        var zone = GivingDayValidation.Zone(day.TimeZone) ?? TimeZoneInfo.Utc;
        var page = GivingDayPaths.Page(day.Slug);
        return new(
            day.CampaignId,
            TimeZoneInfo.ConvertTime(day.StartsAt, zone),
            TimeZoneInfo.ConvertTime(day.EndsAt, zone),
            day.TimeZone,
            day.Slug,
            day.Headline,
            page,
            GivingDayPaths.Card(day.Slug),
            GivingDayPaths.Screen(day.Slug, day.ScreenToken),
            day.CreatedAt,
            day.UpdatedAt);
    }
}
