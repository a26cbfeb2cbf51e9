using GiveBack.Engagement.Moves;

namespace GiveBack.Engagement.Endpoints;

public sealed record MoveChangeResponse(MoveStage Stage, string OfficerId, string? NextStep, DateOnly? DueOn, DateTimeOffset ChangedAt)
{
    public static MoveChangeResponse From(MoveChangeRecord change) =>
        new(change.Stage, change.OfficerId, change.NextStep, change.DueOn, change.ChangedAt);
}
