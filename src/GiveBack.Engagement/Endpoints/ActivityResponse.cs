using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Scoring;

namespace GiveBack.Engagement.Endpoints;

/// <summary>A recorded activity, with the dimension and weight its type has in today's configuration.</summary>
public sealed record ActivityResponse(
    Guid Id, Guid DonorId, string Type, string? Dimension, double Weight, DateTimeOffset OccurredAt, string? Detail, DateTimeOffset RecordedAt)
{
    public static ActivityResponse From(ActivityRecord activity, EngagementModel model)
    {
        var type = model.FindType(activity.Type);
        return new ActivityResponse(
            activity.Id, activity.DonorId, activity.Type, type?.Dimension, type?.Weight ?? 0, activity.OccurredAt, activity.Detail, activity.RecordedAt);
    }
}
