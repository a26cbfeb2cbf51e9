namespace GiveBack.Scheduling.Endpoints;

public sealed record JobRunResponse(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Outcome, string? Detail, string Instance);
