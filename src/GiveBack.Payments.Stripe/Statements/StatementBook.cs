using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Payments.Statements;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>The statements port the endpoints read: a donor's or a household's statement drawn on request, and the runs.</summary>
public sealed class StatementBook(StatementComposer composer, StatementRuns runs) : IStatements
{
    public async Task<StatementFile?> DonorStatementAsync(Guid donorId, StatementPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return await composer.DonorAsync(donorId) is { } holder
            ? new StatementFile(period.FileName, await composer.RenderAsync(holder, period, cancellationToken))
            : null;
    }

    public async Task<StatementFile> JointStatementAsync(
        IReadOnlyList<Guid> donorIds, string displayName, StatementPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(donorIds);
        ArgumentNullException.ThrowIfNull(period);
        var first = donorIds.Count > 0 ? await composer.DonorAsync(donorIds[0]) : null;
        var holder = new StatementHolder(donorIds, displayName, first?.Language ?? DonorLanguages.Default, Household: true);
        return new StatementFile(period.FileName, await composer.RenderAsync(holder, period, cancellationToken));
    }

    public Task<Guid> StartRunAsync(StatementPeriod period, string requestedBy, CancellationToken cancellationToken = default) =>
        runs.StartAsync(period, requestedBy, cancellationToken);

    public Task<StatementRunView?> FindRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        runs.FindAsync(runId, cancellationToken);
}
