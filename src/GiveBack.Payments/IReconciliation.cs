namespace GiveBack.Payments;

/// <summary>Compares the processor-sourced ledger rows of a period with the processor's balance transactions.</summary>
public interface IReconciliation
{
    Task<ReconciliationReport> RunAsync(DateOnly fromDate, DateOnly toDate, CancellationToken cancellationToken = default);
}
