namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>A pledge was made, paid into, or changed status.</summary>
/// <param name="PledgeId">The pledge.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="TotalMinor">The commitment in minor units of <paramref name="Currency"/>.</param>
/// <param name="BalanceMinor">What remains to be paid, in minor units.</param>
/// <param name="Currency">ISO 4217 currency code.</param>
/// <param name="Status">One of <c>active</c>, <c>fulfilled</c>, <c>overdue</c>, <c>written-off</c>, <c>cancelled</c>.</param>
/// <param name="NextDueOn">The next installment's due date, if any.</param>
/// <param name="ChangedAt">When the change happened.</param>
/// <param name="CampaignId">The campaign the pledge counts toward.</param>
/// <param name="CampaignName">The campaign's name.</param>
public sealed record PledgeChanged(
    Guid PledgeId,
    Guid DonorId,
    long TotalMinor,
    long BalanceMinor,
    string Currency,
    string Status,
    DateOnly? NextDueOn,
    DateTimeOffset ChangedAt,
    Guid CampaignId,
    string CampaignName) : GiveBackEvent(DonorId);
