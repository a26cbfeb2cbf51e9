using GiveBack.Data.Postgres;
using GiveBack.Giving.Gifts;
using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Eligibility;
using GiveBack.GivingDays.Matches;
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
        services.AddSingleton<GiftEligibility>();
        services.AddSingleton<CampaignMatches>();
        services.AddSingleton<GiftMatcher>();
        services.AddSingleton<IGiftBookedHook>(s => s.GetRequiredService<GiftMatcher>());

        // After the matches: a gift is matched first, then counted; neither counts the other's sponsor gifts.
        services.AddSingleton<CampaignChallenges>();
        services.AddSingleton<ChallengeTracker>();
        services.AddSingleton<IGiftBookedHook>(s => s.GetRequiredService<ChallengeTracker>());
        return builder;
    }
}
