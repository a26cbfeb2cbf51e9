namespace GiveBack.Domain.Campaigns;

/// <summary>
/// A change to what has been promised to a campaign: a new pledge (positive), or the part of one written off or
/// cancelled (negative). Money received is in the ledger; promises are not money and are kept apart.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.commitment-fact")]
public sealed record CommitmentFact(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid PledgeId,
    [property: Id(2)] Guid CampaignId,
    [property: Id(3)] long Amount,
    [property: Id(4)] DateTimeOffset RecordedAt);
