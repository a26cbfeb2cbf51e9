namespace GiveBack.Outreach.Queue;

/// <summary>What one attempt at a message came to, written back to its row.</summary>
/// <param name="Status">The new status (one of <c>OutreachStatuses</c>).</param>
/// <param name="Attempts">Sends attempted so far.</param>
/// <param name="NextAttemptAt">When to try again (failed), else null.</param>
/// <param name="LastError">Why it failed or was not sent; null when sent.</param>
/// <param name="Channel">The channel it went on or was tried on.</param>
/// <param name="TransportId">The transport's id of a sent message.</param>
/// <param name="Subject">The subject as rendered; null keeps the one already stored.</param>
/// <param name="SentAt">When a channel accepted it.</param>
public sealed record Settlement(
    string Status, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, string? Channel, string? TransportId, string? Subject, DateTimeOffset? SentAt);
