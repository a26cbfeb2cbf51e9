namespace GiveBack.GivingDays.Challenges;

/// <summary>
/// Where a challenge stands against its threshold, with no I/O: the figure its kind compares (donors, minor units, or
/// the class's participation in percent) and whether it has reached the threshold. <c>AlumniOfRecord</c> is, for a
/// participation challenge, the donors of record of its class year; null otherwise.
/// </summary>
public sealed record ChallengeProgress(int Donors, long Amount, long? AlumniOfRecord)
{
    public static ChallengeProgress Of(CampaignChallengeRecord challenge, long? alumniOfRecord) =>
        new(challenge.DonorCount, challenge.CountedAmount, challenge.Kind == ChallengeKind.Participation ? alumniOfRecord ?? 0 : null);

    /// <summary>The participation rate in percent, rounded down to two decimals; null unless the challenge is one of participation.</summary>
    public decimal? Rate => AlumniOfRecord switch
    {
        null => null,
        0 => 0m,
        { } ofRecord => decimal.Floor(Donors * 10_000m / ofRecord) / 100m,
    };

    /// <summary>The figure the threshold is compared with.</summary>
    public decimal Current(string kind) => kind switch
    {
        ChallengeKind.Amount => Amount,
        ChallengeKind.Participation => Rate ?? 0m,
        _ => Donors,
    };

    /// <summary>Whether the threshold is met; participation compares whole numbers (donors × 100 ≥ threshold × alumni), so no rounding decides it.</summary>
    public bool Reaches(string kind, long threshold) => kind switch
    {
        ChallengeKind.Amount => Amount >= threshold,
        ChallengeKind.Participation => AlumniOfRecord is > 0 && Donors * 100L >= threshold * AlumniOfRecord.Value,
        _ => Donors >= threshold,
    };
}
