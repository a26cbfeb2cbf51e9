namespace GiveBack.GivingDays.Days;

/// <summary>
/// A campaign's giving day as staff set it: the window (<c>startsAt</c> included, <c>endsAt</c> excluded, instants with
/// their offset), the IANA time zone the public page speaks in, its slug (<c>/giving-days/{slug}</c>) and a headline.
/// </summary>
public sealed record GivingDayRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? TimeZone, string? Slug, string? Headline);
