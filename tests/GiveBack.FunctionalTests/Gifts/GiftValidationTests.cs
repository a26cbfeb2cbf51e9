using System.Net;
using System.Text;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Gifts;

/// <summary>Every bad gift gets a problem naming the field, and changes nothing.</summary>
[Collection(ApiTests.Name)]
public sealed class GiftValidationTests(ServerFixture fixture) : IAsyncLifetime
{
    private readonly HttpClient _client = fixture.Server.CreateClient();
    private Guid _donorId;
    private Guid _campaignId;

    public async Task InitializeAsync()
    {
        _donorId = (await Http.CreateDonorAsync(_client)).Id;
        _campaignId = (await Http.CreateCampaignAsync(_client, currency: "EUR")).Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(0L)]
    [InlineData(-500L)]
    [InlineData(1_000_000_000_001L)]
    public async Task Zero_negative_and_absurd_amounts_are_refused(long amount)
    {
        var response = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(_donorId, _campaignId, amount), Guid.NewGuid().ToString());

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "amount"));
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task An_amount_that_overflows_64_bits_is_named()
    {
        var body = $$"""{"donorId":"{{_donorId}}","campaignId":"{{_campaignId}}","amount":99999999999999999999999,"currency":"EUR","receivedOn":"2025-10-01","method":"cash"}""";

        var response = await PostRawAsync(body);

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "amount"));
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_not_a_crash()
    {
        var response = await PostRawAsync("{ this is not json");

        await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task An_unknown_method_is_named()
    {
        var body = $$"""{"donorId":"{{_donorId}}","campaignId":"{{_campaignId}}","amount":100,"currency":"EUR","receivedOn":"2025-10-01","method":"bitcoin"}""";

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(await PostRawAsync(body), HttpStatusCode.BadRequest), "method"));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var body = $$"""{"donorId":"{{_donorId}}","campaignId":"{{_campaignId}}","amount":100,"currency":"EUR","receivedOn":"2025-10-01","method":"cash","fund":"{{new string('x', 200_000)}}"}""";

        await Http.ProblemAsync(await PostRawAsync(body), HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task Unknown_donor_and_unknown_campaign_are_named()
    {
        var unknownDonor = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(Guid.NewGuid(), _campaignId), Guid.NewGuid().ToString());
        var unknownCampaign = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(_donorId, Guid.NewGuid()), Guid.NewGuid().ToString());

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(unknownDonor, HttpStatusCode.UnprocessableEntity), "donorId"));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(unknownCampaign, HttpStatusCode.UnprocessableEntity), "campaignId"));
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task A_currency_other_than_the_campaigns_is_refused()
    {
        var response = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(_donorId, _campaignId, currency: "USD"), Guid.NewGuid().ToString());

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity), "currency"));
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task An_unknown_currency_and_missing_fields_are_each_named()
    {
        var response = await Http.PostAsync(_client, "/api/v1/gifts", new { donorId = _donorId, currency = "XXZ" }, Guid.NewGuid().ToString());

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "campaignId", "amount", "currency", "receivedOn", "method" })
        {
            Assert.NotEmpty(Http.ErrorsFor(problem, field));
        }
    }

    [Fact]
    public async Task A_gift_without_an_idempotency_key_is_refused()
    {
        var response = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(_donorId, _campaignId));

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "Idempotency-Key"));
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task A_gift_dated_in_the_future_is_refused()
    {
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(_donorId, _campaignId, receivedOn: future), Guid.NewGuid().ToString());

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), "receivedOn"));
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/gifts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await _client.SendAsync(request);
    }

    private async Task AssertNothingRecordedAsync()
    {
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{_campaignId}")).Progress;
        Assert.Equal(0, progress.GiftCount);
    }
}
