using GiveBack.Domain.Giving;
using GiveBack.Domain.Idempotency;
using GiveBack.Giving.Gifts;
using GiveBack.GivingDays.Ambassadors;
using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Days;
using GiveBack.GivingDays.Endpoints;
using GiveBack.GivingDays.Matches;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Payments.GivingPage;
using GiveBack.Scheduling;
using GiveBack.Web.Problems;
using Microsoft.Extensions.Options;

namespace GiveBack.Server.Demo;

/// <summary>
/// A giving day running now, so a newcomer sees the feature at once: its own campaign, a 1:1 match partly used, a donors
/// challenge the seeded gifts unlock and an amount challenge still open, two ambassadors, and gifts across classes and
/// funds. Set up through the module's own stores and desks and booked through <see cref="GiftRecorder"/>, exactly as
/// the API does, so the hooks (matches, challenges, ambassadors, the live view) run on them.
/// </summary>
internal sealed partial class DemoGivingDay(
    IGrainFactory grains,
    GiftRecorder recorder,
    LedgerReader ledger,
    GivingDayStore days,
    MatchDesk matchDesk,
    ChallengeDesk challengeDesk,
    AmbassadorDesk ambassadorDesk,
    AmbassadorLinks links,
    PublicUrls urls,
    IOptions<SchedulingOptions> scheduling,
    TimeProvider clock,
    ILogger<DemoGivingDay> logger)
{
    public const string Slug = "giving-day";
    public const int GiftCount = 30;

    private const string Currency = "EUR";

    public static Guid CampaignId { get; } = DemoDataSeeder.IdFor("campaign", "demo-giving-day");

    public static Guid MatchSponsorId { get; } = DemoDataSeeder.IdFor("donor", "demo-giving-day-match-sponsor");

    public static Guid ChallengeSponsorId { get; } = DemoDataSeeder.IdFor("donor", "demo-giving-day-challenge-sponsor");

    /// <summary>The last gift's key: once it is in the ledger every earlier step landed (each step is idempotent too).</summary>
    private static string GiftKey(int index) => $"{SystemKeys.DemoGift}giving-day-{index}";

    public async Task SeedAsync(IReadOnlyList<DemoDonor> donors, CancellationToken cancellationToken)
    {
        if (!await ledger.HasIdempotencyKeyAsync(ScopedKey.System(GiftKey(GiftCount - 1)), cancellationToken))
        {
            await SetUpAsync(donors, cancellationToken);
        }

        if (await days.OfCampaignAsync(CampaignId, cancellationToken) is { } day)
        {
            var page = urls.Absolute(GivingDayPaths.Page(day.Slug));
            var screen = urls.Absolute(GivingDayPaths.Screen(day.Slug, day.ScreenToken));
            var staff = urls.Absolute($"/campaigns/{CampaignId}/giving-day");
            LogLinks(logger, page, screen, staff);
        }
    }

    private async Task SetUpAsync(IReadOnlyList<DemoDonor> donors, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await grains.GetGrain<ICampaignGrain>(CampaignId).CreateAsync(
            new CampaignDefinition("Giving Day", "giving-day", Currency, 5_000_000, today.AddDays(-1), today.AddDays(2)));
        await grains.GetGrain<IDonorGrain>(MatchSponsorId).CreateAsync(new DonorProfile("Hélène", "Moreau", "helene.moreau@example.org", 1985));
        await grains.GetGrain<IDonorGrain>(ChallengeSponsorId).CreateAsync(new DonorProfile("Olivier", "Lambert", "olivier.lambert@example.org", 1992));

        // The window is set once: a later start keeps the day (and the gifts in it) as it was made.
        var startsAt = now.AddHours(-3);
        var endsAt = now.AddHours(20);
        if (await days.OfCampaignAsync(CampaignId, cancellationToken) is null)
        {
            var errors = new FieldErrors();
            var wanted = GivingDayValidation.Validate(
                new GivingDayRequest(startsAt, endsAt, ZoneId(), Slug, "24 hours to give: every gift doubled, every donor counts"), CampaignId, now, errors)
                ?? throw new InvalidOperationException($"The demo giving day is not valid: {string.Join(" ", errors.Messages)}");
            _ = await days.SaveAsync(wanted, cancellationToken) ?? throw new InvalidOperationException($"Another giving day has the slug '{Slug}'.");
        }
        else if (await days.OfCampaignAsync(CampaignId, cancellationToken) is { } day)
        {
            // A run cut short after the day was made: the match and challenges take the day's window, as first made.
            (startsAt, endsAt) = (day.StartsAt, day.EndsAt);
        }

        var match = await matchDesk.CreateAsync(
            CampaignId,
            DemoDataSeeder.IdFor("match", "demo-giving-day-match"),
            new MatchRequest(MatchSponsorId, 1.0m, MatchPer.Amount, 1_000_000, startsAt, endsAt, null),
            cancellationToken);
        Require(match?.Stored is not null, match is null ? "no campaign" : string.Join(" ", match.Errors.Messages));

        await ChallengeAsync("demo-giving-day-donors", ChallengeKind.Donors, 20, 500_000, startsAt, endsAt, cancellationToken);
        await ChallengeAsync("demo-giving-day-amount", ChallengeKind.Amount, 2_500_000, 1_000_000, startsAt, endsAt, cancellationToken);

        // Two ambassadors among the alumni: one with a story and a goal, one who only shares the link.
        var alumni = donors.Where(d => d.Profile.ClassYear is not null).Take(GiftCount + 2).ToList();
        var storyteller = await AmbassadorAsync(alumni[0], 200_000, "I give every year because a scholarship got me through my first year. Join me and double your gift today.", now, cancellationToken);
        var sharer = await AmbassadorAsync(alumni[1], null, null, now, cancellationToken);

        var funds = new[] { "Annual Fund", "Annual Fund", "Scholarships", "Library", "Athletics" };
        for (var i = 0; i < GiftCount; i++)
        {
            var donor = alumni[i + 2];
            Guid? ambassador = i % 5 == 0 ? storyteller : i % 7 == 1 ? sharer : null;
            var amount = (long)(new[] { 2_500, 5_000, 5_000, 10_000, 2_000, 25_000 }[i % 6]);
            var gift = new GiftCommand(
                donor.Id, CampaignId, amount, Currency, today, GiftMethod.Card, funds[i % funds.Length], null, null, Anonymous: i == 3, AmbassadorId: ambassador);
            var booked = await recorder.RecordAsync(gift, ScopedKey.System(GiftKey(i)), GiftSources.Import, cancellationToken);
            Require(booked.Entry is not null, booked.Status.ToString());
        }
    }

    private async Task ChallengeAsync(
        string key, string kind, long threshold, long unlockAmount, DateTimeOffset startsAt, DateTimeOffset endsAt, CancellationToken cancellationToken)
    {
        var challenge = await challengeDesk.CreateAsync(
            CampaignId,
            DemoDataSeeder.IdFor("challenge", key),
            new ChallengeRequest(ChallengeSponsorId, kind, threshold, unlockAmount, startsAt, endsAt, null),
            cancellationToken);
        Require(challenge?.Stored is not null, challenge is null ? "no campaign" : string.Join(" ", challenge.Errors.Messages));
    }

    private async Task<Guid> AmbassadorAsync(DemoDonor donor, long? goal, string? story, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ambassador = await ambassadorDesk.CreateAsync(CampaignId, new AmbassadorRequest(donor.Id, goal, story), cancellationToken);
        Require(ambassador?.Stored is not null, ambassador is null ? "no campaign" : string.Join(" ", ambassador.Errors.Messages));
        var stored = ambassador!.Stored!;
        var link = links.LinkOf(stored);
        LogAmbassador(logger, donor.Profile.FirstName, link);
        return stored.Id;
    }

    /// <summary>The office's zone (Scheduling:TimeZone) when it is an IANA id, else UTC.</summary>
    private string ZoneId() =>
        GivingDayValidation.Zone(scheduling.Value.TimeZone) is not null ? scheduling.Value.TimeZone : "Etc/UTC";

    private static void Require(bool condition, string? detail)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The demo giving day could not be set up: {detail}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo giving day is live: public page {Page} | big screen {Screen} | staff page {Staff}")]
    private static partial void LogLinks(ILogger logger, string page, string screen, string staff);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo giving day ambassador {FirstName}: {Link}")]
    private static partial void LogAmbassador(ILogger logger, string firstName, string link);
}
