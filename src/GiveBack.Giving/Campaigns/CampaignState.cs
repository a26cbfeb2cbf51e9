namespace GiveBack.Giving.Campaigns;

/// <summary>What a campaign grain persists: its definition. Progress is derived from the ledger.</summary>
[GenerateSerializer, Alias("giveback.campaign-state")]
public sealed class CampaignState
{
    [Id(0)] public string Name { get; set; } = string.Empty;

    [Id(1)] public string Slug { get; set; } = string.Empty;

    [Id(2)] public string Currency { get; set; } = string.Empty;

    [Id(3)] public long GoalAmount { get; set; }

    [Id(4)] public DateOnly StartsOn { get; set; }

    [Id(5)] public DateOnly EndsOn { get; set; }

    [Id(6)] public DateTimeOffset CreatedAt { get; set; }

    [Id(7)] public int? DonorGoal { get; set; }
}
