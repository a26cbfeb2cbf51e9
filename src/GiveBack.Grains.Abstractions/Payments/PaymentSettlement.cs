namespace GiveBack.Grains.Abstractions.Payments;

/// <summary>
/// A settled payment in product terms: who gave, to what, how much was charged, what the processor kept (fee) and what
/// reached the institution (net), and how much has been refunded so far. Amounts are minor units.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.payment-settlement")]
public sealed record PaymentSettlement(
    [property: Id(0)] Guid DonorId,
    [property: Id(1)] Guid CampaignId,
    [property: Id(2)] long Amount,
    [property: Id(3)] string Currency,
    [property: Id(4)] long? Fee,
    [property: Id(5)] long? Net,
    [property: Id(6)] DateOnly ReceivedOn,
    [property: Id(7)] GiftDesignation Designation,
    [property: Id(8)] long AmountRefunded);
