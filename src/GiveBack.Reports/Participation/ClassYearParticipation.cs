namespace GiveBack.Reports.Participation;

/// <summary>Alumni of record of one class year, how many of them gave, and the share.</summary>
public sealed record ClassYearParticipation(int ClassYear, long AlumniOfRecord, long AlumniDonors, decimal? ParticipationRate);
