namespace GiveBack.Grains.Abstractions.Campaigns;

/// <summary>
/// What a campaign is: its goal in minor units of its currency, its window, and its public slug; optionally how many
/// donors it aims for (participation matters to alumni offices as much as the money).
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.campaign-definition")]
public sealed record CampaignDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] string Slug,
    [property: Id(2)] string Currency,
    [property: Id(3)] long GoalAmount,
    [property: Id(4)] DateOnly StartsOn,
    [property: Id(5)] DateOnly EndsOn,
    [property: Id(6)] int? DonorGoal = null)
{
    /// <summary>Whether money received on <paramref name="day"/> falls in the campaign's window (both dates included).</summary>
    public bool IsOpenOn(DateOnly day) => day >= StartsOn && day <= EndsOn;
}
