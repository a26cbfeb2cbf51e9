namespace GiveBack.Ledger.Campaigns;

/// <summary>The listable copy of a campaign's definition; <c>CampaignGrain</c> owns it and writes this row.</summary>
public sealed class CampaignRecord
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public required string Currency { get; set; }

    public long GoalAmount { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>How many donors the campaign aims for, when it has such a goal.</summary>
    public int? DonorGoal { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the calendar job announced the campaign open; stamped once, never by the grain.</summary>
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>When the calendar job closed the campaign: gifts received after its end date are refused.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}
