using GiveBack.Domain.Money;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.GivingDays.Ambassadors;
using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Days;
using GiveBack.GivingDays.Leaderboards;
using GiveBack.GivingDays.Matches;

namespace GiveBack.GivingDays.Live;

/// <summary>Builds a giving day's <see cref="LiveSnapshot"/>: the campaign's grain for the money, the boards from <see cref="LiveFigures"/>.</summary>
public sealed class LiveSnapshots(IGrainFactory grains, CampaignMatches matches, CampaignChallenges challenges, CampaignAmbassadors ambassadors, LiveFigures figures, TimeProvider clock)
{
    /// <summary>The snapshot, or null when the day's campaign no longer exists.</summary>
    public async Task<LiveSnapshot?> OfAsync(GivingDayRecord day, CancellationToken cancellationToken = default)
    {
        if (await grains.GetGrain<ICampaignGrain>(day.CampaignId).GetAsync() is not { } campaign)
        {
            return null;
        }

        var definition = campaign.Definition;
        var boards = await figures.BoardsAsync(day.CampaignId, definition.Currency);
        var now = clock.GetUtcNow();
        var offers = (await matches.OfCampaignAsync(day.CampaignId, cancellationToken))
            .Select(m => new LiveMatch(m.Ratio, m.Per, m.CapAmount, m.CapAmount - m.MatchedAmount, m.StartsAt, m.EndsAt, m.StartsAt <= now && m.EndsAt > now))
            .ToList();
        var unlocks = await ChallengesAsync(day.CampaignId, cancellationToken);
        return new LiveSnapshot(
            day.Slug,
            definition.Name,
            day.Headline,
            definition.Currency,
            Currency.MinorDigitsOf(definition.Currency),
            campaign.Progress.RaisedAmount,
            campaign.Progress.DonorCount,
            definition.GoalAmount,
            definition.DonorGoal,
            day.StartsAt,
            day.EndsAt,
            offers,
            unlocks,
            LeaderboardRanking.Rank(boards, LeaderboardKinds.ClassYear, LeaderboardKinds.Participation).Rows,
            LeaderboardRanking.Rank(boards, LeaderboardKinds.Fund, LeaderboardKinds.Amount).Rows,
            boards.ClassOfTheHour,
            boards.RecentDonors,
            await AmbassadorsAsync(day.CampaignId, cancellationToken));
    }

    /// <summary>
    /// The campaign's challenges with their progress as counted under their locks; a participation challenge's class
    /// (exactly one year, as validation requires) is read for its alumni of record, as the tracker does.
    /// </summary>
    private async Task<IReadOnlyList<LiveChallenge>> ChallengesAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var live = new List<LiveChallenge>();
        foreach (var c in await challenges.OfCampaignAsync(campaignId, cancellationToken))
        {
            long? alumni = c.Kind == ChallengeKind.Participation && c.ClassYears.Length == 1
                ? await challenges.AlumniOfRecordAsync(c.ClassYears[0], cancellationToken)
                : null;
            var progress = ChallengeProgress.Of(c, alumni).Current(c.Kind);
            live.Add(new LiveChallenge(c.Kind, c.Threshold, c.UnlockAmount, progress, c.UnlockedAt));
        }

        return live;
    }

    /// <summary>The ambassadors' board, its first ten: first name and last initial, read from the donor's grain.</summary>
    private async Task<IReadOnlyList<LiveAmbassador>> AmbassadorsAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var board = new List<LiveAmbassador>();
        foreach (var standing in (await ambassadors.LeaderboardAsync(campaignId, cancellationToken)).Take(10))
        {
            var profile = (await grains.GetGrain<IDonorGrain>(standing.Ambassador.DonorId).GetAsync())?.Profile;
            var name = profile is null ? string.Empty
                : string.IsNullOrEmpty(profile.LastName) ? profile.FirstName : $"{profile.FirstName} {profile.LastName[0]}.";
            board.Add(new LiveAmbassador(standing.Rank, name, standing.Figures.Donors, standing.Figures.Amount));
        }

        return board;
    }
}
