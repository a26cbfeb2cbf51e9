namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>A donor moved to another stage of the relationship (e.g. aware → involved → engaged).</summary>
/// <param name="DonorId">The donor.</param>
/// <param name="PreviousStage">The stage before.</param>
/// <param name="Stage">The new stage.</param>
/// <param name="ChangedAt">When the change happened.</param>
/// <param name="Reason">Why, in words a gift officer reads (score and recency that decided it).</param>
/// <param name="Score">The engagement score at the change.</param>
/// <param name="Ambassador">Whether the donor is among the ambassadors after the change.</param>
public sealed record StageChanged(
    Guid DonorId,
    string PreviousStage,
    string Stage,
    DateTimeOffset ChangedAt,
    string Reason,
    double Score,
    bool Ambassador) : GiveBackEvent(DonorId);
