namespace GiveBack.Domain.Campaigns;

/// <summary>What a campaign has raised (received, net of reversals) and what is committed (pledged + outright gifts).</summary>
[GenerateSerializer, Immutable, Alias("giveback.campaign-progress")]
public sealed record CampaignProgress(
    [property: Id(0)] long RaisedAmount,
    [property: Id(1)] int DonorCount,
    [property: Id(2)] int GiftCount,
    [property: Id(3)] IReadOnlyList<ClassYearProgress> ByClassYear,
    [property: Id(4)] long CommittedAmount)
{
    public static CampaignProgress Empty { get; } = new(0, 0, 0, Array.Empty<ClassYearProgress>(), 0);
}
