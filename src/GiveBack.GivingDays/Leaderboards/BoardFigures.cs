namespace GiveBack.GivingDays.Leaderboards;

/// <summary>What the leaderboards and the wall show of a campaign at <see cref="AsOf"/>, in <see cref="Currency"/>.</summary>
public sealed record BoardFigures(
    Guid CampaignId,
    string Currency,
    IReadOnlyList<ClassFigures> Classes,
    IReadOnlyList<FundFigures> Funds,
    ClassOfTheHour? ClassOfTheHour,
    IReadOnlyList<RecentDonor> RecentDonors,
    DateTimeOffset AsOf);
