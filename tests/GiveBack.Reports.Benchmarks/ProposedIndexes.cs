namespace GiveBack.Reports.Benchmarks;

/// <summary>
/// The indexes the reports are benchmarked with under <c>--indexes</c>; the same SQL goes into an EF migration.
/// Partial on gifts and covering, so the reports read index pages only (index-only scans) instead of the wide heap rows.
/// </summary>
internal static class ProposedIndexes
{
    public static IReadOnlyList<string> Sql { get; } =
    [
        "CREATE INDEX IF NOT EXISTS ix_ledger_entries_gifts_received_on ON ledger_entries (received_on) INCLUDE (donor_id, amount, currency, id, campaign_id) WHERE kind = 'gift'",
        "CREATE INDEX IF NOT EXISTS ix_ledger_entries_gifts_donor_id ON ledger_entries (donor_id, received_on) INCLUDE (amount, currency, id, sequence) WHERE kind = 'gift'",
    ];
}
