using GiveBack.Domain.Pledges;

namespace GiveBack.Pledges.Endpoints;

/// <summary>A new pledge: the total in minor units, paid in <c>installmentCount</c> equal installments from <c>firstDueOn</c>.</summary>
public sealed record PledgeRequest(
    Guid? DonorId,
    Guid? CampaignId,
    long? Amount,
    string? Currency,
    int? InstallmentCount,
    PledgeFrequency? Frequency,
    DateOnly? FirstDueOn,
    string? Fund);
