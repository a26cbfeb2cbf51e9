using System.Net;
using System.Net.Http.Json;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Segments;
using GiveBack.Engagement.Tests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.Engagement.Tests;

[Collection(RealClockTests.Name)]
public sealed class SegmentTests(RealClockServerFixture fixture)
{
    private const int ClassYear = 1987;

    private EngagementServer Host => fixture.Server;

    private HttpClient Client => Host.Client;

    [Fact]
    public async Task A_lybunt_segment_takes_fiscal_year_boundaries_and_reversed_gifts_into_account()
    {
        var campaign = await CampaignAsync();
        // (donor, gifts as (received on, reversed)); FY2027 runs from 1 July 2026 to 30 June 2027.
        var plan = new List<(string Name, int? ClassYear, (string On, bool Reversed)[] Gifts)>
        {
            ("Last-year-only", ClassYear, [("2025-10-15", false)]),
            ("Both-years", ClassYear, [("2025-10-15", false), ("2026-08-01", false)]),
            ("Reversed-last-year", ClassYear, [("2025-10-15", true)]),
            ("Reversed-and-standing", ClassYear, [("2025-09-01", true), ("2026-03-01", false)]),
            ("Two-years-ago", ClassYear, [("2024-12-01", false)]),
            ("Last-day-of-FY2026", ClassYear, [("2026-06-30", false)]),
            ("Both-sides-of-the-boundary", ClassYear, [("2026-06-30", false), ("2026-07-01", false)]),
            ("Reversed-this-year", ClassYear, [("2025-11-01", false), ("2026-08-01", true)]),
            ("Never-gave", ClassYear, []),
            ("Friend", null, [("2025-12-12", false)]),
        };
        var donors = new Dictionary<string, Guid>();
        foreach (var (name, classYear, gifts) in plan)
        {
            var donor = await Host.DonorAsync(classYear, name);
            donors[name] = donor;
            foreach (var (on, reversed) in gifts)
            {
                var gift = await Http.RecordGiftAsync(Client, Http.Gift(donor, campaign, receivedOn: on));
                if (reversed)
                {
                    await Http.ReadAsync<GiftResponse>(
                        await Http.PostAsync(Client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Cheque bounced" }), HttpStatusCode.Created);
                }
            }
        }

        // The independent definition: a standing gift in FY2026 and none in FY2027.
        static int FiscalYear(DateOnly on) => on.Month >= 7 ? on.Year + 1 : on.Year;
        bool GaveIn(int year, (string On, bool Reversed)[] gifts) => gifts.Any(g => !g.Reversed && FiscalYear(DateOnly.Parse(g.On, System.Globalization.CultureInfo.InvariantCulture)) == year);
        var lybunt = plan.Where(p => GaveIn(2026, p.Gifts) && !GaveIn(2027, p.Gifts)).Select(p => donors[p.Name]).ToList();
        Assert.Equal(5, lybunt.Count);

        var all = await MembersAsync(new { name = "LYBUNT FY2027", lybuntFiscalYear = 2027 });
        Assert.Equal(lybunt.Order(), all.Where(donors.ContainsValue).Order());
        var classOf = await MembersAsync(new { name = "LYBUNT FY2027, class of 1987", lybuntFiscalYear = 2027, classYear = ClassYear });
        Assert.Equal(lybunt.Where(d => d != donors["Friend"]).Order(), classOf.Order());
        var classSegment = (await Http.GetAsync<Page<SegmentResponse>>(Client, "/api/v1/segments?limit=200")).Items.Single(s => s.Name == "LYBUNT FY2027, class of 1987");
        var beyond = await Http.GetAsync<Page<SegmentMember>>(Client, $"/api/v1/segments/{classSegment.Id}/donors?offset=50");
        Assert.Equal((4, 0), (beyond.Total, beyond.Items.Count));

        // Tags and stages narrow it further; every criterion must hold.
        foreach (var name in new[] { "Last-year-only", "Two-years-ago" })
        {
            var tagged = await Client.PutAsJsonAsync($"/api/v1/donors/{donors[name]}/tags", new { tags = new[] { "Reunion-1987" } }, Json.Options);
            await Http.ReadAsync<TalentResponse>(tagged, HttpStatusCode.OK);
        }

        Assert.Equal(new[] { donors["Two-years-ago"], donors["Last-year-only"] }.Order(), (await MembersAsync(new { name = "Reunion", tag = "reunion-1987" })).Order());
        Assert.Equal([donors["Last-year-only"]], await MembersAsync(new { name = "Reunion LYBUNT", tag = "REUNION-1987", lybuntFiscalYear = 2027 }));

        await Host.RecordAsync(donors["Both-years"], "alumni-group-joined", DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal([donors["Both-years"]], await MembersAsync(new { name = "Aware 1987", stage = "aware", classYear = ClassYear }));
        Assert.Equal(8, (await MembersAsync(new { name = "Unaware non-ambassadors 1987", stage = "unaware", ambassador = false, classYear = ClassYear })).Count);

        var segments = await Http.GetAsync<Page<SegmentResponse>>(Client, "/api/v1/segments?limit=200");
        var saved = segments.Items.Single(s => s.Name == "Reunion LYBUNT");
        Assert.Equal(("reunion-1987", 2027, (int?)null), (saved.Tag, saved.LybuntFiscalYear, saved.ClassYear));
        Assert.Equal(saved, await Http.GetAsync<SegmentResponse>(Client, $"/api/v1/segments/{saved.Id}"));
    }

    private async Task<List<Guid>> MembersAsync(object segment)
    {
        var created = await Http.ReadAsync<SegmentResponse>(await Http.PostAsync(Client, "/api/v1/segments", segment), HttpStatusCode.Created);
        var members = await Http.GetAsync<Page<SegmentMember>>(Client, $"/api/v1/segments/{created.Id}/donors?limit=200");
        return [.. members.Items.Select(m => m.DonorId)];
    }

    private async Task<Guid> CampaignAsync()
    {
        var response = await Http.PostAsync(Client, "/api/v1/campaigns", new
        {
            name = $"Annual Fund {Guid.NewGuid():N}",
            currency = "EUR",
            goalAmount = 10_000_000,
            startsOn = "2024-07-01",
            endsOn = "2027-06-30",
        });
        return (await Http.ReadAsync<GiveBack.Giving.Endpoints.Campaigns.CampaignResponse>(response, HttpStatusCode.Created)).Id;
    }
}
