namespace GiveBack.Outreach.Staff;

/// <summary>
/// What the module that owns a kind of staff message adds when it is sent. A secret such as a password-reset token is
/// made here, at each attempt, and handed to the channel only: it is never written to the queue, where anyone who reads
/// the table (a backup, a support query) could use it. Registered as a singleton by that module.
/// </summary>
public interface IStaffOutreachKindHandler
{
    bool Owns(string kind);

    /// <summary>
    /// The name and the send-time values; null when the message can no longer be sent (the account is gone or locked),
    /// which ends it as dead. An exception (the database unreachable) leaves the message to another attempt once its
    /// claim expires, as when a host fails in the middle of a send.
    /// </summary>
    Task<StaffMessageContent?> PrepareAsync(StaffQueuedMessage message, CancellationToken cancellationToken);
}
