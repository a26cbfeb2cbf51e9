using GiveBack.Domain.Giving;
using GiveBack.Domain.Money;
using GiveBack.Giving.Gifts;
using GiveBack.Web.Problems;

namespace GiveBack.Giving.Endpoints.Gifts;

internal static class GiftValidation
{
    public const int MaxFundLength = 100;
    public const int MaxTributeNameLength = 200;
    public const int MaxReasonLength = 500;

    /// <summary>The gift as a command, or null with the reasons in <paramref name="errors"/>.</summary>
    public static GiftCommand? Validate(GiftRequest request, TimeProvider clock, FieldErrors errors)
    {
        errors.Check(request.DonorId is { } donor && donor != Guid.Empty, "donorId", "donorId is required.");
        errors.Check(request.CampaignId is { } campaign && campaign != Guid.Empty, "campaignId", "campaignId is required.");
        errors.Check(
            request.Amount is { } amount && GiftAmount.IsValid(amount),
            "amount",
            $"amount is required: a whole number of minor units (cents), more than 0 and at most {GiftAmount.MaxMinorUnits}.");
        var knownCurrency = Currency.TryNormalize(request.Currency, out var currency);
        errors.Check(knownCurrency, "currency", "currency is required: an ISO 4217 code such as USD, EUR or CHF.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        errors.Check(request.ReceivedOn is not null, "receivedOn", "receivedOn is required (YYYY-MM-DD).");
        errors.Check(request.ReceivedOn is null || request.ReceivedOn <= today.AddDays(1), "receivedOn", "receivedOn cannot be in the future.");
        errors.Check(request.ReceivedOn is null || request.ReceivedOn.Value.Year >= 1900, "receivedOn", "receivedOn is too far in the past.");
        errors.Check(
            request.Method is not null and not GiftMethod.Online,
            "method",
            "method is required: cheque, cash, wire, stock, card or other (online gifts come from the payment processor).");
        var fund = string.IsNullOrWhiteSpace(request.Fund) ? null : request.Fund.Trim();
        errors.Check(fund is null || fund.Length <= MaxFundLength, "fund", $"fund is at most {MaxFundLength} characters.");
        var tributeName = string.IsNullOrWhiteSpace(request.Tribute?.Name) ? null : request.Tribute.Name.Trim();
        if (request.Tribute is not null)
        {
            errors.Check(request.Tribute.Type is not null, "tribute.type", "tribute.type is required: honor or memory.");
            errors.Check(tributeName is not null, "tribute.name", "tribute.name is required: whom the gift honours or remembers.");
            errors.Check(tributeName is null || tributeName.Length <= MaxTributeNameLength, "tribute.name", $"tribute.name is at most {MaxTributeNameLength} characters.");
        }

        errors.Check(request.AmbassadorId is null || request.AmbassadorId != Guid.Empty, "ambassadorId", "ambassadorId, when given, is the id of one of the campaign's ambassadors.");
        return errors.Any
            ? null
            : new GiftCommand(
                request.DonorId!.Value, request.CampaignId!.Value, request.Amount!.Value, currency, request.ReceivedOn!.Value,
                request.Method!.Value, fund, request.Tribute?.Type, tributeName, request.Anonymous ?? false, request.PledgeId,
                request.AmbassadorId);
    }

    public static string? Reason(ReversalRequest? request, FieldErrors errors)
    {
        var reason = request?.Reason?.Trim();
        errors.Check(
            !string.IsNullOrEmpty(reason) && reason.Length <= MaxReasonLength,
            "reason",
            $"reason is required (why the gift is reversed), at most {MaxReasonLength} characters.");
        return reason;
    }
}
