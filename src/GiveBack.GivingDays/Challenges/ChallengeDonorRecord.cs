namespace GiveBack.GivingDays.Challenges;

/// <summary>
/// A donor as a challenge counts them, once (primary key: challenge and donor): ten gifts from one donor make one
/// donor. <see cref="StandingGifts"/> is how many of the donor's counted gifts stand; the donor counts while it is above 0.
/// </summary>
public sealed class ChallengeDonorRecord
{
    public Guid ChallengeId { get; init; }

    public Guid DonorId { get; init; }

    public int StandingGifts { get; set; }

    public DateTimeOffset FirstCountedAt { get; init; }
}
