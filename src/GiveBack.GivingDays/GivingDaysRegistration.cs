using GiveBack.Data.Postgres;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Erasure;
using GiveBack.Domain.Exports;
using GiveBack.Giving.Gifts;
using GiveBack.GivingDays.Ambassadors;
using GiveBack.GivingDays.Calendar;
using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Days;
using GiveBack.GivingDays.Eligibility;
using GiveBack.GivingDays.Exports;
using GiveBack.GivingDays.Leaderboards;
using GiveBack.GivingDays.Live;
using GiveBack.GivingDays.Matches;
using GiveBack.GivingDays.Merging;
using GiveBack.GivingDays.Privacy;
using GiveBack.GivingDays.Setup;
using GiveBack.GivingDays.ShareCard;
using GiveBack.Payments.GivingPage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.GivingDays;

public static class GivingDaysRegistration
{
    /// <summary>A giving day's tables (migrated as the host starts), its stores, and the hooks that follow each booked gift.</summary>
    public static IHostApplicationBuilder AddGiveBackGivingDays(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGiveBackDbContext<GivingDaysDbContext>(GivingDaysDbContext.MigrationsHistoryTable);
        services.AddSingleton(typeof(CampaignTermsCache<>));
        services.AddSingleton<GiftEligibility>();
        services.AddSingleton<CampaignMatches>();
        services.AddSingleton<GiftMatcher>();
        services.AddSingleton<SetupDesk>();
        services.AddSingleton<MatchDesk>();
        services.AddSingleton<ChallengeDesk>();
        services.AddSingleton<AmbassadorDesk>();
        services.AddSingleton<IGiftBookedHook>(s => s.GetRequiredService<GiftMatcher>());
        services.AddSingleton<IDonorMergeStep, GivingDaysMergeStep>();
        services.AddSingleton<IRecordExport, MatchesExport>();
        services.AddSingleton<IRecordExport, MatchAllocationsExport>();
        services.AddSingleton<IRecordExport, ChallengesExport>();
        services.AddSingleton<IRecordExport, ChallengeDonorsExport>();
        services.AddSingleton<IRecordExport, AmbassadorsExport>();
        services.AddSingleton<IRecordExport, GivingDaysExport>();
        services.AddSingleton<IDonorErasureStep, AmbassadorStoryErasure>();
        services.AddSingleton<GivingDayStore>();
        services.AddSingleton<GivingDayDesk>();
        services.AddSingleton<IGiftBookedHook, GivingDayGiftRecorder>();
        services.AddSingleton<LeaderboardQueries>();
        services.AddSingleton<LiveFigures>();

        // The live view: the hub (SignalR is in the shared framework), who watches what on this host, and its ticker.
        services.AddSignalR();
        services.AddSingleton<LiveViewers>();
        services.AddSingleton<LiveSnapshots>();
        services.AddHostedService<LiveTicker>();
        services.AddSingleton<ShareCards>();

        // After the matches: a gift is matched first, then counted; neither counts the other's sponsor gifts.
        services.AddSingleton<CampaignChallenges>();
        services.AddSingleton<ChallengeTracker>();
        services.AddSingleton<IGiftBookedHook>(s => s.GetRequiredService<ChallengeTracker>());
        services.AddSingleton<CampaignAmbassadors>();
        services.AddSingleton<IGiftAmbassadors>(s => s.GetRequiredService<CampaignAmbassadors>());
        services.AddSingleton<AmbassadorLinks>();
        services.AddSingleton<IAmbassadorLinks>(s => s.GetRequiredService<AmbassadorLinks>());
        services.AddSingleton<AmbassadorOutreach>();
        services.AddSingleton<AmbassadorGiftHook>();
        services.AddSingleton<IGiftBookedHook>(s => s.GetRequiredService<AmbassadorGiftHook>());
        return builder;
    }
}
