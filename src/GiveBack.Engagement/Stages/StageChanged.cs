namespace GiveBack.Engagement.Stages;

/// <summary>The outbox event raised when a donor changes stage (type <c>StageChanged</c> in <c>outbox_messages</c>).</summary>
public sealed record StageChanged(
    Guid DonorId, string FromStage, string ToStage, string Reason, double Score, bool Ambassador, DateTimeOffset ChangedAt);
