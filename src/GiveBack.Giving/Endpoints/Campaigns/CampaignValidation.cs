using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GiveBack.Domain.Money;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Web.Problems;

namespace GiveBack.Giving.Endpoints.Campaigns;

internal static partial class CampaignValidation
{
    public const int MaxNameLength = 200;
    public const int MaxSlugLength = 100;
    public const int MaxDonorGoal = 10_000_000;

    public static CampaignDefinition? Validate(CampaignRequest request, FieldErrors errors)
    {
        var name = request.Name?.Trim();
        errors.Check(!string.IsNullOrEmpty(name) && name.Length <= MaxNameLength, "name", $"name is required, at most {MaxNameLength} characters.");
        var knownCurrency = Currency.TryNormalize(request.Currency, out var currency);
        errors.Check(knownCurrency, "currency", "currency is required: an ISO 4217 code such as USD, EUR or CHF.");
        errors.Check(request.GoalAmount is > 0 and <= GiftAmount.MaxMinorUnits * 100, "goalAmount", "goalAmount is required: a positive whole number of minor units.");
        errors.Check(request.DonorGoal is null or (> 0 and <= MaxDonorGoal), "donorGoal", $"donorGoal, when given, is a number of donors from 1 to {MaxDonorGoal}.");
        errors.Check(request.StartsOn is not null, "startsOn", "startsOn is required (YYYY-MM-DD).");
        errors.Check(request.EndsOn is not null, "endsOn", "endsOn is required (YYYY-MM-DD).");
        errors.CheckDate(request.StartsOn, "startsOn").CheckDate(request.EndsOn, "endsOn");
        errors.Check(request.StartsOn is null || request.EndsOn is null || request.EndsOn >= request.StartsOn, "endsOn", "endsOn cannot be before startsOn.");
        var slug = string.IsNullOrWhiteSpace(request.Slug) ? SlugOf(name ?? string.Empty) : request.Slug.Trim();
        errors.Check(
            slug.Length is > 0 and <= MaxSlugLength && SlugPattern().IsMatch(slug),
            "slug",
            "slug must be lower-case letters, digits and single hyphens (e.g. 'annual-fund-2026'), at most 100 characters.");
        return errors.Any
            ? null
            : new CampaignDefinition(name!, slug, currency, request.GoalAmount!.Value, request.StartsOn!.Value, request.EndsOn!.Value, request.DonorGoal);
    }

    /// <summary>"Fonds annuel 2026 — Élan" becomes "fonds-annuel-2026-elan".</summary>
    public static string SlugOf(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
            }
        }

        var slug = Hyphens().Replace(plain.ToString(), "-").Trim('-');
        return slug.Length > MaxSlugLength ? slug[..MaxSlugLength].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
