using System.Net;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;
using Npgsql;

namespace GiveBack.FunctionalTests.Gifts;

[Collection(ApiTests.Name)]
public sealed class ReversalTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Reversing_a_bounced_cheque_drops_the_donor_and_campaign_figures()
    {
        var donor = await Http.CreateDonorAsync(_client, classYear: 2001);
        var campaign = await Http.CreateCampaignAsync(_client);
        var kept = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 3_000));
        var bounced = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 9_000));

        var response = await Http.PostAsync(_client, $"/api/v1/gifts/{bounced.Id}/reversals", new { reason = "Cheque returned unpaid" });
        var reversal = await Http.ReadAsync<GiftResponse>(response, HttpStatusCode.Created);

        Assert.Equal(("reversal", -9_000L, (Guid?)bounced.Id), (reversal.Kind, reversal.Amount, reversal.ReversesGiftId));
        var giving = (await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{donor.Id}")).Giving;
        Assert.Equal((3_000L, 1, 3_000L), (giving.LifetimeAmount, giving.GiftCount, giving.LargestGiftAmount));
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((3_000L, 1, 1), (progress.RaisedAmount, progress.GiftCount, progress.DonorCount));
        Assert.Equal(reversal.Id, (await Http.GetAsync<GiftResponse>(_client, $"/api/v1/gifts/{bounced.Id}")).ReversedBy);
        Assert.Null((await Http.GetAsync<GiftResponse>(_client, $"/api/v1/gifts/{kept.Id}")).ReversedBy);
    }

    [Fact]
    public async Task A_donor_whose_only_gift_is_reversed_no_longer_counts()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 5_000));

        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Booked twice" }), HttpStatusCode.Created);

        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((0L, 0, 0), (progress.RaisedAmount, progress.GiftCount, progress.DonorCount));
        Assert.Empty(progress.ByClassYear);
        var giving = (await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{donor.Id}")).Giving;
        Assert.Equal(0, giving.GiftCount);
        Assert.Null(giving.LastGiftOn);
    }

    [Fact]
    public async Task A_second_reversal_of_the_same_gift_is_a_conflict_and_changes_nothing()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 5_000));
        await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Bounced" });

        var second = await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Bounced again" });

        await Http.ProblemAsync(second, HttpStatusCode.Conflict);
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal(0, progress.RaisedAmount);
    }

    [Fact]
    public async Task A_retried_reversal_with_its_key_is_answered_with_the_same_reversal()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 5_000));

        var first = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Bounced" }, "rev-1"), HttpStatusCode.Created);
        var retry = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Bounced" }, "rev-1"), HttpStatusCode.OK);

        Assert.Equal(first.Id, retry.Id);
    }

    [Fact]
    public async Task Reversal_of_a_reversal_is_refused()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 5_000));
        var reversal = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Bounced" }), HttpStatusCode.Created);

        var response = await Http.PostAsync(_client, $"/api/v1/gifts/{reversal.Id}/reversals", new { reason = "Undo" });

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(Http.ErrorsFor(problem, "id"));
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal(0, progress.RaisedAmount);
    }

    [Fact]
    public async Task Reversing_an_unknown_gift_is_not_found_and_a_reason_is_required()
    {
        await Http.ProblemAsync(await Http.PostAsync(_client, $"/api/v1/gifts/{Guid.NewGuid()}/reversals", new { reason = "?" }), HttpStatusCode.NotFound);
        var problem = await Http.ProblemAsync(await Http.PostAsync(_client, $"/api/v1/gifts/{Guid.NewGuid()}/reversals", new { reason = " " }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "reason"));
    }

    [Fact]
    public async Task The_ledger_refuses_updates_and_deletes_in_the_database_itself()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var campaign = await Http.CreateCampaignAsync(_client);
        var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 5_000));

        await using var connection = new NpgsqlConnection(fixture.Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE ledger_entries SET amount = 1 WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", gift.Id);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        await using var delete = new NpgsqlCommand("DELETE FROM ledger_entries WHERE id = @id", connection);
        delete.Parameters.AddWithValue("id", gift.Id);
        await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
    }
}
