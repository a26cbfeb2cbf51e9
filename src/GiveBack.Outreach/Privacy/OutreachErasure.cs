using GiveBack.Domain.Erasure;
using GiveBack.Ledger.Outreach;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Outreach.Privacy;

/// <summary>
/// Outreach's part of an erasure: every message about the donor (to them, or to staff about them) loses what it was
/// rendered from — the values (names, amounts' wording, links), the subject and the last error, which may quote an
/// address — and a message still waiting is withdrawn, as it could no longer be written. What was sent, when and on
/// which channel stays, naming nobody.
/// </summary>
public sealed class OutreachErasure(IDbContextFactory<OutreachDbContext> contexts) : IDonorErasureStep
{
    public int Order => 200;

    public string Name => "outreach: message values, subjects, errors; waiting messages withdrawn";

    public async Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var donorId = erasure.DonorId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.OutreachMessages.Where(m => m.DonorId == donorId).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.Values, "{}")
                .SetProperty(m => m.Subject, (string?)null)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.Status, m => m.Status == OutreachStatuses.Queued ? OutreachStatuses.Withdrawn : m.Status)
                .SetProperty(m => m.UpdatedAt, erasure.ErasedAt),
            cancellationToken);
    }
}
