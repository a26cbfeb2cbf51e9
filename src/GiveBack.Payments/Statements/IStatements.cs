namespace GiveBack.Payments.Statements;

/// <summary>
/// Giving statements: every gift a donor made in a period, as it stands after refunds, with totals per currency and the
/// issuer's block and tax wording, as a PDF in the donor's language; and year-end runs that send one to every donor who
/// gave, each donor once per period, through the outreach queue.
/// </summary>
public interface IStatements
{
    /// <summary>The donor's statement for <paramref name="period"/>; null when there is no such donor.</summary>
    Task<StatementFile?> DonorStatementAsync(Guid donorId, StatementPeriod period, CancellationToken cancellationToken = default);

    /// <summary>
    /// The joint statement of donors who give together (a household), addressed as <paramref name="displayName"/>: the
    /// gifts of every one of <paramref name="donorIds"/> in one list with one total per currency, printed in the language
    /// of the first of them (the household's first member), English when there is none.
    /// </summary>
    Task<StatementFile> JointStatementAsync(IReadOnlyList<Guid> donorIds, string displayName, StatementPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Records a run for <paramref name="period"/> and wakes the scheduled job that does it; the run's id.</summary>
    Task<Guid> StartRunAsync(StatementPeriod period, string requestedBy, CancellationToken cancellationToken = default);

    Task<StatementRunView?> FindRunAsync(Guid runId, CancellationToken cancellationToken = default);
}
