using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outreach;
using GiveBack.Payments.Statements;
using GiveBack.Payments.Stripe.Data;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>
/// Statement runs: a request (or the year-end schedule) records a run and wakes <see cref="StatementRunJob"/>, which
/// queues one statement message per donor who gave in the period. Each donor gets one statement per period whatever the
/// number of runs: the <c>statements</c> row (donor, period) and the outreach queue's (kind, reference) are both unique,
/// so a second run, or a run resumed after a crash, queues nothing new. Donors are taken by id in pages, each page's end
/// a checkpoint. The message is worded and its PDF drawn when it is sent, in the donor's language then.
/// </summary>
public sealed class StatementRuns(
    IDbContextFactory<PaymentsDbContext> contexts,
    StandingGiftsReader gifts,
    IOutreachOutbox outreach,
    IServiceProvider services,
    IOptions<StatementsOptions> options,
    TimeProvider clock)
{
    /// <summary>Who the year-end schedule's runs are recorded as asked by.</summary>
    public const string YearEndRequester = "year-end schedule";

    public async Task<Guid> StartAsync(StatementPeriod period, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var run = new StatementRunRecord
        {
            Id = Guid.CreateVersion7(),
            PeriodFrom = period.From,
            PeriodTo = period.To,
            Status = StatementRunView.QueuedStatus,
            RequestedBy = requestedBy,
            RequestedAt = clock.GetUtcNow(),
        };
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.StatementRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        await WakeAsync(cancellationToken);
        return run.Id;
    }

    /// <summary>Starts the run of the calendar year <paramref name="year"/> unless one was recorded for it already.</summary>
    public async Task<bool> StartYearEndAsync(int year, CancellationToken cancellationToken = default)
    {
        var period = StatementPeriod.Year(year);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.StatementRuns.AnyAsync(r => r.PeriodFrom == period.From && r.PeriodTo == period.To, cancellationToken))
            {
                return false;
            }
        }

        await StartAsync(period, YearEndRequester, cancellationToken);
        return true;
    }

    public async Task<StatementRunView?> FindAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.StatementRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) is not { } run)
        {
            return null;
        }

        var queued = await db.Statements.CountAsync(s => s.RunId == runId, cancellationToken);
        var sent = await db.Statements.CountAsync(s => s.RunId == runId && s.SentAt != null, cancellationToken);
        return new StatementRunView(
            run.Id, run.Status, run.PeriodFrom, run.PeriodTo, run.RequestedBy, run.RequestedAt, run.StartedAt, run.CompletedAt,
            run.Donors, run.Processed, queued, run.Processed - queued, sent, run.Error);
    }

    /// <summary>Does every run not yet completed, oldest first; how many it completed. The statement job's work.</summary>
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken)
    {
        List<Guid> pending;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            pending = await db.StatementRuns.AsNoTracking()
                .Where(r => r.Status != StatementRunView.Completed)
                .OrderBy(r => r.RequestedAt)
                .Select(r => r.Id)
                .ToListAsync(cancellationToken);
        }

        foreach (var id in pending)
        {
            await RunAsync(id, cancellationToken);
        }

        return pending.Count;
    }

    /// <summary>Records that a channel accepted the donor's statement for the period; the first time wins.</summary>
    public async Task MarkSentAsync(Guid donorId, StatementPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Statements
            .Where(s => s.DonorId == donorId && s.PeriodFrom == period.From && s.PeriodTo == period.To && s.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SentAt, clock.GetUtcNow()), cancellationToken);
    }

    private async Task RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.StatementRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        var period = new StatementPeriod(run.PeriodFrom, run.PeriodTo);
        if (run.StartedAt is null)
        {
            run.Status = StatementRunView.Running;
            run.StartedAt = clock.GetUtcNow();
            run.Donors = await gifts.CountDonorsAsync(period.From, period.To, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            while (true)
            {
                var page = await gifts.DonorsAsync(period.From, period.To, run.LastDonorId, options.Value.PageSize, cancellationToken);
                if (page.Count == 0)
                {
                    break;
                }

                await QueueAsync(run.Id, period, page, cancellationToken);
                run.Processed += page.Count;
                run.LastDonorId = page[^1];
                await db.SaveChangesAsync(cancellationToken);
            }

            run.Status = StatementRunView.Completed;
            run.CompletedAt = clock.GetUtcNow();
            run.Error = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The run stays as it is, at its last checkpoint: the job's next fire resumes it.
            run.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Claims the period's statement for each donor of the page that has none (this run's), then queues every donor's
    /// message: queuing is a no-op for a message queued before, and queuing them all heals a page a crash cut between
    /// its claims and its messages.
    /// </summary>
    private async Task QueueAsync(Guid runId, StatementPeriod period, IReadOnlyList<Guid> donors, CancellationToken cancellationToken)
    {
        var ids = donors.ToArray();
        var now = clock.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO statements (donor_id, period_from, period_to, run_id, queued_at)
                SELECT donor, {period.From}, {period.To}, {runId}, {now} FROM unnest({ids}) AS donor
                ON CONFLICT DO NOTHING
                """,
                cancellationToken);
        }

        foreach (var donorId in donors)
        {
            await outreach.TryQueueAsync(Request(donorId, period), cancellationToken);
        }
    }

    private static OutreachRequest Request(Guid donorId, StatementPeriod period) =>
        new(
            OutreachKinds.GivingStatement,
            $"{period.Key}:{donorId}",
            donorId,
            MessageKind.Receipt,
            new OutreachValues().Date("period_from", period.From).Date("period_to", period.To));

    /// <summary>Fires the statement job now on this host's scheduler; without one (scheduling off here) its next look does.</summary>
    private async Task WakeAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<ISchedulerFactory>() is { } schedulers)
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(StatementRunJob.Key, cancellationToken);
        }
    }
}
