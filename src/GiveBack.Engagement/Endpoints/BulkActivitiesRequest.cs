namespace GiveBack.Engagement.Endpoints;

/// <summary>Up to 500 activities of any donors, recorded all together or not at all.</summary>
public sealed record BulkActivitiesRequest(IReadOnlyList<BulkActivityItem?>? Activities);
