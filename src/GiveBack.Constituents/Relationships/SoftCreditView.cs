namespace GiveBack.Constituents.Relationships;

/// <summary>
/// A soft credit: the gift, its legal donor (<see cref="GiftDonorId"/>, when the gift stands), the donor credited, how
/// much and why. <see cref="Reversed"/> is read from the ledger: the gift no longer stands.
/// </summary>
public sealed record SoftCreditView(
    Guid Id, Guid GiftId, Guid DonorId, long Amount, string Currency, string Reason, bool Reversed, Guid? GiftDonorId, DateOnly? ReceivedOn,
    DateTimeOffset CreatedAt);
