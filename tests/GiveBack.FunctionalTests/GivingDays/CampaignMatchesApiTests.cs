using System.Globalization;
using System.Net;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.GivingDays.Endpoints;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>
/// A giving day's matches on the real host: gifts booked through the API are matched by the sponsor's gifts, each
/// linked to the gift it matched; the cap is met exactly, partially at the end, however many gifts race for it.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class CampaignMatchesApiTests(ServerFixture fixture)
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Each_gift_is_matched_by_a_sponsors_gift_linked_to_it_and_the_last_one_partially_when_the_cap_runs_out()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, classYear: 1980, firstName: "Board");
        var match = await CreateMatchAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, ratio = 1.0m, per = "amount", capAmount = 25_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var donor = await Http.CreateDonorAsync(_client);

        var gifts = new List<GiftResponse>();
        foreach (var amount in new long[] { 10_000, 10_000, 10_000, 4_000 })
        {
            gifts.Add(await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, amount, receivedOn: Today)));
        }

        var allocations = await AllocationsAsync(campaign.Id, match.Id);
        Assert.Equal(
            [(gifts[0].Id, 10_000L, 10_000L), (gifts[1].Id, 10_000L, 10_000L), (gifts[2].Id, 10_000L, 5_000L)],
            allocations.Select(a => (a.GiftId, a.WantedAmount, a.Amount)).OrderBy(a => gifts.FindIndex(g => g.Id == a.GiftId)));
        foreach (var allocation in allocations)
        {
            var matching = await Http.GetAsync<GiftResponse>(_client, $"/api/v1/gifts/{allocation.MatchingGiftId}");
            Assert.Equal((sponsor.Id, campaign.Id, allocation.Amount, "EUR", "match"), (matching.DonorId, matching.CampaignId, matching.Amount, matching.Currency, matching.Source));
        }

        var listed = Assert.Single(await Http.GetAsync<List<MatchResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/matches"));
        Assert.Equal((25_000L, 25_000L, 0L, "EUR"), (listed.CapAmount, listed.MatchedAmount, listed.RemainingAmount, listed.Currency));
        Assert.Equal(25_000, (await SponsorGiftsAsync(sponsor.Id)).Sum(g => g.Amount));
    }

    [Fact]
    public async Task A_retried_gift_takes_nothing_more_from_the_match()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var match = await CreateMatchAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, ratio = 0.5m, per = "amount", capAmount = 100_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var donor = await Http.CreateDonorAsync(_client);
        var key = Guid.NewGuid().ToString();
        var gift = Http.Gift(donor.Id, campaign.Id, 3_001, receivedOn: Today);

        await Http.RecordGiftAsync(_client, gift, key);
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, "/api/v1/gifts", gift, key), HttpStatusCode.OK);

        var allocation = Assert.Single(await AllocationsAsync(campaign.Id, match.Id));
        Assert.Equal(1_500, allocation.Amount);
        Assert.Equal(1_500, Assert.Single(await SponsorGiftsAsync(sponsor.Id)).Amount);
        Assert.Equal(1_500, Assert.Single(await Http.GetAsync<List<MatchResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/matches")).MatchedAmount);
    }

    [Fact]
    public async Task Only_eligible_gifts_are_matched_and_a_per_donor_match_gives_once_per_donor()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var window = new { startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) };
        var perAmount = await CreateMatchAsync(campaign.Id, new
        {
            sponsorDonorId = sponsor.Id, ratio = 1.0m, per = "amount", capAmount = 1_000_000, window.startsAt, window.endsAt,
            eligibility = new { classYears = new[] { 2010 }, funds = new[] { "Library" }, newDonorsOnly = true },
        });
        var perDonor = await CreateMatchAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, ratio = 5m, per = "donor", capAmount = 1_000_000, window.startsAt, window.endsAt });
        var later = await CreateMatchAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, ratio = 1m, per = "amount", capAmount = 1_000_000, startsAt = DateTimeOffset.UtcNow.AddHours(1), endsAt = DateTimeOffset.UtcNow.AddHours(2) });
        var newAlum = await Http.CreateDonorAsync(_client, classYear: 2010);
        var otherClass = await Http.CreateDonorAsync(_client, classYear: 2011);
        var repeat = await Http.CreateDonorAsync(_client, classYear: 2010);
        await Http.RecordGiftAsync(_client, Http.Gift(repeat.Id, campaign.Id, 100, receivedOn: Today));

        var eligible = await Http.RecordGiftAsync(_client, LibraryGift(newAlum.Id, campaign.Id, "library"));
        var secondOfNewAlum = await Http.RecordGiftAsync(_client, LibraryGift(newAlum.Id, campaign.Id, "Library"));
        await Http.RecordGiftAsync(_client, LibraryGift(otherClass.Id, campaign.Id, "Library"));
        await Http.RecordGiftAsync(_client, LibraryGift(repeat.Id, campaign.Id, "Library"));
        await Http.RecordGiftAsync(_client, Http.Gift(newAlum.Id, campaign.Id, 2_000, receivedOn: Today));

        Assert.Equal([eligible.Id], (await AllocationsAsync(campaign.Id, perAmount.Id)).Select(a => a.GiftId));
        Assert.DoesNotContain(secondOfNewAlum.Id, (await AllocationsAsync(campaign.Id, perAmount.Id)).Select(a => a.GiftId));
        var perDonorAllocations = await AllocationsAsync(campaign.Id, perDonor.Id);
        Assert.Equal(
            new[] { newAlum.Id, otherClass.Id, repeat.Id }.Order(),
            perDonorAllocations.Select(a => a.DonorId).Order());
        Assert.All(perDonorAllocations, a => Assert.Equal(500, a.Amount));
        Assert.Empty(await AllocationsAsync(campaign.Id, later.Id));
    }

    [Fact]
    public async Task Two_hundred_concurrent_gifts_racing_for_the_last_units_take_the_cap_exactly()
    {
        const long cap = 10_000;
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var match = await CreateMatchAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, ratio = 1.0m, per = "amount", capAmount = cap, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var early = await Http.CreateDonorAsync(_client);
        await Http.RecordGiftAsync(_client, Http.Gift(early.Id, campaign.Id, 9_000, receivedOn: Today));
        var donors = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            donors.Add((await Http.CreateDonorAsync(_client)).Id);
        }

        // 200 gifts of 7 want 1,400 of the 1,000 left: 142 get 7, one gets the last 6, the rest nothing.
        var racing = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Http.RecordGiftAsync(_client, Http.Gift(donors[i % donors.Count], campaign.Id, 7, receivedOn: Today))));

        var allocations = await AllocationsAsync(campaign.Id, match.Id);
        Assert.Equal(cap, allocations.Sum(a => a.Amount));
        var partial = Assert.Single(allocations, a => a.Amount < a.WantedAmount);
        Assert.Equal((7L, 6L), (partial.WantedAmount, partial.Amount));
        Assert.Equal(142, allocations.Count(a => a.GiftId != partial.GiftId && racing.Any(g => g.Id == a.GiftId)));
        Assert.All(allocations, a => Assert.NotNull(a.MatchingGiftId));
        var listed = Assert.Single(await Http.GetAsync<List<MatchResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/matches"));
        Assert.Equal((cap, 0L), (listed.MatchedAmount, listed.RemainingAmount));
        var sponsorGifts = await SponsorGiftsAsync(sponsor.Id);
        Assert.Equal(cap, sponsorGifts.Sum(g => g.Amount));
        Assert.Equal(allocations.Select(a => a.MatchingGiftId!.Value).Order(), sponsorGifts.Select(g => g.Id).Order());
    }

    [Fact]
    public async Task A_reversal_while_the_match_is_open_gives_the_matched_amount_back_and_reverses_the_sponsors_gift()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var match = await CreateMatchAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, ratio = 1.0m, per = "amount", capAmount = 15_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1) });
        var donor = await Http.CreateDonorAsync(_client);
        var bounced = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 10_000, receivedOn: Today));
        var key = Guid.NewGuid().ToString();

        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{bounced.Id}/reversals", new { reason = "Cheque returned unpaid" }, key), HttpStatusCode.Created);
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{bounced.Id}/reversals", new { reason = "Cheque returned unpaid" }, key), HttpStatusCode.OK);
        var next = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 15_000, receivedOn: Today));

        var allocations = await AllocationsAsync(campaign.Id, match.Id);
        var returned = Assert.Single(allocations, a => a.GiftId == bounced.Id);
        Assert.NotNull(returned.ReturnedAt);
        Assert.NotNull((await Http.GetAsync<GiftResponse>(_client, $"/api/v1/gifts/{returned.MatchingGiftId}")).ReversedBy);
        Assert.Equal(15_000, Assert.Single(allocations, a => a.GiftId == next.Id).Amount);
        var listed = Assert.Single(await Http.GetAsync<List<MatchResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/matches"));
        Assert.Equal((15_000L, 0L), (listed.MatchedAmount, listed.RemainingAmount));

        // What the match says it gave equals what the ledger holds from the sponsor: the reversed pair nets to nothing.
        var sponsorRows = await SponsorGiftsAsync(sponsor.Id);
        Assert.Equal(3, sponsorRows.Count);
        Assert.Equal(listed.MatchedAmount, sponsorRows.Sum(g => g.Amount));
    }

    [Fact]
    public async Task A_reversal_after_the_match_closed_leaves_the_sponsors_gift_standing_and_the_totals_equal_to_the_ledger()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var closesAt = DateTimeOffset.UtcNow.AddSeconds(3);
        var match = await CreateMatchAsync(campaign.Id, new { sponsorDonorId = sponsor.Id, ratio = 1.0m, per = "amount", capAmount = 50_000, startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = closesAt });
        var donor = await Http.CreateDonorAsync(_client);
        var refunded = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 10_000, receivedOn: Today));
        Assert.Equal(10_000, Assert.Single(await AllocationsAsync(campaign.Id, match.Id)).Amount);

        // The day is over when the refund comes: the sponsor's promise was for that day's gifts, so its gift stands.
        while (DateTimeOffset.UtcNow <= closesAt.AddMilliseconds(200))
        {
            await Task.Delay(250);
        }

        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{refunded.Id}/reversals", new { reason = "Refunded on request" }), HttpStatusCode.Created);

        var allocation = Assert.Single(await AllocationsAsync(campaign.Id, match.Id));
        Assert.Null(allocation.ReturnedAt);
        Assert.Null((await Http.GetAsync<GiftResponse>(_client, $"/api/v1/gifts/{allocation.MatchingGiftId}")).ReversedBy);
        var listed = Assert.Single(await Http.GetAsync<List<MatchResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/matches"));
        Assert.Equal(10_000, listed.MatchedAmount);
        Assert.Equal(listed.MatchedAmount, (await SponsorGiftsAsync(sponsor.Id)).Sum(g => g.Amount));

        // The campaign's total is its ledger: the refunded gift nets out, the sponsor's gift remains.
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal(10_000, progress.RaisedAmount);
    }

    [Fact]
    public async Task Bad_match_input_names_every_field()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");

        var response = await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/matches", new
        {
            ratio = 0, per = "gift", capAmount = -5, startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(-1),
            eligibility = new { classYears = new[] { 1492 }, funds = new[] { " " } },
        });

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "sponsorDonorId", "ratio", "per", "capAmount", "endsAt", "eligibility.classYears", "eligibility.funds" })
        {
            Assert.NotEmpty(Http.ErrorsFor(problem, field));
        }

        var missing = await Http.ProblemAsync(await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/matches", new { }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "sponsorDonorId", "ratio", "per", "capAmount", "startsAt", "endsAt" })
        {
            Assert.NotEmpty(Http.ErrorsFor(missing, field));
        }

        var unknownSponsor = await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/matches", new { sponsorDonorId = Guid.NewGuid(), ratio = 1, per = "amount", capAmount = 100, startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(1) });
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(unknownSponsor, HttpStatusCode.BadRequest), "sponsorDonorId"));
        Assert.Empty(await Http.GetAsync<List<MatchResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/matches"));
        await Http.ProblemAsync(await _client.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}/matches"), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await _client.GetAsync($"/api/v1/campaigns/{campaign.Id}/matches/{Guid.NewGuid()}/allocations"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_retried_match_request_gets_the_same_match_and_another_body_under_its_key_is_refused()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var body = new { sponsorDonorId = sponsor.Id, ratio = 2m, per = "amount", capAmount = 50_000, startsAt = "2026-03-04T00:00:00-05:00", endsAt = "2026-03-05T00:00:00-05:00" };
        var key = Guid.NewGuid().ToString();

        var first = await Http.ReadAsync<MatchResponse>(await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/matches", body, key), HttpStatusCode.Created);
        var again = await Http.ReadAsync<MatchResponse>(await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/matches", body, key), HttpStatusCode.OK);
        var other = await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/matches", body with { capAmount = 60_000 }, key);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 5, 0, 0, TimeSpan.Zero), first.StartsAt);
        Assert.Equal((50_000L, 50_000L), (first.CapAmount, first.RemainingAmount));
        await Http.ProblemAsync(other, HttpStatusCode.UnprocessableEntity);
    }

    private static object LibraryGift(Guid donorId, Guid campaignId, string fund) =>
        new { donorId, campaignId, amount = 1_000, currency = "EUR", receivedOn = Today, method = "cheque", fund };

    private async Task<MatchResponse> CreateMatchAsync(Guid campaignId, object body) =>
        await Http.ReadAsync<MatchResponse>(await Http.PostAsync(_client, $"/api/v1/campaigns/{campaignId}/matches", body), HttpStatusCode.Created);

    private async Task<IReadOnlyList<MatchAllocationResponse>> AllocationsAsync(Guid campaignId, Guid matchId) =>
        await Http.GetAsync<List<MatchAllocationResponse>>(_client, $"/api/v1/campaigns/{campaignId}/matches/{matchId}/allocations");

    private async Task<IReadOnlyList<GiftResponse>> SponsorGiftsAsync(Guid sponsorId) =>
        (await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/donors/{sponsorId}/gifts?limit=200")).Items;
}
