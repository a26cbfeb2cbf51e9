namespace GiveBack.GivingDays.Live;

/// <summary>An ambassador on the public board: first name and last initial only (the page is public), donors brought and their amount.</summary>
public sealed record LiveAmbassador(int Rank, string Name, int Donors, long Amount);
