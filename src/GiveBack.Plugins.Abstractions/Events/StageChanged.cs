namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>A donor moved to another stage of the relationship (e.g. prospect → donor → major donor).</summary>
/// <param name="DonorId">The donor.</param>
/// <param name="PreviousStage">The stage before.</param>
/// <param name="Stage">The new stage.</param>
/// <param name="ChangedAt">When the change happened.</param>
public sealed record StageChanged(Guid DonorId, string PreviousStage, string Stage, DateTimeOffset ChangedAt) : GiveBackEvent(DonorId);
