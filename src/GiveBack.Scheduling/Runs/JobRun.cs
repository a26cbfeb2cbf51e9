namespace GiveBack.Scheduling.Runs;

/// <summary>One run of a scheduled job, kept so the office can see what ran, where, and how it ended.</summary>
public sealed class JobRun
{
    public long Id { get; init; }

    public required string Job { get; init; }

    public required string FireInstanceId { get; init; }

    public required string Instance { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; init; }

    public required string Outcome { get; init; }

    public string? Detail { get; init; }
}
