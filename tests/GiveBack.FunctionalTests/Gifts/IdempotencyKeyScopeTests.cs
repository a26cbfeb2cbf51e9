using System.Net;
using System.Net.Http.Json;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Api.Security;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Gifts;

[Collection(ApiTests.Name)]
public sealed class IdempotencyKeyScopeTests(ServerFixture fixture)
{
    private readonly HttpClient _admin = fixture.Server.CreateClient();

    [Fact]
    public async Task Two_integrations_sending_the_same_key_each_book_their_own_gift_and_each_retry_gets_its_own_back()
    {
        var campaign = await Http.CreateCampaignAsync(_admin);
        var donor = await Http.CreateDonorAsync(_admin);
        var crm = fixture.Server.CreateClient(await NewKeyAsync("CRM import"));
        var bank = fixture.Server.CreateClient(await NewKeyAsync("bank feed"));
        var fromCrm = Http.Gift(donor.Id, campaign.Id, 1_000);
        var fromBank = Http.Gift(donor.Id, campaign.Id, 2_500);

        var crmGift = await Http.RecordGiftAsync(crm, fromCrm, "1");
        var bankGift = await Http.RecordGiftAsync(bank, fromBank, "1");
        var crmRetry = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(crm, "/api/v1/gifts", fromCrm, "1"), HttpStatusCode.OK);
        var bankRetry = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(bank, "/api/v1/gifts", fromBank, "1"), HttpStatusCode.OK);

        Assert.NotEqual(crmGift.Id, bankGift.Id);
        Assert.Equal((crmGift.Id, bankGift.Id), (crmRetry.Id, bankRetry.Id));
        var progress = (await Http.GetAsync<CampaignResponse>(_admin, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((3_500L, 2), (progress.RaisedAmount, progress.GiftCount));
    }

    [Theory]
    [InlineData("stripe:reversal:pi_3QxYz")]
    [InlineData("stripe:pi_3QxYz")]
    [InlineData("reversal:0b5f")]
    [InlineData("demo-gift-1-2025-0")]
    public async Task A_client_key_in_the_products_own_namespace_is_refused_naming_the_header(string key)
    {
        var campaign = await Http.CreateCampaignAsync(_admin);
        var donor = await Http.CreateDonorAsync(_admin);
        var gift = await Http.RecordGiftAsync(_admin, Http.Gift(donor.Id, campaign.Id, 900));

        var booking = await Http.PostAsync(_admin, "/api/v1/gifts", Http.Gift(donor.Id, campaign.Id, 1_000), key);
        var reversal = await Http.PostAsync(_admin, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Bounced" }, key);

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(booking, HttpStatusCode.UnprocessableEntity), "Idempotency-Key"));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(reversal, HttpStatusCode.UnprocessableEntity), "Idempotency-Key"));
        var progress = (await Http.GetAsync<CampaignResponse>(_admin, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((900L, 1), (progress.RaisedAmount, progress.GiftCount));
    }

    [Fact]
    public async Task A_retry_gets_its_gift_back_even_after_the_campaign_end_date_moved_before_it()
    {
        var campaign = await Http.CreateCampaignAsync(_admin);
        var donor = await Http.CreateDonorAsync(_admin);
        var gift = Http.Gift(donor.Id, campaign.Id, 4_200, receivedOn: "2025-10-15");
        var key = Guid.NewGuid().ToString();
        var booked = await Http.RecordGiftAsync(_admin, gift, key);
        var shortened = await _admin.PatchAsync($"/api/v1/campaigns/{campaign.Id}", JsonContent.Create(new { endsOn = "2025-09-30" }));
        Assert.Equal(HttpStatusCode.OK, shortened.StatusCode);

        var retry = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_admin, "/api/v1/gifts", gift, key), HttpStatusCode.OK);
        var late = await Http.PostAsync(_admin, "/api/v1/gifts", gift, Guid.NewGuid().ToString());

        Assert.Equal(booked.Id, retry.Id);
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(late, HttpStatusCode.UnprocessableEntity), "receivedOn"));
    }

    private async Task<string> NewKeyAsync(string name)
    {
        var created = await Http.ReadAsync<ApiKeyResponse>(
            await Http.PostAsync(_admin, "/api/v1/api-keys", new { name, role = "gift-officer" }), HttpStatusCode.Created);
        return created.Key!;
    }
}
