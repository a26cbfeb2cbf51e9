using GiveBack.Data.Infrastructure;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Giving;
using GiveBack.Domain.Idempotency;
using GiveBack.Giving.Gifts;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Web.Problems;
using Microsoft.Extensions.Options;

namespace GiveBack.Server.Demo;

/// <summary>
/// Seeds a realistic office: alumni across class years, friends, three fiscal years of annual-fund giving with a live
/// campaign. Everything goes through the same grains and ledger as real gifts, with idempotency keys derived from the
/// seed, so a second run (or a run cut short) finds what it made instead of doubling it.
/// </summary>
internal sealed partial class DemoDataSeeder(
    IOptions<DemoDataOptions> options,
    IGrainFactory grains,
    GiftRecorder recorder,
    DemoGivingDay givingDay,
    LedgerReader ledger,
    FiscalCalendar calendar,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<DemoDataSeeder> logger) : BackgroundService
{
    private const string Currency = "EUR";
    private const string CompletionKey = SystemKeys.Demo + "complete";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedData || !await HostStart.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        // The same seed gives the same donors, so a database seeded before the giving day existed gets one on its donors.
        var plan = new DemoPlan(options.Value, calendar, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (await ledger.HasIdempotencyKeyAsync(ScopedKey.System(CompletionKey), stoppingToken))
        {
            LogAlreadySeeded(logger);
            await givingDay.SeedAsync(plan.Donors, stoppingToken);
            return;
        }

        foreach (var campaign in plan.Campaigns)
        {
            await grains.GetGrain<ICampaignGrain>(campaign.Id).CreateAsync(campaign.Definition);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stoppingToken };
        var done = 0;
        await Parallel.ForEachAsync(plan.Donors, parallel, async (donor, cancellationToken) =>
        {
            await grains.GetGrain<IDonorGrain>(donor.Id).CreateAsync(donor.Profile);
            foreach (var gift in donor.Gifts)
            {
                // Booked as records brought in, not keyed in today: the offline receipt job sends demo donors nothing.
                var booked = await recorder.RecordAsync(gift.Command, ScopedKey.System(gift.Key), GiftSources.Import, cancellationToken);
                if (gift.ReversalReason is { } reason && booked.Entry is { } entry)
                {
                    await recorder.ReverseAsync(entry.Id, reason, ScopedKey.System($"{gift.Key}:reversal"), cancellationToken);
                }
            }

            if (Interlocked.Increment(ref done) % 500 == 0)
            {
                LogProgress(logger, done, plan.Donors.Count);
            }
        });

        await MarkCompleteAsync(plan, stoppingToken);
        await givingDay.SeedAsync(plan.Donors, stoppingToken);
        var giftCount = plan.Donors.Sum(d => d.Gifts.Count);
        LogSeeded(logger, plan.Donors.Count, giftCount, plan.Campaigns.Count);
    }

    /// <summary>The last gift of the plan carries the completion key: its presence means every earlier write landed.</summary>
    private async Task MarkCompleteAsync(DemoPlan plan, CancellationToken cancellationToken)
    {
        var donor = plan.Donors[0];
        await recorder.RecordAsync(
            new GiftCommand(donor.Id, plan.Campaigns[^1].Id, 5000, Currency, plan.Today, GiftMethod.Card, "Annual Fund", null, null, false),
            ScopedKey.System(CompletionKey),
            GiftSources.Import,
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Done} of {Total} donors seeded")]
    private static partial void LogProgress(ILogger logger, int done, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data ready: {Donors} donors, {Gifts} gifts, {Campaigns} campaigns")]
    private static partial void LogSeeded(ILogger logger, int donors, int gifts, int campaigns);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data already present; nothing to seed")]
    private static partial void LogAlreadySeeded(ILogger logger);

    internal static Guid IdFor(string scope, string key) => IdempotencyKey.IdFor(scope, key);
}
