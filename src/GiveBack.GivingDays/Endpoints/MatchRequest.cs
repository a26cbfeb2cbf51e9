using GiveBack.GivingDays.Eligibility;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// A sponsor's match on a campaign. <c>per</c> "amount": each minor unit given brings <c>ratio</c> minor units from the
/// sponsor (1.0 doubles a gift); "donor": each eligible donor brings <c>ratio</c> major units, once. <c>capAmount</c>
/// is in minor units of the campaign's currency; the window runs from <c>startsAt</c> (included) to <c>endsAt</c>
/// (excluded), instants with their offset.
/// </summary>
public sealed record MatchRequest(
    Guid? SponsorDonorId,
    decimal? Ratio,
    string? Per,
    long? CapAmount,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    EligibilityRequest? Eligibility);
