using GiveBack.Domain.Paging;
using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Stages;
using GiveBack.Ledger.Gifts;
using GiveBack.Outreach.Queue;
using GiveBack.Payments;
using GiveBack.Pledges.Store;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Web.Paging;

namespace GiveBack.Workspace.Donors;

/// <summary>
/// A donor's timeline, newest first and paged: each module is asked for the donor's newest items (one query each, through
/// its own read) and the answers are merged here. Every module keeps its own tables, so no query joins across them.
/// A monthly gift is two moments: when it started (at the amount it charges now: the processor keeps no history of
/// amount changes here) and, once stopped, when it was cancelled; its charges are gifts in the ledger, listed as such.
/// </summary>
public sealed class DonorTimeline(
    LedgerReader ledger,
    ActivityStore activities,
    StandingStore standings,
    PledgeStore pledges,
    OutreachStore outreach,
    IRecurringGifts recurring)
{
    /// <summary>
    /// The page at <paramref name="page"/>. The newest Offset + Limit items of each module hold every item of the merged
    /// page, since each module answers in the timeline's own order; the total is the sum of the modules' totals.
    /// </summary>
    public async Task<Page<TimelineEntry>> PageAsync(Guid donorId, PageRequest page, CancellationToken cancellationToken)
    {
        var needed = page.Offset + page.Limit;
        var gifts = await ledger.EntriesOfDonorAsync(donorId, 0, needed, cancellationToken);
        var logged = await activities.PageOfDonorAsync(donorId, 0, needed, cancellationToken);
        var changes = await standings.NewestChangesOfDonorAsync(donorId, needed, cancellationToken);
        var promised = await pledges.ListAsync(new PledgeQuery(donorId, null, null, 0, needed), cancellationToken);
        var (messages, messageTotal) = await outreach.ListAsync(new OutreachQuery(donorId, null, null, 0, needed), cancellationToken);
        // All of them: a donor has a handful, and a cancellation can be newer than every later start.
        var monthly = (await recurring.OfDonorAsync(donorId, cancellationToken)).SelectMany(FromRecurringGift).ToList();

        var merged = gifts.Items.Select(FromLedger)
            .Concat(logged.Items.Select(FromActivity))
            .Concat(changes.Items.Select(FromStageChange))
            .Concat(promised.Items.Select(FromPledge))
            .Concat(messages.Select(FromMessage))
            .Concat(monthly)
            .OrderByDescending(e => e.Day).ThenByDescending(e => e.At)
            .Skip(page.Offset).Take(page.Limit)
            .ToList();
        return new Page<TimelineEntry>(merged, gifts.Total + logged.Total + changes.Total + promised.Total + messageTotal + monthly.Count, page.Offset, page.Limit);
    }

    private static TimelineEntry FromLedger(LedgerEntry entry) => new(
        entry.ReceivedOn,
        entry.RecordedAt,
        entry.Kind == LedgerEntryKinds.Gift ? TimelineKinds.Gift : TimelineKinds.Reversal,
        entry.Amount,
        entry.Currency,
        entry.Kind == LedgerEntryKinds.Gift ? entry.Fund : entry.Reason);

    private static TimelineEntry FromActivity(ActivityRecord activity) => new(
        DateOnly.FromDateTime(activity.OccurredAt.UtcDateTime),
        activity.OccurredAt,
        TimelineKinds.Activity,
        null,
        null,
        activity.Detail is { Length: > 0 } detail ? $"{activity.Type}: {detail}" : activity.Type);

    private static TimelineEntry FromStageChange(StageChangeRecord change) => new(
        DateOnly.FromDateTime(change.ChangedAt.UtcDateTime),
        change.ChangedAt,
        TimelineKinds.StageChange,
        null,
        null,
        $"{change.FromStage} → {change.ToStage}");

    private static TimelineEntry FromPledge(PledgeRecord pledge) => new(
        DateOnly.FromDateTime(pledge.CreatedAt.UtcDateTime),
        pledge.CreatedAt,
        TimelineKinds.Pledge,
        pledge.TotalAmount,
        pledge.Currency,
        $"{pledge.InstallmentCount} × {pledge.Frequency} · {pledge.Status}");

    /// <summary>A monthly gift's stop (if it stopped), then its start: newest first, so where the two share an instant
    /// the merge, which keeps the order of equal items, still lists the stop above the start.</summary>
    private static IEnumerable<TimelineEntry> FromRecurringGift(RecurringGiftView gift)
    {
        if (gift.CanceledAt is { } stamped)
        {
            // Stripe stamps a cancellation in whole seconds, and the start is this host's own instant: a gift stopped
            // within the second it started would otherwise be listed as stopped before it began.
            var canceled = stamped < gift.CreatedAt ? gift.CreatedAt : stamped;
            yield return new TimelineEntry(
                DateOnly.FromDateTime(canceled.UtcDateTime), canceled, TimelineKinds.RecurringGiftCanceled, gift.Amount, gift.Currency, null);
        }

        yield return new TimelineEntry(
            DateOnly.FromDateTime(gift.CreatedAt.UtcDateTime), gift.CreatedAt, TimelineKinds.RecurringGift, gift.Amount, gift.Currency, gift.Status);
    }

    private static TimelineEntry FromMessage(OutreachMessageRecord message) => new(
        DateOnly.FromDateTime(message.CreatedAt.UtcDateTime),
        message.CreatedAt,
        TimelineKinds.Message,
        null,
        null,
        $"{message.Subject ?? message.MessageKind} · {message.Status}",
        message.MessageKind is nameof(MessageKind.ThankYou) or nameof(MessageKind.Receipt) ? message.Id : null);
}
