namespace GiveBack.Grains.Abstractions.Engagement;

/// <summary>
/// The recompute's verdict for one donor: in the top share of engaged alumni or not, and why (rank, score,
/// dimensions). The grain still checks its own rule: a donor who has fallen below engaged is no ambassador.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.ambassador-designation")]
public sealed record AmbassadorDesignation(
    [property: Id(0)] bool IsAmbassador,
    [property: Id(1)] string[] Reasons);
