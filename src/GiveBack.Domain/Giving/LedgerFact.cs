namespace GiveBack.Domain.Giving;

/// <summary>
/// One ledger row as the rules see it. A reversal carries a negative amount and the id of the gift it reverses, and
/// repeats the donor, campaign, class year and pledge of that gift so that every tally can apply it on its own.
/// <see cref="Sequence"/> (insertion order) and <see cref="TransactionId"/> (the database transaction that wrote the row)
/// say where the row sits in the ledger, so a tally too large to remember every entry can still tell whether it has
/// counted this one.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.ledger-fact")]
public sealed record LedgerFact(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] Guid DonorId,
    [property: Id(2)] Guid CampaignId,
    [property: Id(3)] long Amount,
    [property: Id(4)] string Currency,
    [property: Id(5)] DateOnly ReceivedOn,
    [property: Id(6)] int? ClassYear,
    [property: Id(7)] Guid? ReversesEntryId,
    [property: Id(8)] DateTimeOffset RecordedAt,
    [property: Id(9)] Guid? PledgeId = null,
    [property: Id(10)] long Sequence = 0,
    [property: Id(11)] long TransactionId = 0)
{
    public bool IsReversal => ReversesEntryId is not null;
}
