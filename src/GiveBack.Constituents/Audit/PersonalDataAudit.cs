using System.Security.Claims;
using GiveBack.Domain.Paging;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Audit;

/// <summary>
/// The audit log of staff reads and writes of personal data. Each entry is written as the access happens (one short
/// insert), so that a log an administrator reads is never missing what a crash swallowed from a buffer.
/// </summary>
public sealed class PersonalDataAudit(IDbContextFactory<ConstituentsDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(ClaimsPrincipal who, string action, string what, Guid? donorId, string? before = null, string? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = ActorOf(who),
            Action = action,
            What = what.Length <= 512 ? what : what[..512],
            DonorId = donorId,
            Before = before,
            After = after,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The newest entries first, for one donor or one actor when asked.</summary>
    public async Task<Page<AuditEntry>> ListAsync(Guid? donorId, string? actor, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (donorId is { } id)
        {
            query = query.Where(e => e.DonorId == id);
        }

        if (!string.IsNullOrWhiteSpace(actor))
        {
            query = query.Where(e => e.Actor == actor);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new Page<AuditEntry>(items, total, offset, limit);
    }

    /// <summary>A person's e-mail (their user name) or an API key's name: what an administrator recognises.</summary>
    public static string ActorOf(ClaimsPrincipal who)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.Identity?.Name ?? who.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
    }
}
