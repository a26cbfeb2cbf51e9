using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Pledges.Grains;
using GiveBack.Pledges.Store;

namespace GiveBack.Pledges.Endpoints;

public sealed record PledgeResponse(
    Guid Id,
    Guid DonorId,
    Guid CampaignId,
    string? Fund,
    long Amount,
    string Currency,
    string Frequency,
    int InstallmentCount,
    DateOnly FirstDueOn,
    string Status,
    long PaidAmount,
    long BalanceAmount,
    long WrittenOffAmount,
    string? ClosingReason,
    IReadOnlyList<InstallmentResponse> Installments,
    DateTimeOffset CreatedAt)
{
    public static PledgeResponse From(PledgeView pledge) => new(
        pledge.Id, pledge.Terms.DonorId, pledge.Terms.CampaignId, pledge.Terms.Fund, pledge.Terms.TotalAmount,
        pledge.Terms.Currency, PledgeVocabulary.Of(pledge.Terms.Frequency), pledge.Terms.InstallmentCount,
        pledge.Terms.FirstDueOn, PledgeVocabulary.Of(pledge.Standing.Status), pledge.Standing.PaidAmount,
        pledge.Standing.BalanceAmount, pledge.Standing.WrittenOffAmount, pledge.ClosingReason,
        [.. pledge.Standing.Installments.Select(i => new InstallmentResponse(i.Number, i.DueOn, i.Amount, i.PaidAmount, PledgeVocabulary.Of(i.Status)))],
        pledge.CreatedAt);

    /// <summary>A listed pledge: the figures as last written, without the installments.</summary>
    public static PledgeResponse From(PledgeRecord pledge) => new(
        pledge.Id, pledge.DonorId, pledge.CampaignId, pledge.Fund, pledge.TotalAmount, pledge.Currency, pledge.Frequency,
        pledge.InstallmentCount, pledge.FirstDueOn, pledge.Status, pledge.PaidAmount, pledge.BalanceAmount,
        pledge.WrittenOffAmount, null, [], pledge.CreatedAt);
}
