namespace GiveBack.Pledges.Store;

/// <summary>A row of <c>campaign_directory</c>, the view giving publishes: pledges name their campaign in events and reminders.</summary>
public sealed class CampaignName
{
    public Guid Id { get; init; }

    public required string Name { get; init; }
}
