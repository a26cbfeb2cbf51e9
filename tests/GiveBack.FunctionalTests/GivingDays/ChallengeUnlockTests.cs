using System.Globalization;
using System.Net;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Endpoints;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>
/// Challenges following gifts booked through the API on the real host: donors counted once, totals, the Nth donor, a
/// class's participation, exactly one unlock however the gifts race, the sponsor's one gift, and refunds before and after.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class ChallengeUnlockTests(ServerFixture fixture)
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Ten_gifts_from_one_donor_count_once_and_the_third_donor_unlocks_the_sponsors_one_gift()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Board");
        var challenge = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "donors", threshold = 3, unlockAmount = 50_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var splitter = await Http.CreateDonorAsync(_client);
        for (var i = 0; i < 10; i++)
        {
            await Http.RecordGiftAsync(_client, Http.Gift(splitter.Id, campaign.Id, 1_000, receivedOn: Today));
        }

        await Http.RecordGiftAsync(_client, Http.Gift((await Http.CreateDonorAsync(_client)).Id, campaign.Id, 1_000, receivedOn: Today));
        var before = await ChallengeAsync(campaign.Id, challenge.Id);
        Assert.Equal((2, 11_000L, 2m), (before.Progress.Donors, before.Progress.Amount, before.Progress.Current));
        Assert.Null(before.UnlockedAt);

        var third = await Http.CreateDonorAsync(_client);
        var key = Guid.NewGuid().ToString();
        var crossing = await Http.RecordGiftAsync(_client, Http.Gift(third.Id, campaign.Id, 1_000, receivedOn: Today), key);
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(third.Id, campaign.Id, 1_000, receivedOn: Today), key), HttpStatusCode.OK);
        await Http.RecordGiftAsync(_client, Http.Gift((await Http.CreateDonorAsync(_client)).Id, campaign.Id, 1_000, receivedOn: Today));

        var after = await ChallengeAsync(campaign.Id, challenge.Id);
        Assert.Equal(((Guid?)crossing.Id, (Guid?)third.Id), (after.UnlockedByGiftId, after.UnlockedByDonorId));
        Assert.NotNull(after.UnlockedAt);
        Assert.Equal((4, 13_000L), (after.Progress.Donors, after.Progress.Amount));
        var sponsorGift = Assert.Single(await ChallengeGiftsAsync(sponsor.Id));
        Assert.Equal(((Guid?)sponsorGift.Id, campaign.Id, 50_000L, "EUR"), (after.UnlockGiftId, sponsorGift.CampaignId, sponsorGift.Amount, sponsorGift.Currency));
        Assert.Equal(crossing.ReceivedOn, sponsorGift.ReceivedOn);
    }

    [Fact]
    public async Task Gifts_racing_across_the_threshold_on_two_silos_unlock_each_challenge_exactly_once_recorded_with_one_of_them()
    {
        const int threshold = 3;
        await using var sibling = await fixture.Server.StartSiblingAsync();
        HttpClient[] silos = [_client, sibling.CreateClient()];
        for (var round = 0; round < 20; round++)
        {
            var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
            var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
            var challenge = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "donors", threshold, unlockAmount = 10_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) });
            var donors = new List<Guid>();
            for (var i = 0; i <= threshold; i++)
            {
                donors.Add((await Http.CreateDonorAsync(_client)).Id);
            }

            // N+1 gifts at once: the Nth to take the challenge's lock crosses the line, whichever it is.
            var racing = await Task.WhenAll(donors.Select((d, i) => Http.RecordGiftAsync(silos[i % 2], Http.Gift(d, campaign.Id, 500, receivedOn: Today))));

            var listed = await ChallengeAsync(campaign.Id, challenge.Id);
            Assert.NotNull(listed.UnlockedAt);
            Assert.Contains(listed.UnlockedByGiftId!.Value, racing.Select(g => g.Id));
            Assert.Equal(threshold + 1, listed.Progress.Donors);
            var sponsorGift = Assert.Single(await ChallengeGiftsAsync(sponsor.Id));
            Assert.Equal((listed.UnlockGiftId, 10_000L), ((Guid?)sponsorGift.Id, sponsorGift.Amount));
        }
    }

    [Fact]
    public async Task An_unlock_whose_sponsors_gift_was_never_booked_is_finished_by_the_next_gift_once()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var donor = await Http.CreateDonorAsync(_client);
        var key = Guid.NewGuid().ToString();
        var gift = Http.Gift(donor.Id, campaign.Id, 2_500, receivedOn: Today);
        var crossing = await Http.RecordGiftAsync(_client, gift, key);
        var challenge = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "amount", threshold = 2_000, unlockAmount = 8_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) });

        // What a host that died right after the unlock's commit leaves behind: the unlock, and no sponsor's gift. The
        // count is the product's own, through its store, as the tracker makes it; only the booking after it never runs.
        var challenges = fixture.Server.Services.GetRequiredService<CampaignChallenges>();
        await challenges.CountAsync(challenge.Id, crossing.Id, donor.Id, crossing.Amount, null);
        var stranded = await ChallengeAsync(campaign.Id, challenge.Id);
        Assert.Equal((Guid?)crossing.Id, stranded.UnlockedByGiftId);
        Assert.Null(stranded.UnlockGiftId);
        Assert.Empty(await ChallengeGiftsAsync(sponsor.Id));

        // The gift's retry finishes it and counts nothing twice; a later gift finds nothing left to do.
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, "/api/v1/gifts", gift, key), HttpStatusCode.OK);
        await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 500, receivedOn: Today));

        var finished = await ChallengeAsync(campaign.Id, challenge.Id);
        var sponsorGift = Assert.Single(await ChallengeGiftsAsync(sponsor.Id));
        Assert.Equal(((Guid?)sponsorGift.Id, 8_000L), (finished.UnlockGiftId, sponsorGift.Amount));
        Assert.Equal((1, 3_000L, (Guid?)crossing.Id), (finished.Progress.Donors, finished.Progress.Amount, finished.UnlockedByGiftId));
    }

    [Fact]
    public async Task An_amount_challenge_counts_eligible_gifts_in_its_window_only_and_first_gifts_of_the_day_when_asked()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Foundation");
        var now = DateTimeOffset.UtcNow;
        var library = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "amount", threshold = 25_000, unlockAmount = 20_000, startsAt = now.AddHours(-1), endsAt = now.AddHours(1), eligibility = new { funds = new[] { "Library" } } });
        var firstOfDay = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "amount", threshold = 1_000_000, unlockAmount = 1_000, startsAt = now.AddHours(-1), endsAt = now.AddHours(1), eligibility = new { firstGiftOfDay = true } });
        var powerHourLater = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "amount", threshold = 1, unlockAmount = 1_000, startsAt = now.AddHours(2), endsAt = now.AddHours(3) });
        var match = await Http.ReadAsync<MatchResponse>(
            await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/matches", new { sponsorDonorId = sponsor.Id, ratio = 1.0m, per = "amount", capAmount = 1_000_000, startsAt = now.AddHours(-1), endsAt = now.AddHours(1), eligibility = new { firstGiftOfDay = true } }),
            HttpStatusCode.Created);
        var donor = await Http.CreateDonorAsync(_client);
        var other = await Http.CreateDonorAsync(_client);

        var first = await Http.RecordGiftAsync(_client, FundGift(donor.Id, campaign.Id, 10_000, "library"));
        await Http.RecordGiftAsync(_client, FundGift(donor.Id, campaign.Id, 10_000, "Library"));
        await Http.RecordGiftAsync(_client, FundGift(other.Id, campaign.Id, 9_000, "Athletics"));
        var before = await ChallengeAsync(campaign.Id, library.Id);
        Assert.Equal((20_000L, 20_000m, 1), (before.Progress.Amount, before.Progress.Current, before.Progress.Donors));
        Assert.Null(before.UnlockedAt);
        var crossing = await Http.RecordGiftAsync(_client, FundGift(other.Id, campaign.Id, 5_000, "Library"));

        var unlocked = await ChallengeAsync(campaign.Id, library.Id);
        Assert.Equal(((Guid?)crossing.Id, 25_000L), (unlocked.UnlockedByGiftId, unlocked.Progress.Amount));
        var sponsorGift = Assert.Single(await ChallengeGiftsAsync(sponsor.Id));
        Assert.Equal((unlocked.UnlockGiftId, 20_000L, (string?)"Library"), ((Guid?)sponsorGift.Id, sponsorGift.Amount, sponsorGift.Fund));

        // First gift of the day: each donor's first gift to the campaign today, for the challenge and the match alike.
        Assert.Equal((2, 19_000L), Figures(await ChallengeAsync(campaign.Id, firstOfDay.Id)));
        var allocations = await Http.GetAsync<List<MatchAllocationResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/matches/{match.Id}/allocations");
        Assert.Equal(2, allocations.Count);
        Assert.Contains(first.Id, allocations.Select(a => a.GiftId));
        Assert.Equal(0L, (await ChallengeAsync(campaign.Id, powerHourLater.Id)).Progress.Amount);
    }

    [Fact]
    public async Task The_nth_distinct_donor_unlocks_an_nth_donor_challenge()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var challenge = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "nthDonor", threshold = 3, unlockAmount = 3_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var first = await Http.CreateDonorAsync(_client);
        var second = await Http.CreateDonorAsync(_client);
        var third = await Http.CreateDonorAsync(_client);

        await Http.RecordGiftAsync(_client, Http.Gift(first.Id, campaign.Id, 100, receivedOn: Today));
        await Http.RecordGiftAsync(_client, Http.Gift(first.Id, campaign.Id, 100, receivedOn: Today));
        await Http.RecordGiftAsync(_client, Http.Gift(second.Id, campaign.Id, 100, receivedOn: Today));
        await Http.RecordGiftAsync(_client, Http.Gift(sponsor.Id, campaign.Id, 100, receivedOn: Today));
        await Http.RecordGiftAsync(_client, Http.Gift(second.Id, campaign.Id, 100, receivedOn: Today));
        Assert.Null((await ChallengeAsync(campaign.Id, challenge.Id)).UnlockedAt);
        var nth = await Http.RecordGiftAsync(_client, Http.Gift(third.Id, campaign.Id, 100, receivedOn: Today));

        var listed = await ChallengeAsync(campaign.Id, challenge.Id);
        Assert.Equal(((Guid?)nth.Id, (Guid?)third.Id, 3), (listed.UnlockedByGiftId, listed.UnlockedByDonorId, listed.Progress.Donors));
        Assert.Equal(3_000, Assert.Single(await ChallengeGiftsAsync(sponsor.Id)).Amount);
    }

    [Fact]
    public async Task A_participation_challenge_unlocks_when_its_share_of_the_classs_alumni_of_record_have_given()
    {
        // A class year no donor has yet, so its alumni of record are the five made here.
        var year = await OwnClassYear.TakeAsync(_client);
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, classYear: null, firstName: "Sponsor");
        var alumni = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            alumni.Add((await Http.CreateDonorAsync(_client, classYear: year)).Id);
        }

        var challenge = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "participation", threshold = 40, unlockAmount = 19_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1), eligibility = new { classYears = new[] { year } } });
        await Http.RecordGiftAsync(_client, Http.Gift(alumni[0], campaign.Id, 100, receivedOn: Today));
        await Http.RecordGiftAsync(_client, Http.Gift(alumni[0], campaign.Id, 100, receivedOn: Today));
        await Http.RecordGiftAsync(_client, Http.Gift((await Http.CreateDonorAsync(_client, classYear: year + 1)).Id, campaign.Id, 100, receivedOn: Today));

        var before = await ChallengeAsync(campaign.Id, challenge.Id);
        Assert.Equal((1, (long?)5L, (decimal?)20m, 20m), (before.Progress.Donors, before.Progress.AlumniOfRecord, before.Progress.Rate, before.Progress.Current));
        Assert.Null(before.UnlockedAt);
        var crossing = await Http.RecordGiftAsync(_client, Http.Gift(alumni[1], campaign.Id, 100, receivedOn: Today));

        var after = await ChallengeAsync(campaign.Id, challenge.Id);
        Assert.Equal(((Guid?)crossing.Id, 2, (decimal?)40m), (after.UnlockedByGiftId, after.Progress.Donors, after.Progress.Rate));
        Assert.Equal(19_000, Assert.Single(await ChallengeGiftsAsync(sponsor.Id)).Amount);
    }

    [Fact]
    public async Task A_refund_before_the_unlock_takes_the_gift_back_and_one_after_leaves_the_unlock_and_the_sponsors_gift_standing()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var window = new { startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) };
        var donors = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "donors", threshold = 2, unlockAmount = 7_000, window.startsAt, window.endsAt });
        var amount = await CreateChallengeAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, kind = "amount", threshold = 20_000, unlockAmount = 9_000, window.startsAt, window.endsAt });
        var ann = await Http.CreateDonorAsync(_client, firstName: "Ann");
        var ben = await Http.CreateDonorAsync(_client, firstName: "Ben");

        // Before the unlock: the bounced gift leaves both figures, and a retried reversal changes nothing more.
        var bounced = await Http.RecordGiftAsync(_client, Http.Gift(ann.Id, campaign.Id, 10_000, receivedOn: Today));
        var key = Guid.NewGuid().ToString();
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{bounced.Id}/reversals", new { reason = "Cheque returned unpaid" }, key), HttpStatusCode.Created);
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{bounced.Id}/reversals", new { reason = "Cheque returned unpaid" }, key), HttpStatusCode.OK);
        Assert.Equal((0, 0L), Figures(await ChallengeAsync(campaign.Id, donors.Id)));
        Assert.Equal((0, 0L), Figures(await ChallengeAsync(campaign.Id, amount.Id)));

        // A donor with another standing gift still counts when one of them is reversed.
        var kept = await Http.RecordGiftAsync(_client, Http.Gift(ann.Id, campaign.Id, 4_000, receivedOn: Today));
        var refunded = await Http.RecordGiftAsync(_client, Http.Gift(ann.Id, campaign.Id, 6_000, receivedOn: Today));
        await ReverseAsync(refunded.Id);
        Assert.Equal((1, 4_000L), Figures(await ChallengeAsync(campaign.Id, donors.Id)));
        Assert.Equal(4_000, (await ChallengeAsync(campaign.Id, amount.Id)).Progress.Amount);

        var crossing = await Http.RecordGiftAsync(_client, Http.Gift(ben.Id, campaign.Id, 16_000, receivedOn: Today));
        Assert.Equal((Guid?)crossing.Id, (await ChallengeAsync(campaign.Id, donors.Id)).UnlockedByGiftId);
        Assert.Equal((Guid?)crossing.Id, (await ChallengeAsync(campaign.Id, amount.Id)).UnlockedByGiftId);

        // After the unlock: the figures follow the ledger, the unlock and the sponsor's gifts stand.
        await ReverseAsync(crossing.Id);
        var donorsAfter = await ChallengeAsync(campaign.Id, donors.Id);
        var amountAfter = await ChallengeAsync(campaign.Id, amount.Id);
        Assert.Equal((1, 4_000L, (Guid?)crossing.Id), (donorsAfter.Progress.Donors, donorsAfter.Progress.Amount, donorsAfter.UnlockedByGiftId));
        Assert.Equal((4_000L, (Guid?)crossing.Id), (amountAfter.Progress.Amount, amountAfter.UnlockedByGiftId));
        var sponsorGifts = await ChallengeGiftsAsync(sponsor.Id);
        Assert.Equal([7_000L, 9_000L], sponsorGifts.Select(g => g.Amount).Order());
        Assert.All(sponsorGifts, g => Assert.Null(g.ReversedBy));
        Assert.Equal(new[] { donorsAfter.UnlockGiftId, amountAfter.UnlockGiftId }.Order(), sponsorGifts.Select(g => (Guid?)g.Id).Order());

        // The campaign's total is its ledger: Ann's 4,000 standing, the sponsor's 16,000.
        var ledger = (await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/gifts?limit=200")).Items;
        var total = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress.RaisedAmount;
        Assert.Equal(ledger.Sum(g => g.Amount), total);
        Assert.Equal(kept.Amount + 16_000, total);
    }

    private static (int Donors, long Amount) Figures(ChallengeResponse challenge) => (challenge.Progress.Donors, challenge.Progress.Amount);

    private static object FundGift(Guid donorId, Guid campaignId, long amount, string fund) =>
        new { donorId, campaignId, amount, currency = "EUR", receivedOn = Today, method = "cheque", fund };

    private async Task ReverseAsync(Guid giftId) =>
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{giftId}/reversals", new { reason = "Refunded" }, Guid.NewGuid().ToString()), HttpStatusCode.Created);

    private async Task<ChallengeResponse> CreateChallengeAsync(Guid campaignId, object body) =>
        await Http.ReadAsync<ChallengeResponse>(await Http.PostAsync(_client, $"/api/v1/campaigns/{campaignId}/challenges", body), HttpStatusCode.Created);

    private async Task<ChallengeResponse> ChallengeAsync(Guid campaignId, Guid challengeId) =>
        Assert.Single(await Http.GetAsync<List<ChallengeResponse>>(_client, $"/api/v1/campaigns/{campaignId}/challenges"), c => c.Id == challengeId);

    /// <summary>The sponsor's gifts booked for unlocks (source <c>challenge</c>), from the donor's gift history.</summary>
    private async Task<IReadOnlyList<GiftResponse>> ChallengeGiftsAsync(Guid sponsorId) =>
        [.. (await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/donors/{sponsorId}/gifts?limit=200")).Items.Where(g => g.Source == "challenge")];
}
