using System.Net.Mail;
using GiveBack.Api.Problems;
using GiveBack.Grains.Abstractions.Donors;

namespace GiveBack.Api.Donors;

/// <summary>The rules a donor profile must meet, shared by create and patch.</summary>
internal static class DonorValidation
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;
    public const int FirstClassYear = 1900;

    public static DonorProfile? Validate(string? firstName, string? lastName, string? email, int? classYear, bool emailOptOut, TimeProvider clock, FieldErrors errors)
    {
        firstName = firstName?.Trim();
        lastName = lastName?.Trim();
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        CheckName(firstName, "firstName", errors);
        CheckName(lastName, "lastName", errors);
        errors.Check(email is null || IsEmail(email), "email", "email must be a valid address of at most 254 characters.");
        var lastClassYear = clock.GetUtcNow().Year + 10;
        errors.Check(
            classYear is null || (classYear >= FirstClassYear && classYear <= lastClassYear),
            "classYear",
            $"classYear must be between {FirstClassYear} and {lastClassYear}, or null for a friend of the institution.");
        return errors.Any ? null : new DonorProfile(firstName!, lastName!, email?.ToLowerInvariant(), classYear, emailOptOut);
    }

    private static void CheckName(string? name, string field, FieldErrors errors) =>
        errors.Check(
            !string.IsNullOrEmpty(name) && name.Length <= MaxNameLength && !name.Any(char.IsControl),
            field,
            $"{field} is required, at most {MaxNameLength} characters.");

    private static bool IsEmail(string email) =>
        email.Length <= MaxEmailLength && MailAddress.TryCreate(email, out var address) && address.Address == email;
}
