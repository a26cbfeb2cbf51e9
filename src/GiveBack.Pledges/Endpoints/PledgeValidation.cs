using GiveBack.Domain.Money;
using GiveBack.Domain.Pledges;
using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Web.Problems;

namespace GiveBack.Pledges.Endpoints;

internal static class PledgeValidation
{
    /// <summary>How far ahead a pledge may start: further is a typo, and its installments would run off the calendar.</summary>
    public const int MaxYearsAhead = 10;

    public static PledgeTerms? Validate(PledgeRequest request, TimeProvider clock, FieldErrors errors)
    {
        errors.Check(request.DonorId is { } donor && donor != Guid.Empty, "donorId", "donorId is required.");
        errors.Check(request.CampaignId is { } campaign && campaign != Guid.Empty, "campaignId", "campaignId is required.");
        errors.Check(
            request.InstallmentCount is >= 1 and <= InstallmentPlan.MaxInstallments,
            "installmentCount",
            $"installmentCount must be between 1 and {InstallmentPlan.MaxInstallments}.");
        errors.Check(
            request.Amount is { } amount && GiftAmount.IsValid(amount) && amount >= (request.InstallmentCount ?? 1),
            "amount",
            "amount is required: a positive whole number of minor units, at least one per installment.");
        var knownCurrency = Currency.TryNormalize(request.Currency, out var currency);
        errors.Check(knownCurrency, "currency", "currency is required: an ISO 4217 code such as USD, EUR or CHF.");
        errors.Check(request.Frequency is not null, "frequency", "frequency is required: monthly, quarterly or yearly.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        errors.Check(request.FirstDueOn is not null, "firstDueOn", "firstDueOn is required (YYYY-MM-DD).");
        errors.Check(request.FirstDueOn is null || request.FirstDueOn >= today, "firstDueOn", "firstDueOn cannot be in the past: a pledge promises future payments.");
        errors.Check(
            request.FirstDueOn is null || request.FirstDueOn <= today.AddYears(MaxYearsAhead),
            "firstDueOn",
            $"firstDueOn must be within {MaxYearsAhead} years from today.");
        var fund = string.IsNullOrWhiteSpace(request.Fund) ? null : request.Fund.Trim();
        errors.Check(fund is null || fund.Length <= 100, "fund", "fund is at most 100 characters.");
        return errors.Any
            ? null
            : new PledgeTerms(request.DonorId!.Value, request.CampaignId!.Value, fund, request.Amount!.Value, currency,
                request.InstallmentCount!.Value, request.Frequency!.Value, request.FirstDueOn!.Value);
    }
}
