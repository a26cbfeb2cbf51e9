using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Npgsql;

namespace GiveBack.FunctionalTests.Gifts;

/// <summary>
/// The gift path writes the gifts of concurrent requests many to a statement (group commit). Sent at once through the
/// real host, gifts share commits, yet each request gets its own outcome: created, replayed, or its key refused — and
/// a row the database refuses fails its own request only, never answering another with a success it did not have.
/// Its own host and database: one test puts a trigger on the ledger.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    /// <summary>The gifts' amounts are multiples of 100; these 13 extra minor units mark the ones the database refuses.</summary>
    private const int Refused = 13;

    private GiveBackServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await GiveBackServer.StartAsync();
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Concurrent_gifts_share_commits_and_each_request_gets_its_own_outcome()
    {
        var (campaign, donors) = await SetUpAsync();
        var gifts = Enumerable.Range(0, 240).Select(i => NewGift(campaign, donors, i, $"gc-{campaign.Id:N}-{i}")).ToList();

        var first = await SendAllAsync(gifts);
        Assert.All(first, r => Assert.Equal(HttpStatusCode.Created, r.Status));

        // A second wave mixes retries (same key, same body), keys reused with another body, and new gifts.
        var retries = gifts.Take(60).ToList();
        var reused = gifts.Skip(60).Take(30).Select(g => g with { Amount = g.Amount + 100 }).ToList();
        var fresh = Enumerable.Range(240, 60).Select(i => NewGift(campaign, donors, i, $"gc-{campaign.Id:N}-{i}")).ToList();
        var second = await SendAllAsync([.. retries, .. reused, .. fresh]);
        for (var i = 0; i < retries.Count; i++)
        {
            Assert.Equal(HttpStatusCode.OK, second[i].Status);
            Assert.Equal(first[i].GiftId, second[i].GiftId);
        }

        Assert.All(second.Skip(60).Take(30), r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.Status));
        Assert.All(second.Skip(90), r => Assert.Equal(HttpStatusCode.Created, r.Status));

        var booked = gifts.Concat(fresh).ToList();
        var ledger = await LedgerRowsAsync(campaign.Id);
        Assert.Equal(booked.Select(g => g.Key).Order(StringComparer.Ordinal), ledger.Keys.Order(StringComparer.Ordinal));
        Assert.All(booked, g => Assert.Equal(g.Amount, ledger[g.Key].Amount));
        Assert.True(
            ledger.Values.Select(r => r.TransactionId).Distinct().Count() < ledger.Count,
            "Every gift was committed in a transaction of its own: the requests were not grouped.");
        Assert.Equal(ledger.Count, await OutboxEventsAsync(ledger.Values.Select(r => r.Id)));
        await AssertCampaignIsTheLedgerAsync(campaign.Id, booked.Sum(g => g.Amount), booked.Count);
    }

    [Fact]
    public async Task A_row_the_database_refuses_fails_its_own_request_and_no_other()
    {
        var (campaign, donors) = await SetUpAsync();
        await RefusingLedger.RefuseMarkedGiftsAsync(_server.Database.ConnectionString, modulus: 100, mark: Refused);
        var refusedBefore = await BatchesRefusedAsync();
        var gifts = Enumerable.Range(0, 300)
            .Select(i => NewGift(campaign, donors, i, $"gc-refused-{campaign.Id:N}-{i}"))
            .Select((g, i) => i % 10 == 3 ? g with { Amount = g.Amount + Refused } : g)
            .ToList();

        var answers = await SendAllAsync(gifts);

        var marked = gifts.Where(IsMarked).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < gifts.Count; i++)
        {
            if (marked.Contains(gifts[i].Key))
            {
                Assert.True((int)answers[i].Status >= 500, $"A gift the database refused was answered {(int)answers[i].Status}.");
            }
            else
            {
                Assert.Equal(HttpStatusCode.Created, answers[i].Status);
            }
        }

        var ledger = await LedgerRowsAsync(campaign.Id);
        var acknowledged = gifts.Where(g => !IsMarked(g)).ToList();
        Assert.Equal(acknowledged.Select(g => g.Key).Order(StringComparer.Ordinal), ledger.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ledger.Count, await OutboxEventsAsync(ledger.Values.Select(r => r.Id)));
        await AssertCampaignIsTheLedgerAsync(campaign.Id, acknowledged.Sum(g => g.Amount), acknowledged.Count);

        // The refused rows shared statements with others (which is why those were then written one by one) ...
        await Eventually.TrueAsync(async () => await BatchesRefusedAsync() > refusedBefore, "a refused group-commit statement to be counted");

        // ... and their keys were not spent: once the database takes them, the same requests book their gifts.
        await RefusingLedger.TakeEveryGiftAsync(_server.Database.ConnectionString);
        var retried = await SendAllAsync(gifts.Where(IsMarked).ToList());
        Assert.All(retried, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        await AssertCampaignIsTheLedgerAsync(campaign.Id, gifts.Sum(g => g.Amount), gifts.Count);
    }

    private static bool IsMarked(PlannedGift gift) => gift.Amount % 100 == Refused;

    private async Task<(CampaignResponse Campaign, Guid[] Donors)> SetUpAsync()
    {
        var campaign = await Http.CreateCampaignAsync(_client);
        var donors = new Guid[20];
        for (var i = 0; i < donors.Length; i++)
        {
            donors[i] = (await Http.CreateDonorAsync(_client)).Id;
        }

        return (campaign, donors);
    }

    private static PlannedGift NewGift(CampaignResponse campaign, Guid[] donors, int i, string key) =>
        new(key, campaign.Id, donors[i % donors.Length], 100L * (1 + (i % 50)));

    /// <summary>All at once, as a giving day's donors would: the requests overlap, so the host groups them.</summary>
    private async Task<Answer[]> SendAllAsync(IReadOnlyList<PlannedGift> gifts)
    {
        using var start = new SemaphoreSlim(0);
        var sends = gifts.Select(async gift =>
        {
            await start.WaitAsync();
            using var response = await Http.PostAsync(_client, "/api/v1/gifts", Http.Gift(gift.DonorId, gift.CampaignId, gift.Amount), gift.Key);
            var body = await response.Content.ReadAsStringAsync();
            var id = response.IsSuccessStatusCode
                ? System.Text.Json.JsonSerializer.Deserialize<GiftResponse>(body, Json.Options)!.Id
                : (Guid?)null;
            return new Answer(response.StatusCode, id);
        }).ToList();
        start.Release(gifts.Count);
        return await Task.WhenAll(sends);
    }

    private async Task<Dictionary<string, LedgerRow>> LedgerRowsAsync(Guid campaignId)
    {
        await using var connection = new NpgsqlConnection(_server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT idempotency_key, id, amount, transaction_id FROM ledger_entries WHERE campaign_id = @campaign", connection);
        command.Parameters.AddWithValue("campaign", campaignId);
        var rows = new Dictionary<string, LedgerRow>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // Add, not an indexer: a key found twice is a gift booked twice.
            rows.Add(reader.GetString(0), new LedgerRow(reader.GetGuid(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return rows;
    }

    /// <summary>GiftRecorded events in the outbox for these rows: one each, written with the row or not at all.</summary>
    private async Task<long> OutboxEventsAsync(IEnumerable<Guid> giftIds)
    {
        await using var connection = new NpgsqlConnection(_server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM outbox_messages WHERE type = 'GiftRecorded' AND (payload->>'giftId')::uuid = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", giftIds.ToArray());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task AssertCampaignIsTheLedgerAsync(Guid campaignId, long raised, int giftCount)
    {
        var progress = (await Http.GetAsync<CampaignResponse>(_client, $"/api/v1/campaigns/{campaignId}")).Progress;
        Assert.Equal(raised, progress.RaisedAmount);
        Assert.Equal(giftCount, progress.GiftCount);
    }

    private async Task<double> BatchesRefusedAsync()
    {
        using var response = await _client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scrape = await response.Content.ReadAsStringAsync();
        return Regex.Matches(scrape, @"^giveback_ledger_batch_refused_total(\{[^}]*\})? (?<value>\S+)", RegexOptions.Multiline)
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    private sealed record PlannedGift(string Key, Guid CampaignId, Guid DonorId, long Amount);

    private sealed record Answer(HttpStatusCode Status, Guid? GiftId);

    private sealed record LedgerRow(Guid Id, long Amount, long TransactionId);
}
