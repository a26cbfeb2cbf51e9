namespace GiveBack.Reports.Participation;

/// <summary>
/// Alumni participation in one fiscal year (to one campaign when <see cref="CampaignId"/> is set). Friends (donors
/// without a class year) are not alumni: they are reported beside the rate, never in it.
/// </summary>
public sealed record ParticipationFigures(
    int FiscalYear,
    DateOnly Start,
    DateOnly End,
    string Currency,
    Guid? CampaignId,
    long AlumniOfRecord,
    long AlumniDonors,
    decimal? ParticipationRate,
    long FriendDonors,
    IReadOnlyList<ClassYearParticipation> ByClassYear);
