namespace GiveBack.Scheduling.Endpoints;

public sealed record ScheduleResponse(
    string Job, bool Enabled, string? Schedule, DateTimeOffset? NextFireAt, DateTimeOffset? PreviousFireAt, IReadOnlyList<JobRunResponse> LastRuns);
