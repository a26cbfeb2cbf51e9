using GiveBack.GivingDays.Ambassadors;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// An ambassador with their public <c>link</c> (absolute; the <c>token</c> is its last segment) and what it has
/// brought: <c>clicks</c>, distinct <c>donors</c> and <c>amount</c> of the gifts that stand, in minor units of
/// <c>currency</c>. <c>rank</c> is the ambassador's place on the leaderboard (amount, then donors; ties share it), set
/// on the list.
/// </summary>
public sealed record AmbassadorResponse(
    Guid Id,
    Guid CampaignId,
    Guid DonorId,
    string Token,
    string Link,
    long? GoalAmount,
    string? Story,
    long Clicks,
    int Donors,
    long Amount,
    string Currency,
    int? Rank,
    DateTimeOffset CreatedAt)
{
    public static AmbassadorResponse From(AmbassadorRecord ambassador, AmbassadorFigures figures, string link, int? rank = null) => new(
        ambassador.Id, ambassador.CampaignId, ambassador.DonorId, ambassador.Token, link, ambassador.GoalAmount, ambassador.Story,
        figures.Clicks, figures.Donors, figures.Amount, ambassador.Currency, rank, ambassador.CreatedAt);
}
