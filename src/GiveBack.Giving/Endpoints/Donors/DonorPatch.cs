using System.Text.Json;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Web.Problems;

namespace GiveBack.Giving.Endpoints.Donors;

/// <summary>
/// A JSON merge patch (RFC 7396) of a donor: a field that is absent keeps its value, a field set to null clears it
/// (only email, classYear and preferredChannel may be cleared: a friend of the institution has no class year).
/// </summary>
internal static class DonorPatch
{
    private static readonly string[] Fields = ["firstName", "lastName", "email", "classYear", "emailOptOut", "language", "preferredChannel"];

    public static DonorProfile? Apply(DonorProfile current, JsonElement patch, TimeProvider clock, FieldErrors errors)
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

        var firstName = String(patch, "firstName", current.FirstName, errors);
        var lastName = String(patch, "lastName", current.LastName, errors);
        var email = String(patch, "email", current.Email, errors);
        var language = String(patch, "language", current.Language, errors);
        var preferredChannel = String(patch, "preferredChannel", current.PreferredChannel, errors);
        var classYear = current.ClassYear;
        if (patch.TryGetProperty("classYear", out var year))
        {
            if (year.ValueKind == JsonValueKind.Null)
            {
                classYear = null;
            }
            else if (year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var value))
            {
                classYear = value;
            }
            else
            {
                errors.Add("classYear", "classYear must be a whole number or null.");
            }
        }

        var emailOptOut = current.EmailOptOut;
        if (patch.TryGetProperty("emailOptOut", out var optOut))
        {
            if (optOut.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                emailOptOut = optOut.GetBoolean();
            }
            else
            {
                errors.Add("emailOptOut", "emailOptOut must be true or false.");
            }
        }

        return errors.Any
            ? null
            : DonorValidation.Validate(new DonorFields(firstName, lastName, email, classYear, emailOptOut, language, preferredChannel), clock, errors);
    }

    private static string? String(JsonElement patch, string field, string? current, FieldErrors errors)
    {
        if (!patch.TryGetProperty(field, out var value))
        {
            return current;
        }

        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Null)
        {
            return value.GetString();
        }

        errors.Add(field, $"{field} must be a string.");
        return current;
    }
}
