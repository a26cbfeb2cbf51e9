using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Scheduling;

public sealed class JobRunLog(IDbContextFactory<GiveBackDbContext> contexts)
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
        var jobs = await db.JobRuns.Select(r => r.Job).Distinct().ToListAsync(cancellationToken);
        var runs = new List<JobRun>();
        foreach (var job in jobs)
        {
            runs.AddRange(await db.JobRuns.AsNoTracking()
                .Where(r => r.Job == job)
                .OrderByDescending(r => r.Id)
                .Take(perJob)
                .ToListAsync(cancellationToken));
        }

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
