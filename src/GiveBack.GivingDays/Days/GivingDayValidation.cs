using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Days;

public static partial class GivingDayValidation
{
    public const int MinSlugLength = 3;
    public const int MaxSlugLength = 80;
    public const int MaxHeadlineLength = 200;

    /// <summary>The day the request describes for the campaign; null with <paramref name="errors"/> filled when it is not valid.</summary>
    public static GivingDayRecord? Validate(GivingDayRequest request, Guid campaignId, DateTimeOffset now, FieldErrors errors)
    {
        errors.Check(request.StartsAt is not null, "startsAt", "startsAt is required: an instant with its offset (e.g. 2026-03-04T00:00:00+01:00).");
        errors.Check(request.EndsAt is not null, "endsAt", "endsAt is required: an instant with its offset (e.g. 2026-03-05T00:00:00+01:00).");
        errors.Check(request.StartsAt is null || request.EndsAt is null || request.EndsAt > request.StartsAt, "endsAt", "endsAt must be after startsAt.");
        var zone = request.TimeZone?.Trim();
        errors.Check(Zone(zone) is not null, "timeZone", "timeZone is required: an IANA time zone such as Europe/Paris or America/New_York.");
        var slug = request.Slug?.Trim();
        errors.Check(
            slug is { Length: >= MinSlugLength and <= MaxSlugLength } && SlugPattern().IsMatch(slug),
            "slug",
            $"slug is required: {MinSlugLength} to {MaxSlugLength} lower-case letters, digits and single hyphens (e.g. day-of-giving-2026).");
        var headline = string.IsNullOrWhiteSpace(request.Headline) ? null : request.Headline.Trim();
        errors.Check(headline is null || headline.Length <= MaxHeadlineLength, "headline", $"headline is at most {MaxHeadlineLength} characters.");
        return errors.Any
            ? null
            : new GivingDayRecord
            {
                CampaignId = campaignId,
                StartsAt = request.StartsAt!.Value.ToUniversalTime(),
                EndsAt = request.EndsAt!.Value.ToUniversalTime(),
                TimeZone = zone!,
                Slug = slug!,
                Headline = headline,
                ScreenToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
                CreatedAt = now,
                UpdatedAt = now,
            };
    }

    /// <summary>The zone of an IANA id (the machine's tz database), or null for an unknown or Windows-only id.</summary>
    public static TimeZoneInfo? Zone(string? id) =>
        id is { Length: > 0 and <= 64 } && id.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
