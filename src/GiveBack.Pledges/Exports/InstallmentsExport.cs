using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Pledges.Exports;

/// <summary>Each pledge's installments.</summary>
public sealed class InstallmentsExport(IDbContextFactory<PledgesDbContext> contexts) : IRecordExport
{
    public string Name => "pledge_installments";

    public string Description => "One row per installment of a pledge.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("pledge_id", "the pledge (pledges.csv)"),
        new("number", "1 for the first installment, then 2, 3…"),
        new("due_on", "the day it falls due (yyyy-MM-dd)"),
        new("amount_minor", "what is due, in minor units"),
        new("paid_amount_minor", "what was paid into it, in minor units"),
        new("status", "the installment's standing"),
        new("reminder_sent_at", "when the reminder went, if it did"),
        new("overdue_marked_at", "when it was marked overdue, if it was"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var installments = db.PledgeInstallments.AsNoTracking()
            .Where(i => donorId == null || db.Pledges.Any(p => p.Id == i.PledgeId && p.DonorId == donorId))
            .OrderBy(i => i.PledgeId).ThenBy(i => i.Number);
        await foreach (var i in installments.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return [i.PledgeId, i.Number, i.DueOn, i.Amount, i.PaidAmount, i.Status, i.ReminderSentAt, i.OverdueMarkedAt];
        }
    }
}
