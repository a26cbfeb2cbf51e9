namespace GiveBack.Payments;

public sealed record ReconciliationReport(DateOnly From, DateOnly To, int Matched, int Mismatched, IReadOnlyList<ReconciliationLine> Lines);
