namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>An event a plugin failed to take after the maximum number of attempts; replay sends it again.</summary>
public sealed record DeadLetter(
    long Id,
    string PluginId,
    long OutboxId,
    string EventType,
    Guid? DonorId,
    int Attempts,
    string? LastError,
    DateTimeOffset FailedAt);
