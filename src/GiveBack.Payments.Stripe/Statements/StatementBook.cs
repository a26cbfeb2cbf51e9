using GiveBack.Payments.Statements;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>The statements port the endpoints read: a donor's statement drawn on request, and the runs.</summary>
public sealed class StatementBook(StatementComposer composer, StatementRuns runs) : IStatements
{
    public async Task<StatementFile?> DonorStatementAsync(Guid donorId, StatementPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return await composer.DonorAsync(donorId) is { } holder
            ? new StatementFile(period.FileName, await composer.RenderAsync(holder, period, cancellationToken))
            : null;
    }

    public Task<Guid> StartRunAsync(StatementPeriod period, string requestedBy, CancellationToken cancellationToken = default) =>
        runs.StartAsync(period, requestedBy, cancellationToken);

    public Task<StatementRunView?> FindRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        runs.FindAsync(runId, cancellationToken);
}
