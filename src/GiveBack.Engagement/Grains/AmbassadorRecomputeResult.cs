namespace GiveBack.Engagement.Grains;

/// <summary>What one recompute found: how many engaged alumni, who the ambassadors are, how many grains it told.</summary>
public sealed record AmbassadorRecomputeResult(DateTimeOffset AsOf, int EngagedAlumni, IReadOnlyList<Guid> Ambassadors, int DonorsUpdated);
