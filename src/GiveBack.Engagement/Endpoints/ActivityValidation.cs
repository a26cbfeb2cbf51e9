using GiveBack.Engagement.Scoring;
using GiveBack.Web.Problems;

namespace GiveBack.Engagement.Endpoints;

/// <summary>The rules an activity must meet, shared by the single and the bulk form (fields named with their prefix).</summary>
internal static class ActivityValidation
{
    public const int MaxDetailLength = 500;
    public const int MaxBulk = 500;

    // Clocks of the systems that import activities drift a little; a minute ahead is still "now".
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(1);
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The canonical type name and the UTC instant (to the microsecond PostgreSQL keeps), or nulls with errors added.</summary>
    public static (string? Type, DateTimeOffset? OccurredAt, string? Detail) Validate(
        string? type, DateTimeOffset? occurredAt, string? detail, string prefix, EngagementModel model, DateTimeOffset now, FieldErrors errors)
    {
        var known = model.FindType(type?.Trim());
        errors.Check(
            known is not null,
            prefix + "type",
            $"type is required and must be one of: {string.Join(", ", model.Types.Select(t => t.Name).Order(StringComparer.Ordinal))}.");
        errors.Check(
            occurredAt is { } at && at >= Earliest && at <= now + Tolerance,
            prefix + "occurredAt",
            "occurredAt is required: when the activity happened (ISO 8601 with an offset), not in the future.");
        detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim();
        errors.Check(
            detail is null || (detail.Length <= MaxDetailLength && !detail.Any(char.IsControl)),
            prefix + "detail",
            $"detail is at most {MaxDetailLength} printable characters.");
        return (known?.Name, occurredAt is { } value ? Microseconds(value) : null, detail);
    }

    private static DateTimeOffset Microseconds(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
