namespace GiveBack.Outreach.Staff;

/// <summary>
/// Where the workspace queues a message to a member of staff. It joins the same queue, dispatcher and channels as a
/// donor's message (one row in <c>outreach_messages</c>, unique on kind and reference); only the recipient differs.
/// </summary>
public interface IStaffOutbox
{
    /// <summary>True when the message is new; false when it was queued before.</summary>
    Task<bool> TryQueueAsync(StaffOutreachRequest request, CancellationToken cancellationToken = default);
}
