namespace GiveBack.Reports.Rollups;

/// <summary>
/// One row per donor and currency over all their standing gifts (table <c>donor_giving_totals</c>). Written only by the
/// database trigger on <c>ledger_entries</c> and by <see cref="ReportRollups.RebuildRollupsAsync"/>; mapped so that the
/// Reports migrations own the table.
/// </summary>
public sealed class DonorGivingTotal
{
    public Guid DonorId { get; set; }

    public string Currency { get; set; } = string.Empty;

    public DateOnly FirstGiftOn { get; set; }

    public DateOnly LastGiftOn { get; set; }

    public long GiftCount { get; set; }

    public long Amount { get; set; }
}
