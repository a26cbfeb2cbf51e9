using System.Text.Json;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Web.Problems;

namespace GiveBack.Giving.Endpoints.Campaigns;

/// <summary>
/// A JSON merge patch of a campaign: name, slug (the public giving page's address), goalAmount, donorGoal (null removes
/// it), startsOn, endsOn.
/// The currency cannot change once a campaign exists: its gifts are in that currency.
/// </summary>
internal static class CampaignPatch
{
    private static readonly string[] Fields = ["name", "slug", "goalAmount", "donorGoal", "startsOn", "endsOn"];

    public static CampaignDefinition? Apply(CampaignDefinition current, JsonElement patch, FieldErrors errors)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", "The body must be a JSON object with the fields to change.");
            return null;
        }

        foreach (var property in patch.EnumerateObject().Where(p => !Fields.Contains(p.Name, StringComparer.Ordinal)))
        {
            errors.Add(property.Name, $"'{property.Name}' cannot be changed; the fields are {string.Join(", ", Fields)}.");
        }

        var request = new CampaignRequest(
            Read(patch, "name", current.Name, e => e.GetString(), errors),
            current.Currency,
            Read(patch, "goalAmount", (long?)current.GoalAmount, e => e.TryGetInt64(out var v) ? v : null, errors),
            Read(patch, "startsOn", (DateOnly?)current.StartsOn, Date, errors),
            Read(patch, "endsOn", (DateOnly?)current.EndsOn, Date, errors),
            Read(patch, "slug", current.Slug, e => e.GetString(), errors),
            DonorGoal(patch, current.DonorGoal, errors));
        return errors.Any ? null : CampaignValidation.Validate(request, errors);
    }

    private static T? Read<T>(JsonElement patch, string field, T? current, Func<JsonElement, T?> read, FieldErrors errors)
    {
        if (!patch.TryGetProperty(field, out var value))
        {
            return current;
        }

        try
        {
            var parsed = value.ValueKind == JsonValueKind.Null ? default : read(value);
            if (parsed is null)
            {
                errors.Add(field, $"{field} has no valid value here.");
            }

            return parsed;
        }
        catch (InvalidOperationException)
        {
            errors.Add(field, $"{field} has the wrong type.");
            return current;
        }
    }

    /// <summary>The one optional field: a JSON null takes the donor goal away rather than being refused.</summary>
    private static int? DonorGoal(JsonElement patch, int? current, FieldErrors errors)
    {
        if (!patch.TryGetProperty("donorGoal", out var value))
        {
            return current;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var goal))
        {
            return goal;
        }

        errors.Add("donorGoal", "donorGoal is a whole number of donors, or null to remove it.");
        return current;
    }

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out var date) ? date : null;
}
