namespace GiveBack.Engagement.Endpoints;

/// <summary>What a bulk import did: <see cref="Recorded"/> new activities; the rest were there already (a retry).</summary>
public sealed record BulkActivitiesResponse(int Recorded, int AlreadyRecorded, IReadOnlyList<ActivityResponse> Activities);
