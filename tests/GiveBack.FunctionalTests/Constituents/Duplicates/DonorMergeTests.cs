using System.Net;
using System.Net.Http.Json;
using GiveBack.Constituents.Endpoints;
using GiveBack.Constituents.Merge;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Endpoints;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.GivingDays.Endpoints;
using GiveBack.Pledges.Endpoints;
using GiveBack.Reports.Lapsed;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Duplicates;

/// <summary>
/// A merge through the real host: every record of the merged donor ends up with the survivor, whose figures are the
/// sum of both; the ledger and the campaign's figures are untouched; the reports count one person; the merged id
/// answers with the survivor; a second merge is refused.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class DonorMergeTests(ServerFixture fixture)
{
    // A currency no other test books in, so the LYBUNT list holds this test's donors only.
    private const string Currency = "PLN";

    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Merging_moves_every_record_and_the_survivors_figures_are_the_sum_of_both()
    {
        var campaign = await Http.ReadAsync<CampaignResponse>(await Http.PostAsync(_client, "/api/v1/campaigns", new
        {
            name = $"Merge fund {Guid.NewGuid():N}", currency = Currency, goalAmount = 10_000_000, startsOn = "2024-07-01", endsOn = "2027-06-30",
        }), HttpStatusCode.Created);
        var email = $"{Guid.NewGuid():N}@example.org";
        var surname = DuplicateSuggestionTests.UniqueName("Holmwood");
        var survivor = await CreateAsync("Arthur", surname, email);
        var merged = await CreateAsync("Art", surname, email);

        // The survivor gave this fiscal year (July to June); the merged record gave last year, once more (reversed) this year.
        await Http.RecordGiftAsync(_client, Http.Gift(survivor.Id, campaign.Id, 10_000, Currency, "2025-10-15"));
        await Http.RecordGiftAsync(_client, Http.Gift(merged.Id, campaign.Id, 20_000, Currency, "2024-10-15"));
        var reversed = await Http.RecordGiftAsync(_client, Http.Gift(merged.Id, campaign.Id, 7_000, Currency, "2025-11-01"));
        await Http.ReadAsync<GiftResponse>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{reversed.Id}/reversals", new { reason = "Cheque bounced" }, Guid.NewGuid().ToString()), HttpStatusCode.Created);
        var pledge = await Http.ReadAsync<PledgeResponse>(await Http.PostAsync(_client, "/api/v1/pledges", new
        {
            donorId = merged.Id, campaignId = campaign.Id, amount = 60_000, currency = Currency, installmentCount = 3, frequency = "monthly", firstDueOn = "2027-01-15",
        }), HttpStatusCode.Created);
        var detail = $"Reunion {Guid.NewGuid():N}";
        await Http.ReadAsync<ActivityResponse>(await Http.PostAsync(_client, $"/api/v1/donors/{merged.Id}/activities", new
        {
            type = "event-attended", occurredAt = DateTimeOffset.UtcNow.AddHours(-2), detail,
        }, Guid.NewGuid().ToString()), HttpStatusCode.Created);
        await Http.ReadAsync<MovesResponse>(
            await _client.PutAsJsonAsync($"/api/v1/donors/{merged.Id}/moves", new { stage = "solicitation", officerId = "officer.merge" }, Json.Options), HttpStatusCode.OK);
        var ambassador = await Http.ReadAsync<AmbassadorResponse>(
            await Http.PostAsync(_client, $"/api/v1/campaigns/{campaign.Id}/ambassadors", new { donorId = merged.Id }), HttpStatusCode.Created);
        var mergedEngagement = await Http.GetAsync<EngagementResponse>(_client, $"/api/v1/donors/{merged.Id}/engagement");
        var survivorBefore = await DonorAsync(survivor.Id);
        var mergedBefore = await DonorAsync(merged.Id);
        var campaignBefore = await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}");
        Assert.Contains(merged.Id, await LybuntAsync());

        var preview = await Http.GetAsync<MergePreview>(_client, $"/api/v1/donors/{survivor.Id}/merge-preview?mergedDonorId={merged.Id}");
        Assert.Equal(1, preview.Moves["gifts"]);
        Assert.Equal(1, preview.Moves["pledges"]);
        Assert.Equal(1, preview.Moves["activities"]);
        Assert.True(preview.Moves["moves"] >= 1);
        Assert.Equal((survivor.Id, merged.Id), (preview.Survivor.Id, preview.Merged.Id));
        Assert.Equal(30_000, preview.SurvivorAfter.LifetimeAmount);
        Assert.Equal(1, preview.Moves["ambassadors"]);

        var done = await Http.ReadAsync<MergeRecordView>(
            await Http.PostAsync(_client, $"/api/v1/donors/{survivor.Id}/merge", new { mergedDonorId = merged.Id }), HttpStatusCode.OK);

        Assert.Equal(preview.Moves.OrderBy(m => m.Key), done.Moved.OrderBy(m => m.Key));
        var after = await DonorAsync(survivor.Id);
        Assert.Equal(survivorBefore.Giving.LifetimeAmount + mergedBefore.Giving.LifetimeAmount, after.Giving.LifetimeAmount);
        Assert.Equal(survivorBefore.Giving.GiftCount + mergedBefore.Giving.GiftCount, after.Giving.GiftCount);
        Assert.Equal(new DateOnly(2024, 10, 15), after.Giving.FirstGiftOn);
        Assert.Equal(preview.SurvivorAfter.LifetimeAmount, after.Giving.LifetimeAmount);

        // The merged id answers with the survivor; lists and search show one person.
        Assert.Equal(survivor.Id, (await DonorAsync(merged.Id)).Id);
        Assert.Equal([survivor.Id], (await Http.GetAsync<Page<DonorResponse>>(_client, $"/api/v1/donors?q={surname}")).Items.Select(d => d.Id));

        // Every record moved: gifts (as booked, reversal included), the pledge, the activity, the moves, the engagement.
        var gifts = await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/donors/{survivor.Id}/gifts?limit=50");
        Assert.Equal(4, gifts.Total);
        Assert.Equal(survivor.Id, (await Http.GetAsync<PledgeResponse>(_client, $"/api/v1/pledges/{pledge.Id}")).DonorId);
        Assert.Contains((await Http.GetAsync<Page<ActivityResponse>>(_client, $"/api/v1/donors/{survivor.Id}/activities")).Items, a => a.Detail == detail);
        Assert.Equal([(ambassador.Id, survivor.Id)], (await Http.GetAsync<IReadOnlyList<AmbassadorResponse>>(_client, $"/api/v1/campaigns/{campaign.Id}/ambassadors")).Select(a => (a.Id, a.DonorId)));
        Assert.Equal("officer.merge", (await Http.GetAsync<MovesResponse>(_client, $"/api/v1/donors/{survivor.Id}/moves")).OfficerId);
        var engagement = await Http.GetAsync<EngagementResponse>(_client, $"/api/v1/donors/{survivor.Id}/engagement");
        Assert.True(engagement.Score > 0 && engagement.Score >= mergedEngagement.Score - 0.01, $"score {engagement.Score} after, {mergedEngagement.Score} before");

        // The campaign's figures do not move (the ledger is as it was); the reports count one donor who gave both years.
        var campaignAfter = await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}");
        Assert.Equal(
            (campaignBefore.Progress.RaisedAmount, campaignBefore.Progress.GiftCount, campaignBefore.Progress.DonorCount, campaignBefore.Progress.CommittedAmount),
            (campaignAfter.Progress.RaisedAmount, campaignAfter.Progress.GiftCount, campaignAfter.Progress.DonorCount, campaignAfter.Progress.CommittedAmount));
        var lybunt = await LybuntAsync();
        Assert.DoesNotContain(merged.Id, lybunt);
        Assert.DoesNotContain(survivor.Id, lybunt);

        // The pair left the queue as merged.
        Assert.Empty((await Http.GetAsync<Page<DuplicateResponse>>(_client, $"/api/v1/duplicates?donorId={survivor.Id}")).Items);
        Assert.Single((await Http.GetAsync<Page<DuplicateResponse>>(_client, $"/api/v1/duplicates?donorId={survivor.Id}&status=merged")).Items);

        // The merge is in the personal-data audit log, under both ids, with what moved.
        foreach (var id in new[] { survivor.Id, merged.Id })
        {
            var audit = await Http.GetAsync<Page<AuditEntryResponse>>(_client, $"/api/v1/audit?donorId={id}&limit=200");
            var entry = Assert.Single(audit.Items, e => e.Action == "merge");
            Assert.Equal(1, entry.After!.Value.GetProperty("pledges").GetInt32());
        }

        // A gift booked to the merged id later goes to the survivor.
        var late = await Http.RecordGiftAsync(_client, Http.Gift(merged.Id, campaign.Id, 1_000, Currency, "2026-01-10"));
        Assert.Equal(survivor.Id, late.DonorId);
        Assert.Equal(31_000, (await DonorAsync(survivor.Id)).Giving.LifetimeAmount);
    }

    [Fact]
    public async Task A_merge_done_self_merge_and_unknown_donors_are_refused_with_problems()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var surname = DuplicateSuggestionTests.UniqueName("Morris");
        var survivor = await CreateAsync("Quincey", surname, email);
        var merged = await CreateAsync("Quincy", surname, email);
        await Http.ReadAsync<MergeRecordView>(
            await Http.PostAsync(_client, $"/api/v1/donors/{survivor.Id}/merge", new { mergedDonorId = merged.Id }), HttpStatusCode.OK);

        var again = await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/donors/{survivor.Id}/merge", new { mergedDonorId = merged.Id }), HttpStatusCode.Conflict);
        Assert.Contains(survivor.Id.ToString(), again.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/donors/{merged.Id}/merge", new { mergedDonorId = survivor.Id }), HttpStatusCode.Conflict);
        var self = await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/donors/{survivor.Id}/merge", new { mergedDonorId = survivor.Id }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(self, "mergedDonorId"));
        await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/donors/{survivor.Id}/merge", new { mergedDonorId = Guid.NewGuid() }), HttpStatusCode.NotFound);
        await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/donors/{Guid.NewGuid()}/merge", new { mergedDonorId = survivor.Id }), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await _client.GetAsync(new Uri($"/api/v1/donors/{survivor.Id}/merge-preview", UriKind.Relative)), HttpStatusCode.BadRequest);

        // The survivor's profile is whole and the merged one still resolves to it.
        Assert.Equal(("Quincey", survivor.Id), ((await DonorAsync(merged.Id)).FirstName, (await DonorAsync(merged.Id)).Id));
    }

    private async Task<DonorResponse> CreateAsync(string firstName, string lastName, string email) =>
        await Http.ReadAsync<DonorResponse>(
            await Http.PostAsync(_client, "/api/v1/donors", new { firstName, lastName, email, classYear = 2002 }), HttpStatusCode.Created);

    private Task<DonorResponse> DonorAsync(Guid id) => Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{id}");

    private async Task<IReadOnlyList<Guid>> LybuntAsync() =>
        [.. (await Http.GetAsync<LapsedDonors>(_client, $"/api/v1/reports/lybunt?fiscalYear=2026&currency={Currency}&limit=200")).Items.Select(d => d.DonorId)];
}
