using System.Net;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Gifts;

[Collection(ApiTests.Name)]
public sealed class GiftRecordingTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_gift_moves_the_donor_history_and_the_campaign_progress_at_once()
    {
        var donor = await Http.CreateDonorAsync(_client, classYear: 2012);
        var campaign = await Http.CreateCampaignAsync(_client);

        var first = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 10_000, receivedOn: "2025-06-30"));
        await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 25_000, receivedOn: "2025-07-01"));

        var giving = (await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{donor.Id}")).Giving;
        Assert.Equal(35_000, giving.LifetimeAmount);
        Assert.Equal(2, giving.GiftCount);
        Assert.Equal(new DateOnly(2025, 6, 30), giving.FirstGiftOn);
        Assert.Equal(new DateOnly(2025, 7, 1), giving.LastGiftOn);
        Assert.Equal(25_000, giving.LargestGiftAmount);
        Assert.Equal("EUR", giving.Currency);
        Assert.Equal([2025, 2026], giving.ByFiscalYear.Select(y => y.FiscalYear));
        Assert.Equal(2, giving.ConsecutiveYears);

        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal(35_000, progress.RaisedAmount);
        Assert.Equal(1, progress.DonorCount);
        Assert.Equal(2, progress.GiftCount);
        var classOf2012 = Assert.Single(progress.ByClassYear);
        Assert.Equal(2012, classOf2012.ClassYear);
        Assert.Equal(35_000, classOf2012.RaisedAmount);

        var history = await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/donors/{donor.Id}/gifts");
        Assert.Equal(2, history.Total);
        Assert.Contains(history.Items, g => g.Id == first.Id && g.Method == "cheque");
        var campaignGifts = await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/gifts");
        Assert.Equal(2, campaignGifts.Total);
    }

    [Fact]
    public async Task Tribute_fund_and_anonymity_are_kept_on_the_gift()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);

        var response = await Http.PostAsync(_client, "/api/v1/gifts", new
        {
            donorId = donor.Id, campaignId = campaign.Id, amount = 5_000, currency = "eur", receivedOn = "2025-09-01",
            method = "stock", fund = "Scholarships", tribute = new { type = "memory", name = "Jeanne Dupont" }, anonymous = true,
        }, Guid.NewGuid().ToString());
        var gift = await Http.ReadAsync<GiftResponse>(response, HttpStatusCode.Created);

        var stored = await Http.GetAsync<GiftResponse>(_client, $"/api/v1/gifts/{gift.Id}");
        Assert.Equal("EUR", stored.Currency);
        Assert.Equal("stock", stored.Method);
        Assert.Equal("Scholarships", stored.Fund);
        Assert.Equal(new TributeResponse("memory", "Jeanne Dupont"), stored.Tribute);
        Assert.True(stored.Anonymous);
        Assert.Equal(donor.ClassYear, stored.ClassYear);
        Assert.Equal(response.Headers.Location?.OriginalString, $"/api/v1/gifts/{gift.Id}");
    }

    [Fact]
    public async Task The_same_key_and_body_give_back_the_same_gift_never_a_second()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var gift = Http.Gift(donor.Id, campaign.Id, 7_500);

        var first = await Http.RecordGiftAsync(_client, gift, "retry-me");
        var again = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, "/api/v1/gifts", gift, "retry-me"), HttpStatusCode.OK);

        Assert.Equal(first.Id, again.Id);
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal(1, progress.GiftCount);
        Assert.Equal(7_500, progress.RaisedAmount);
    }

    [Fact]
    public async Task Twenty_concurrent_retries_of_one_key_record_exactly_one_gift()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var gift = Http.Gift(donor.Id, campaign.Id, 12_345);
        var key = $"storm-{Guid.NewGuid()}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Http.PostAsync(_client, "/api/v1/gifts", gift, key)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"status {r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await Http.ReadAsync<GiftResponse>(r, r.StatusCode)).Id));
        Assert.Single(ids.Distinct());
        var history = await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/gifts");
        Assert.Equal(1, history.Total);
        var donorView = await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{donor.Id}");
        Assert.Equal(12_345, donorView.Giving.LifetimeAmount);
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((12_345, 1, 1), (progress.RaisedAmount, progress.GiftCount, progress.DonorCount));
    }

    [Fact]
    public async Task Reusing_a_key_for_a_different_gift_is_refused_and_changes_nothing()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 1_000), "one-key");

        var response = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(donor.Id, campaign.Id, 2_000), "one-key");

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(Http.ErrorsFor(problem, "Idempotency-Key"));
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal(1_000, progress.RaisedAmount);
    }

    [Fact]
    public async Task Two_donors_count_as_two_and_friends_have_no_class_year()
    {
        var alum = await Http.CreateDonorAsync(_client, classYear: 1999);
        var friend = await Http.CreateDonorAsync(_client, classYear: null);
        var campaign = await Http.CreateCampaignAsync(_client);

        await Http.RecordGiftAsync(_client, Http.Gift(alum.Id, campaign.Id, 100));
        await Http.RecordGiftAsync(_client, Http.Gift(alum.Id, campaign.Id, 200));
        await Http.RecordGiftAsync(_client, Http.Gift(friend.Id, campaign.Id, 400));

        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((700, 2, 3), (progress.RaisedAmount, progress.DonorCount, progress.GiftCount));
        Assert.Equal(
            [(1999, 300L, 1, 2), (null, 400L, 1, 1)],
            progress.ByClassYear.Select(c => ((int?)c.ClassYear, c.RaisedAmount, c.DonorCount, c.GiftCount)).ToArray());
    }
}
