using Microsoft.EntityFrameworkCore;

namespace GiveBack.Scheduling.Runs;

public sealed class JobRunLog(IDbContextFactory<SchedulingDbContext> contexts)
{
    public async Task AddAsync(JobRun run, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The latest runs of each job, newest first.</summary>
    public async Task<ILookup<string, JobRun>> LatestAsync(int perJob, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.JobRuns
            .FromSql($"""
                SELECT id, job, fire_instance_id, instance, started_at, finished_at, outcome, detail
                FROM (SELECT *, row_number() OVER (PARTITION BY job ORDER BY id DESC) AS position FROM job_runs) latest
                WHERE position <= {perJob}
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return runs.OrderByDescending(r => r.Id).ToLookup(r => r.Job);
    }

    public async Task<JobRun?> LastAsync(string job, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AsNoTracking().Where(r => r.Job == job).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<int> CountAsync(string job, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.CountAsync(r => r.Job == job, cancellationToken);
    }
}
