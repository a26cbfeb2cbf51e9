using GiveBack.Plugins.Abstractions.Events;

namespace GiveBack.Plugins.Abstractions.Crm;

/// <summary>
/// Keeps an external CRM (Salesforce NPSP, Raiser's Edge, CiviCRM…) in step with GiveBack: events are pushed to it,
/// constituents and their external ids are pulled back.
/// </summary>
/// <remarks>
/// The host calls one connector from one delivery loop at a time, in outbox order per donor, at least once per event:
/// throw to have the host retry later with backoff. Honour the cancellation token: the host abandons a call that
/// exceeds its timeout and counts it as a failure.
/// </remarks>
public interface ICrmConnector
{
    /// <summary>Whether this connector wants events of a type; events it does not handle are skipped, not queued.</summary>
    /// <param name="eventType">A name from <see cref="EventTypes"/>.</param>
    /// <returns>True to receive events of that type.</returns>
    bool Accepts(string eventType);

    /// <summary>Pushes one event to the CRM. Returning means delivered; throwing means retry later.</summary>
    /// <param name="delivery">The event with its delivery id (stable across retries: use it to dedupe).</param>
    /// <param name="cancellationToken">Cancelled when the host's timeout elapses or the host stops.</param>
    /// <returns>A task that completes when the CRM has accepted the event.</returns>
    Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Pulls constituents changed in the CRM since <paramref name="cursor"/>. The host stores the returned
    /// <see cref="ConstituentPage.NextCursor"/> and passes it back next time, so the pull is incremental.
    /// </summary>
    /// <param name="cursor">The cursor returned last time, or null on the first pull.</param>
    /// <param name="maxCount">The most constituents to return in this page.</param>
    /// <param name="cancellationToken">Cancelled on timeout or shutdown.</param>
    /// <returns>A page of constituents; return an empty page when the CRM has nothing new or cannot be pulled from.</returns>
    Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken);
}
