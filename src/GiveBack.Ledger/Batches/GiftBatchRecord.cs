namespace GiveBack.Ledger.Batches;

/// <summary>
/// A deposit of cheques (or cash, or wires) keyed in by a gift processor: the count and total they counted by hand
/// (the control figures), then one line per cheque. Posting books every line into the ledger once the lines add up to
/// the control figures; a posted batch never changes again (a trigger refuses it).
/// </summary>
public sealed class GiftBatchRecord
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The campaign every line is booked to; its currency is the batch's.</summary>
    public Guid CampaignId { get; init; }

    public required string Currency { get; init; }

    /// <summary>The day the deposit went to the bank, and the day its gifts are booked as received.</summary>
    public DateOnly DepositOn { get; init; }

    /// <summary>How the money came: <c>cheque</c>, <c>cash</c> or <c>wire</c> (the ledger's words).</summary>
    public required string Method { get; init; }

    public int ControlCount { get; set; }

    /// <summary>The control total in minor units of <see cref="Currency"/>.</summary>
    public long ControlTotal { get; set; }

    /// <summary><see cref="GiftBatchStatuses.Open"/>, <see cref="GiftBatchStatuses.Posting"/> or <see cref="GiftBatchStatuses.Posted"/>.</summary>
    public required string Status { get; set; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? PostedBy { get; set; }

    public DateTimeOffset? PostedAt { get; set; }
}
