using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GiveBack.Testing;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Telemetry;

/// <summary>
/// /metrics is Prometheus' text format of the host's meters: a gift booked through the API moves the gift counters of
/// its currency, the backlog gauges are there, and only an administrator or the scrape key reads it.
/// </summary>
[Collection(TelemetryTests.Name)]
public sealed class MetricsEndpointTests(TelemetryWorld world)
{
    // No other test books gifts in dinars: the figures of this currency move by this test's gift alone.
    private const string Currency = "TND";

    [Fact]
    public async Task A_booked_gift_moves_the_gift_counters_of_its_currency()
    {
        using var admin = world.Server.CreateClient();
        var before = await ScrapeAsync(admin);
        var donor = await Http.CreateDonorAsync(admin);
        var campaign = await Http.CreateCampaignAsync(admin, Currency);

        await Http.RecordGiftAsync(admin, Http.Gift(donor.Id, campaign.Id, 12_345, Currency));
        using var scraper = world.Server.CreateClient(TelemetryWorld.ScrapeKey);
        // The exporter answers scrapes from a copy it keeps for a moment (a scrape storm costs one collection), so a
        // scrape right after the first may be that copy: scrape until the counter moves, or time out and fail below.
        string after;
        try
        {
            after = await Eventually.MatchesAsync(
                () => ScrapeAsync(scraper),
                scrape => Value(scrape, "giveback_gifts_booked_total", Currency) > Value(before, "giveback_gifts_booked_total", Currency),
                $"the gifts counter of {Currency} to move");
        }
        catch (TimeoutException)
        {
            after = await ScrapeAsync(scraper);
        }

        Assert.True(
            Value(after, "giveback_gifts_booked_total", Currency) - Value(before, "giveback_gifts_booked_total", Currency) >= 1,
            $"No gift counted in {Currency}:\n{Lines(after, "giveback_gifts")}");
        Assert.True(
            Value(after, "giveback_gifts_amount_total", Currency) - Value(before, "giveback_gifts_amount_total", Currency) >= 12_345,
            $"The amount did not move by the gift:\n{Lines(after, "giveback_gifts")}");
        Assert.Contains("source=\"offline\"", Lines(after, "giveback_gifts_booked_total"), StringComparison.Ordinal);
        foreach (var gauge in new[] { "giveback_outbox_lag_seconds", "giveback_events_parked", "giveback_outreach_failed_messages" })
        {
            Assert.Contains(gauge, after, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_anonymous_caller_or_a_wrong_key_is_refused()
    {
        using var anonymous = world.Server.CreateClient(apiKey: null);
        using var wrongKey = world.Server.CreateClient("test-scrape-key-but-not-this-one");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of a series of <paramref name="metric"/> for the currency, 0 when none has been written yet.</summary>
    private static double Value(string scrape, string metric, string currency) =>
        Regex.Matches(scrape, $@"^{metric}\{{[^}}]*currency=""{currency}""[^}}]*\}} (?<value>\S+)", RegexOptions.Multiline)
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    private static string Lines(string scrape, string prefix) =>
        string.Join('\n', scrape.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)));
}
