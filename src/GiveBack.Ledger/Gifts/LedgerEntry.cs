using GiveBack.Domain.Idempotency;

namespace GiveBack.Ledger.Gifts;

/// <summary>
/// One append-only row of the gift ledger. Rows are never updated or deleted: a correction is a reversal row with a
/// negative amount that points at the gift it reverses.
/// </summary>
public sealed class LedgerEntry
{
    public Guid Id { get; init; }

    /// <summary>Commit-independent insertion order, for paging and incremental readers.</summary>
    public long Sequence { get; init; }

    /// <summary>
    /// The PostgreSQL transaction that wrote the row (<c>pg_current_xact_id()</c>, set by the database): with a
    /// <see cref="LedgerSnapshot"/> it tells exactly whether a given read could see the row. Rows written before the
    /// column existed hold 0, which every snapshot sees.
    /// </summary>
    public long TransactionId { get; init; }

    public required string Kind { get; init; }

    public Guid DonorId { get; init; }

    public Guid CampaignId { get; init; }

    /// <summary>Gross amount in minor units; negative on a reversal.</summary>
    public long Amount { get; init; }

    public required string Currency { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string Method { get; init; }

    public string? Fund { get; init; }

    public string? TributeType { get; init; }

    public string? TributeName { get; init; }

    public bool Anonymous { get; init; }

    /// <summary>The donor's class year when the gift was made: campaign credit stays with that class.</summary>
    public int? ClassYear { get; init; }

    public Guid? ReversesEntryId { get; init; }

    public string? Reason { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>Whose key it is: the API key that sent it, or <see cref="ScopedKey.SystemScope"/> (see <see cref="ScopedKey"/>).</summary>
    public Guid IdempotencyScope { get; init; }

    /// <summary>Hash of the normalized request, to tell a genuine retry from a different request reusing a key.</summary>
    public string? RequestHash { get; init; }

    public required string Source { get; init; }

    /// <summary>The payment processor's object id (e.g. a Stripe PaymentIntent), unique so it is booked once.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The pledge this gift pays toward, if any (repeated on its reversal).</summary>
    public Guid? PledgeId { get; init; }

    public long? FeeAmount { get; init; }

    public long? NetAmount { get; init; }

    /// <summary>
    /// The giving-day ambassador whose link brought the gift (repeated on its reversal, so an ambassador's figures are
    /// net of reversals); null for every other gift. A column, not a side table, so it is exact and exported with the row.
    /// </summary>
    public Guid? AmbassadorId { get; init; }
}
