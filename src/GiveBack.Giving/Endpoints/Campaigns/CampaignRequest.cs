namespace GiveBack.Giving.Endpoints.Campaigns;

/// <summary>
/// A new campaign. The goal is in minor units of its currency; the slug (for the public page) is derived from the name
/// when absent; the donor goal (a number of donors) is optional.
/// </summary>
public sealed record CampaignRequest(
    string? Name, string? Currency, long? GoalAmount, DateOnly? StartsOn, DateOnly? EndsOn, string? Slug, int? DonorGoal = null);
