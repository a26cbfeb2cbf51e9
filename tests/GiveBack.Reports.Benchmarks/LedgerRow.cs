namespace GiveBack.Reports.Benchmarks;

/// <summary>One generated ledger row; a reversal has a negative amount and <see cref="Reverses"/> set.</summary>
internal readonly record struct LedgerRow(
    Guid Id, Guid DonorId, Guid CampaignId, long Amount, string Currency, DateOnly ReceivedOn, int? ClassYear, Guid? Reverses);
