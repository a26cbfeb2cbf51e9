namespace GiveBack.GivingDays.Challenges;

/// <summary>
/// One gift as a challenge saw it, keyed by challenge and gift: a replayed gift finds its row and counts nothing twice.
/// A reversal stamps <see cref="ReturnedAt"/>; one that comes before the gift was counted (its first hook run died)
/// leaves a row with <see cref="Counted"/> false, so the gift's replay does not count a reversed gift.
/// </summary>
public sealed class ChallengeGiftRecord
{
    public Guid ChallengeId { get; init; }

    public Guid GiftId { get; init; }

    public Guid DonorId { get; init; }

    public long Amount { get; init; }

    public bool Counted { get; init; }

    public DateTimeOffset SeenAt { get; init; }

    public DateTimeOffset? ReturnedAt { get; set; }
}
