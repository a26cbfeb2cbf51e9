namespace GiveBack.Pledges.Store;

/// <summary>
/// An append-only change to what a donor has promised: the pledge itself (positive), or the part written off or
/// cancelled (negative). Promises move a campaign's committed figure and never its received one.
/// </summary>
public sealed class PledgeCommitment
{
    public Guid Id { get; init; }

    public long Sequence { get; init; }

    public Guid PledgeId { get; init; }

    public Guid DonorId { get; init; }

    public Guid CampaignId { get; init; }

    public required string Kind { get; init; }

    public long Amount { get; init; }

    public required string Currency { get; init; }

    public string? Reason { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
