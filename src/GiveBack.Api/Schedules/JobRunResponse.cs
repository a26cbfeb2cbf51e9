namespace GiveBack.Api.Schedules;

public sealed record JobRunResponse(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Outcome, string? Detail, string Instance);
