using System.Net;
using System.Net.Http.Json;
using GiveBack.FunctionalTests.Support;
using GiveBack.GivingDays.Days;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>A campaign's giving day on the real host: set, read back in its time zone, changed, refused when wrong.</summary>
[Collection(ApiTests.Name)]
public sealed class GivingDayApiTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_giving_day_is_set_read_back_in_its_time_zone_and_changed_keeping_its_screen_token()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        var slug = $"day-{Guid.NewGuid():N}";
        var put = await PutAsync(campaign.Id, new
        {
            startsAt = "2026-03-04T00:00:00+01:00", endsAt = "2026-03-05T12:00:00Z", timeZone = "Europe/Paris", slug, headline = "One day, one school",
        });
        var created = await Http.ReadAsync<GivingDayResponse>(put, HttpStatusCode.Created);

        var read = await Http.GetAsync<GivingDayResponse>(_client, $"/api/v1/campaigns/{campaign.Id}/giving-day");
        Assert.Equal(DateTimeOffset.Parse("2026-03-04T00:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), read.StartsAt);
        Assert.Equal(TimeSpan.FromHours(1), read.StartsAt.Offset);
        Assert.Equal((TimeSpan.FromHours(1), 13), (read.EndsAt.Offset, read.EndsAt.Hour));
        Assert.Equal(("Europe/Paris", slug, "One day, one school"), (read.TimeZone, read.Slug, read.Headline));
        Assert.Equal($"/giving-days/{slug}", read.PageUrl);
        Assert.Equal($"/giving-days/{slug}/card.png", read.CardUrl);
        Assert.StartsWith($"/giving-days/{slug}/screen?token=", read.ScreenUrl, StringComparison.Ordinal);

        var changed = await Http.ReadAsync<GivingDayResponse>(
            await PutAsync(campaign.Id, new { startsAt = "2026-03-04T00:00:00-05:00", endsAt = "2026-03-05T00:00:00-05:00", timeZone = "America/New_York", slug }),
            HttpStatusCode.OK);
        Assert.Equal((TimeSpan.FromHours(-5), "America/New_York", null as string), (changed.StartsAt.Offset, changed.TimeZone, changed.Headline));
        Assert.Equal(created.ScreenUrl, changed.ScreenUrl);
    }

    [Fact]
    public async Task A_wrong_giving_day_is_refused_field_by_field()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        var problem = await Http.ProblemAsync(
            await PutAsync(campaign.Id, new { startsAt = "2026-03-05T00:00:00Z", endsAt = "2026-03-04T00:00:00Z", timeZone = "Mars/Olympus", slug = "Not A Slug" }),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "endsAt"));
        Assert.NotEmpty(Http.ErrorsFor(problem, "timeZone"));
        Assert.NotEmpty(Http.ErrorsFor(problem, "slug"));

        var missing = await Http.ProblemAsync(await PutAsync(campaign.Id, new { timeZone = "Europe/Paris", slug = "a-good-slug" }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(missing, "startsAt"));
        Assert.NotEmpty(Http.ErrorsFor(missing, "endsAt"));

        var slug = $"taken-{Guid.NewGuid():N}";
        var window = new { startsAt = "2026-03-04T00:00:00Z", endsAt = "2026-03-05T00:00:00Z", timeZone = "Europe/Paris", slug };
        await Http.ReadAsync<GivingDayResponse>(await PutAsync(campaign.Id, window), HttpStatusCode.Created);
        var other = await Http.CreateRunningCampaignAsync(_client, "Another day");
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(await PutAsync(other.Id, window), HttpStatusCode.Conflict), "slug"));

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/campaigns/{other.Id}/giving-day")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(Guid.NewGuid(), window)).StatusCode);
    }

    [Fact]
    public async Task Without_a_sign_in_the_giving_day_is_neither_read_nor_set()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Day of giving");
        using var anonymous = fixture.Server.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/campaigns/{campaign.Id}/giving-day")).StatusCode);
        var put = await anonymous.PutAsJsonAsync(
            $"/api/v1/campaigns/{campaign.Id}/giving-day",
            new { startsAt = "2026-03-04T00:00:00Z", endsAt = "2026-03-05T00:00:00Z", timeZone = "Europe/Paris", slug = $"x-{Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
    }

    private Task<HttpResponseMessage> PutAsync(Guid campaignId, object body) =>
        _client.PutAsJsonAsync($"/api/v1/campaigns/{campaignId}/giving-day", body);
}
