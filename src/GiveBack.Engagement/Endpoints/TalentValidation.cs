using GiveBack.Web.Problems;

namespace GiveBack.Engagement.Endpoints;

/// <summary>
/// Skills and tags are short labels, stored lowercase so that search matches however they were typed. The workspace's
/// talent finder normalizes what is typed with these too.
/// </summary>
public static class TalentValidation
{
    public const int MaxLabels = 30;
    public const int MaxLabelLength = 50;
    public const int MaxIndustryLength = 100;

    /// <summary>The labels trimmed, lowercased and distinct; null (with an error) when the list is missing or wrong.</summary>
    public static IReadOnlyList<string>? Labels(IReadOnlyList<string?>? labels, string field, FieldErrors errors)
    {
        var valid = labels is not null
            && labels.Count <= MaxLabels
            && labels.All(l => Label(l) is not null);
        errors.Check(
            valid,
            field,
            $"{field} is required: a list of at most {MaxLabels} labels, each 1 to {MaxLabelLength} printable characters ([] clears it).");
        return valid ? [.. labels!.Select(l => Label(l)!).Distinct(StringComparer.Ordinal)] : null;
    }

    /// <summary>A label normalized, or null when it is not a valid label.</summary>
    public static string? Label(string? label)
    {
        var trimmed = label?.Trim().ToLowerInvariant();
        return trimmed is { Length: > 0 and <= MaxLabelLength } && !trimmed.Any(char.IsControl) ? trimmed : null;
    }

    public static string? Industry(string? industry, FieldErrors errors) => Place(industry, "industry", errors);

    /// <summary>A city trimmed, or null when blank; an error when too long or not printable.</summary>
    public static string? City(string? city, FieldErrors errors) => Place(city, "city", errors);

    private static string? Place(string? value, string field, FieldErrors errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        errors.Check(
            trimmed is null || (trimmed.Length <= MaxIndustryLength && !trimmed.Any(char.IsControl)),
            field,
            $"{field} is at most {MaxIndustryLength} printable characters.");
        return trimmed;
    }
}
