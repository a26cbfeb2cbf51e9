using GiveBack.Engagement.Stages;

namespace GiveBack.Engagement.Endpoints;

public sealed record StageChangeResponse(string FromStage, string ToStage, string Reason, double Score, DateTimeOffset ChangedAt)
{
    public static StageChangeResponse From(StageChangeRecord change) =>
        new(change.FromStage, change.ToStage, change.Reason, Math.Round(change.Score, 4), change.ChangedAt);
}
