using System.Net;
using System.Text.Json;
using GiveBack.Domain.Outreach;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Segments;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Outreach.Jobs;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GiveBack.Engagement.Tests;

/// <summary>
/// The three readers of "lapsed" — the LYBUNT/SYBUNT report, a LYBUNT segment and the appeal job — answer from the one
/// definition in the database, so on one data set they name the same donors. A host of its own on a fake host clock,
/// past the appeal day of FY2026 (1 July 2025 – 30 June 2026; the appeal goes out from 1 March). The fake clock
/// stays behind the real one: Orleans declares a silo dead whose clock runs ahead of its generation.
/// </summary>
public sealed class LapsedDonorsAgreeTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero));
    private GiveBackServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // The daily cron stays far off: the test fires the appeal job itself.
        _server = await GiveBackServer.StartAsync(
            new Dictionary<string, string?> { ["Scheduling:DailyCron"] = "0 0 3 1 1 ? 2099", ["Engagement:RecomputeEnabled"] = "false" },
            builder => builder.Services.AddSingleton<TimeProvider>(_clock));
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task The_report_the_segment_and_the_appeal_job_name_the_same_lapsed_donors()
    {
        var campaign = await CampaignAsync();
        // (gifts as (received on, reversed)); a reversed gift never counts, in whichever year it falls.
        var lapsed = await DonorAsync(campaign, ("2024-10-01", false), ("2025-11-01", true));
        var twoYearsAgo = await DonorAsync(campaign, ("2023-10-01", false), ("2026-01-10", true));
        var retained = await DonorAsync(campaign, ("2024-10-01", false), ("2025-11-01", false));
        var reversedLastYear = await DonorAsync(campaign, ("2024-10-01", true));
        var candidates = new[] { lapsed, twoYearsAgo, retained, reversedLastYear };

        await _server.RunJobAsync(LybuntAppealJob.Key);
        var appealed = (await Http.OutreachAsync(_client, kind: OutreachKinds.LybuntAppeal)).Select(m => m.DonorId);

        Assert.Equal([lapsed], Among(candidates, await ReportAsync("lybunt", 2026)));
        Assert.Equal([lapsed], Among(candidates, await SegmentAsync(2026)));
        Assert.Equal([lapsed], Among(candidates, appealed));

        // A year earlier the donor of two years ago is the LYBUNT one, in the report and in a segment alike; this year
        // they are SYBUNT (gave before FY2025, not since: the gift of January was reversed).
        Assert.Equal([twoYearsAgo], Among(candidates, await ReportAsync("lybunt", 2025)));
        Assert.Equal([twoYearsAgo], Among(candidates, await SegmentAsync(2025)));
        Assert.Equal([twoYearsAgo], Among(candidates, await ReportAsync("sybunt", 2026)));
    }

    private async Task<Guid> CampaignAsync()
    {
        var response = await Http.PostAsync(_client, "/api/v1/campaigns", new
        {
            name = "Annual Fund", currency = "EUR", goalAmount = 10_000_000, startsOn = "2023-07-01", endsOn = "2026-06-30",
        });
        return (await Http.ReadAsync<GiveBack.Giving.Endpoints.Campaigns.CampaignResponse>(response, HttpStatusCode.Created)).Id;
    }

    private static List<Guid> Among(Guid[] candidates, IEnumerable<Guid> donors) => [.. candidates.Where(donors.Contains)];

    private async Task<Guid> DonorAsync(Guid campaign, params (string On, bool Reversed)[] gifts)
    {
        var donor = (await Http.CreateDonorAsync(_client)).Id;
        foreach (var (on, reversed) in gifts)
        {
            var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor, campaign, receivedOn: on));
            if (reversed)
            {
                await Http.ReadAsync<GiftResponse>(
                    await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Cheque bounced" }), HttpStatusCode.Created);
            }
        }

        return donor;
    }

    private async Task<List<Guid>> ReportAsync(string kind, int fiscalYear)
    {
        var report = await Http.GetAsync<JsonElement>(_client, $"/api/v1/reports/{kind}?fiscalYear={fiscalYear}&currency=EUR&limit=200");
        return [.. report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("donorId").GetGuid())];
    }

    private async Task<List<Guid>> SegmentAsync(int fiscalYear)
    {
        var segment = await Http.ReadAsync<SegmentResponse>(
            await Http.PostAsync(_client, "/api/v1/segments", new { name = $"LYBUNT FY{fiscalYear}", lybuntFiscalYear = fiscalYear }), HttpStatusCode.Created);
        var members = await Http.GetAsync<Page<SegmentMember>>(_client, $"/api/v1/segments/{segment.Id}/donors?limit=200");
        return [.. members.Items.Select(m => m.DonorId)];
    }
}
