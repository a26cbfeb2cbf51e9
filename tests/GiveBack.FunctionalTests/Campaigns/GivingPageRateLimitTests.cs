using System.Net;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Campaigns;

/// <summary>Its own host, with a tiny limit: the public giving page is rate-limited per address, the staff API is not.</summary>
public sealed class GivingPageRateLimitTests : IAsyncLifetime
{
    private GiveBackServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await GiveBackServer.StartAsync(new Dictionary<string, string?> { ["GivingPage:PermitsPerMinute"] = "3" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_giving_page_answers_429_past_its_limit_while_staff_calls_go_on()
    {
        var staff = _server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(staff);
        using var visitor = _server.CreateClient(apiKey: null);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await visitor.GetAsync($"/give/{campaign.Slug}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/campaigns/{campaign.Id}")).StatusCode);
        }
    }
}
