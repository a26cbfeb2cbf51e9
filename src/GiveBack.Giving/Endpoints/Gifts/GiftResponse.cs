using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Endpoints.Gifts;

/// <summary>
/// One ledger row. A gift that has been reversed says so in <c>reversedBy</c>; a reversal has kind <c>reversal</c>, a
/// negative amount and the id of the gift it reverses. <c>ambassadorId</c> names the giving-day ambassador whose link
/// brought the gift.
/// </summary>
public sealed record GiftResponse(
    Guid Id,
    string Kind,
    Guid DonorId,
    Guid CampaignId,
    long Amount,
    string Currency,
    DateOnly ReceivedOn,
    string Method,
    string? Fund,
    TributeResponse? Tribute,
    bool Anonymous,
    int? ClassYear,
    string Source,
    long? FeeAmount,
    long? NetAmount,
    Guid? ReversesGiftId,
    Guid? ReversedBy,
    string? Reason,
    DateTimeOffset RecordedAt,
    Guid? PledgeId,
    Guid? AmbassadorId)
{
    public static GiftResponse From(LedgerEntry entry, Guid? reversedBy = null) => new(
        entry.Id, entry.Kind, entry.DonorId, entry.CampaignId, entry.Amount, entry.Currency, entry.ReceivedOn,
        entry.Method, entry.Fund,
        entry.TributeType is { } type ? new TributeResponse(type, entry.TributeName) : null,
        entry.Anonymous, entry.ClassYear, entry.Source, entry.FeeAmount, entry.NetAmount, entry.ReversesEntryId,
        reversedBy, entry.Reason, entry.RecordedAt, entry.PledgeId, entry.AmbassadorId);
}
