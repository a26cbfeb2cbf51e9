using GiveBack.GivingDays.Leaderboards;

namespace GiveBack.GivingDays.Live;

/// <summary>
/// Everything the public page and the big screen show of a giving day, public figures only: the campaign's total and
/// donors (its grain's, so they equal the ledger), the goal, the window (the page counts the time left itself), the
/// matches with what remains, the challenges, the boards (classes on participation, funds on money), the class of the
/// hour, the wall and the ambassadors' board (its first ten). Amounts are minor units of <see cref="Currency"/>, which has <see cref="MinorDigits"/> decimals.
/// </summary>
public sealed record LiveSnapshot(
    string Slug,
    string CampaignName,
    string? Headline,
    string Currency,
    int MinorDigits,
    long RaisedAmount,
    int DonorCount,
    long GoalAmount,
    int? DonorGoal,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<LiveMatch> Matches,
    IReadOnlyList<LiveChallenge> Challenges,
    IReadOnlyList<LeaderboardRow> Classes,
    IReadOnlyList<LeaderboardRow> Funds,
    ClassOfTheHour? ClassOfTheHour,
    IReadOnlyList<RecentDonor> RecentDonors,
    IReadOnlyList<LiveAmbassador> Ambassadors);
