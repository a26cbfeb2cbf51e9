using System.Net;
using GiveBack.FunctionalTests.Support;
using GiveBack.GivingDays.Endpoints;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>Setting up a giving day's challenges on the real host: what is stored and listed, what is refused and why, and who may.</summary>
[Collection(ApiTests.Name)]
public sealed class ChallengeApiTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_challenge_is_listed_with_its_terms_and_its_progress_and_a_retried_request_gets_the_same_one()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Board");
        var body = new
        {
            sponsorDonorId = sponsor.Id, kind = "donors", threshold = 500, unlockAmount = 5_000_000,
            startsAt = "2026-03-04T12:00:00-05:00", endsAt = "2026-03-04T13:00:00-05:00",
            eligibility = new { classYears = new[] { 2012, 2010, 2010 }, funds = new[] { " Library " }, newDonorsOnly = true, firstGiftOfDay = true },
        };
        var key = Guid.NewGuid().ToString();

        var created = await Http.ReadAsync<ChallengeResponse>(await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/challenges", body, key), HttpStatusCode.Created);
        var again = await Http.ReadAsync<ChallengeResponse>(await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/challenges", body, key), HttpStatusCode.OK);
        var other = await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/challenges", body with { threshold = 600 }, key);

        Assert.Equal(created.Id, again.Id);
        await Http.ProblemAsync(other, HttpStatusCode.UnprocessableEntity);
        var listed = Assert.Single(await Http.GetAsync<List<ChallengeResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/challenges"));
        Assert.Equal((created.Id, sponsor.Id, "donors", 500L, 5_000_000L, "EUR"), (listed.Id, listed.SponsorDonorId, listed.Kind, listed.Threshold, listed.UnlockAmount, listed.Currency));
        Assert.Equal((new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1)), (listed.StartsAt, listed.EndsAt - listed.StartsAt));
        Assert.Equal([2010, 2012], listed.Eligibility.ClassYears);
        Assert.Equal(["Library"], listed.Eligibility.Funds);
        Assert.Equal((true, true), (listed.Eligibility.NewDonorsOnly, listed.Eligibility.FirstGiftOfDay));
        Assert.Equal((0, 0L, "EUR", 0m), (listed.Progress.Donors, listed.Progress.Amount, listed.Progress.Currency, listed.Progress.Current));
        Assert.Null(listed.Progress.Rate);
        Assert.Null(listed.UnlockedAt);
        Assert.Null(listed.UnlockedByGiftId);
        Assert.Null(listed.UnlockGiftId);
    }

    [Fact]
    public async Task Bad_challenge_input_names_every_field()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        var path = $"/api/v1/campaigns/{campaign.Id}/challenges";

        var wrong = await Http.ProblemAsync(await Http.PostAsync(_client, path, new
        {
            kind = "gifts", threshold = 0, unlockAmount = -1, startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(-1),
            eligibility = new { classYears = new[] { 1492 }, funds = new[] { " " } },
        }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "sponsorDonorId", "kind", "threshold", "unlockAmount", "endsAt", "eligibility.classYears", "eligibility.funds" })
        {
            Assert.NotEmpty(Http.ErrorsFor(wrong, field));
        }

        var missing = await Http.ProblemAsync(await Http.PostAsync(_client, path, new { }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "sponsorDonorId", "kind", "threshold", "unlockAmount", "startsAt", "endsAt" })
        {
            Assert.NotEmpty(Http.ErrorsFor(missing, field));
        }

        var sponsor = await Http.CreateDonorAsync(_client, firstName: "Sponsor");
        var window = new { startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(1) };
        var twoClasses = await Http.PostAsync(_client, path, new { sponsorDonorId = sponsor.Id, kind = "participation", threshold = 20, unlockAmount = 100, window.startsAt, window.endsAt, eligibility = new { classYears = new[] { 2010, 2011 } } });
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(twoClasses, HttpStatusCode.BadRequest), "eligibility.classYears"));
        var noClass = await Http.PostAsync(_client, path, new { sponsorDonorId = sponsor.Id, kind = "participation", threshold = 20, unlockAmount = 100, window.startsAt, window.endsAt });
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(noClass, HttpStatusCode.BadRequest), "eligibility.classYears"));
        var overAHundredPercent = await Http.PostAsync(_client, path, new { sponsorDonorId = sponsor.Id, kind = "participation", threshold = 101, unlockAmount = 100, window.startsAt, window.endsAt, eligibility = new { classYears = new[] { 2010 } } });
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(overAHundredPercent, HttpStatusCode.BadRequest), "threshold"));
        var unknownSponsor = await Http.PostAsync(_client, path, new { sponsorDonorId = Guid.NewGuid(), kind = "amount", threshold = 100, unlockAmount = 100, window.startsAt, window.endsAt });
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(unknownSponsor, HttpStatusCode.BadRequest), "sponsorDonorId"));

        Assert.Empty(await Http.GetAsync<List<ChallengeResponse>>(_client, path));
        await Http.ProblemAsync(await _client.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}/challenges"), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await Http.PostAsync(_client, $"/api/v1/campaigns/{Guid.NewGuid()}/challenges", new { sponsorDonorId = sponsor.Id, kind = "amount", threshold = 100, unlockAmount = 100, window.startsAt, window.endsAt }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Challenges_are_closed_to_callers_without_a_key()
    {
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Giving day");
        using var anonymous = fixture.Server.CreateClient(apiKey: null);

        await Http.ProblemAsync(await anonymous.GetAsync($"/api/v1/campaigns/{campaign.Id}/challenges"), HttpStatusCode.Unauthorized);
        await Http.ProblemAsync(
            await Http.PostAsync(anonymous, $"/api/v1/campaigns/{campaign.Id}/challenges", new { kind = "donors", threshold = 1, unlockAmount = 1 }),
            HttpStatusCode.Unauthorized);
    }
}
