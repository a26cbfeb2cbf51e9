using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using GiveBack.Domain.Giving;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Batches;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Ledger.Batches;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GiveBack.FunctionalTests.Gifts;

/// <summary>
/// Gift batches on the real host and database: posting books each line once however many posts race, a line the ledger
/// refuses sends the batch back to open with nothing booked twice, and a posted batch refuses every change in the
/// database itself.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class GiftBatchPostingTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    private GiftBatchDesk Desk => fixture.Server.Services.GetRequiredService<GiftBatchDesk>();

    private GiftBatchPosting Posting => fixture.Server.Services.GetRequiredService<GiftBatchPosting>();

    [Fact]
    public async Task Posts_racing_on_one_batch_book_each_line_once_and_the_posted_batch_refuses_any_change()
    {
        var (batch, donors) = await BalancedBatchAsync(CampaignEnds.Later, 3);

        var posts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Posting.PostAsync(batch.Id, Guid.NewGuid())));

        Assert.Contains(posts, p => p.Posted);
        Assert.Equal(3, posts.Sum(p => p.Booked));
        foreach (var donor in donors)
        {
            Assert.Single((await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/donors/{donor}/gifts")).Items);
        }

        var store = fixture.Server.Services.GetRequiredService<GiftBatchStore>();
        Assert.Equal(GiftBatchStatuses.Posted, (await store.FindAsync(batch.Id))!.Status);
        Assert.All(await store.LinesAsync(batch.Id), l => Assert.NotNull(l.GiftId));
        Assert.Equal(PostingStart.AlreadyPosted, (await Posting.PostAsync(batch.Id, Guid.NewGuid())).Start);

        // Whatever the caller, the database keeps a posted deposit as it was booked.
        var dataSource = fixture.Server.Services.GetRequiredService<NpgsqlDataSource>();
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(dataSource, $"UPDATE gift_batches SET control_total = 1 WHERE id = '{batch.Id}'"));
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(dataSource, $"DELETE FROM gift_batch_lines WHERE batch_id = '{batch.Id}'"));
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            dataSource, $"INSERT INTO gift_batch_lines (batch_id, line_no, donor_id, amount) VALUES ('{batch.Id}', 9, '{donors[0]}', 100)"));
    }

    [Fact]
    public async Task A_line_the_ledger_refuses_sends_the_batch_back_to_open_and_books_nothing()
    {
        var (batch, donors) = await BalancedBatchAsync(CampaignEnds.BeforeTheDepositOncePatched, 2);

        var posted = await Posting.PostAsync(batch.Id, Guid.NewGuid());

        Assert.False(posted.Posted);
        Assert.Equal([1, 2], posted.Refused.Select(r => r.LineNo));
        Assert.All(posted.Refused, r => Assert.Equal(GiveBack.Giving.Gifts.GiftStatus.CampaignClosed, r.Status));
        var store = fixture.Server.Services.GetRequiredService<GiftBatchStore>();
        Assert.Equal(GiftBatchStatuses.Open, (await store.FindAsync(batch.Id))!.Status);
        Assert.Equal(BatchOutcome.Done, await Desk.RemoveLineAsync(batch.Id, 2));
        Assert.Empty((await Http.GetAsync<Page<GiftResponse>>(_client, $"/api/v1/donors/{donors[0]}/gifts")).Items);
    }

    private enum CampaignEnds
    {
        Later,
        BeforeTheDepositOncePatched,
    }

    private async Task<(GiftBatchRecord Batch, Guid[] Donors)> BalancedBatchAsync(CampaignEnds ends, int lines)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var campaign = await Http.CreateRunningCampaignAsync(_client, "Deposit", daysBefore: 10);
        var donors = new Guid[lines];
        for (var i = 0; i < lines; i++)
        {
            donors[i] = (await Http.CreateDonorAsync(_client, lastName: $"Deposit{i}")).Id;
        }

        var (outcome, batch) = await Desk.OpenAsync(new NewGiftBatch("Deposit", campaign.Id, today, GiftMethod.Cheque, lines, 2_500L * lines, Guid.NewGuid()));
        Assert.Equal(BatchOutcome.Done, outcome);
        foreach (var donor in donors)
        {
            Assert.Equal(BatchOutcome.Done, (await Desk.AddLineAsync(batch!, donor, 2_500, "cheque", null)).Outcome);
        }

        if (ends == CampaignEnds.BeforeTheDepositOncePatched)
        {
            using var patched = await _client.PatchAsync(
                $"/api/v1/campaigns/{campaign.Id}", JsonContent.Create(new { endsOn = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        }

        return (batch!, donors);
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
