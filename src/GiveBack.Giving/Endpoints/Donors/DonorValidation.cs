using System.Net.Mail;
using System.Text.RegularExpressions;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Web.Problems;

namespace GiveBack.Giving.Endpoints.Donors;

/// <summary>The rules a donor profile must meet, shared by create and patch.</summary>
internal static partial class DonorValidation
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;
    public const int FirstClassYear = 1900;

    public static DonorProfile? Validate(DonorFields fields, TimeProvider clock, FieldErrors errors)
    {
        var firstName = fields.FirstName?.Trim();
        var lastName = fields.LastName?.Trim();
        var email = string.IsNullOrWhiteSpace(fields.Email) ? null : fields.Email.Trim();
        var classYear = fields.ClassYear;
        var language = fields.Language?.Trim().ToLowerInvariant() ?? DonorLanguages.Default;
        var channel = string.IsNullOrWhiteSpace(fields.PreferredChannel) ? null : fields.PreferredChannel.Trim().ToLowerInvariant();
        CheckName(firstName, "firstName", errors);
        CheckName(lastName, "lastName", errors);
        errors.Check(email is null || IsEmail(email), "email", "email must be a valid address of at most 254 characters.");
        var lastClassYear = clock.GetUtcNow().Year + 10;
        errors.Check(
            classYear is null || (classYear >= FirstClassYear && classYear <= lastClassYear),
            "classYear",
            $"classYear must be between {FirstClassYear} and {lastClassYear}, or null for a friend of the institution.");
        errors.Check(DonorLanguages.All.Contains(language), "language", $"language must be one of {string.Join(", ", DonorLanguages.All)}.");
        errors.Check(
            channel is null || ChannelName().IsMatch(channel),
            "preferredChannel",
            "preferredChannel must be a channel name (letters, digits and '-', at most 32), or null for e-mail.");
        return errors.Any
            ? null
            : new DonorProfile(firstName!, lastName!, email?.ToLowerInvariant(), classYear, fields.EmailOptOut, language, channel);
    }

    private static void CheckName(string? name, string field, FieldErrors errors) =>
        errors.Check(
            !string.IsNullOrEmpty(name) && name.Length <= MaxNameLength && !name.Any(char.IsControl),
            field,
            $"{field} is required, at most {MaxNameLength} characters.");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex ChannelName();

    private static bool IsEmail(string email) =>
        email.Length <= MaxEmailLength && MailAddress.TryCreate(email, out var address) && address.Address == email;
}
