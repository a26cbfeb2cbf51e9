using System.Net;
using GiveBack.Api.Security;
using GiveBack.Data.Postgres;
using GiveBack.Domain.Giving;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Giving.Gifts;
using GiveBack.Ledger;
using GiveBack.Ledger.Gifts;
using GiveBack.Testing.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace GiveBack.FunctionalTests.Gifts;

/// <summary>
/// Its own host and database: the test takes the ledger back to the schema before keys were scoped, stores a gift as
/// the product stored it then, and lets the next start upgrade the database, as an installation upgrading would.
/// </summary>
public sealed class KeysStoredBeforeScopingTests : IAsyncLifetime
{
    private const string LastMigrationBeforeScoping = "20261201154244_LedgerTransactionIds";

    private GiveBackServer _server = null!;

    public async Task InitializeAsync() => _server = await GiveBackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_gift_booked_before_keys_were_scoped_still_answers_its_retry_and_counts_once()
    {
        var client = _server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(client);
        var donor = await Http.CreateDonorAsync(client);
        var gift = Http.Gift(donor.Id, campaign.Id, 3_300);
        var command = new GiftCommand(donor.Id, campaign.Id, 3_300, "EUR", new DateOnly(2025, 10, 15), GiftMethod.Cheque, null, null, null, false);
        var legacyId = Guid.CreateVersion7();

        await _server.RestartAsync(whileStopped: async () =>
        {
            await using (var db = new GiveBackDbContext(new DbContextOptionsBuilder<GiveBackDbContext>().UseGiveBackNpgsql(_server.Database.ConnectionString).Options))
            {
                await db.GetService<IMigrator>().MigrateAsync(LastMigrationBeforeScoping);
            }

            await InsertAsStoredBeforeScopingAsync(legacyId, command, "legacy-1");
        });
        client = _server.CreateClient();
        var otherIntegration = _server.CreateClient(await NewKeyAsync(client));

        var retry = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(client, "/api/v1/gifts", gift, "legacy-1"), HttpStatusCode.OK);
        var fromOther = await Http.ReadAsync<GiftResponse>(await Http.PostAsync(otherIntegration, "/api/v1/gifts", gift, "legacy-1"), HttpStatusCode.OK);
        var reused = await Http.PostAsync(otherIntegration, "/api/v1/gifts", Http.Gift(donor.Id, campaign.Id, 10), "legacy-1");

        Assert.Equal((legacyId, legacyId), (retry.Id, fromOther.Id));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(reused, HttpStatusCode.UnprocessableEntity), "Idempotency-Key"));
        var progress = (await Http.GetAsync<CampaignResponse>(client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((3_300L, 1), (progress.RaisedAmount, progress.GiftCount));
    }

    /// <summary>The row as the gift path wrote it before keys were scoped: the client's key alone, nothing saying whose.</summary>
    private async Task InsertAsStoredBeforeScopingAsync(Guid id, GiftCommand gift, string key)
    {
        await using var connection = new NpgsqlConnection(_server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO ledger_entries (id, kind, donor_id, campaign_id, amount, currency, received_on, recorded_at, method,
                                        anonymous, class_year, idempotency_key, request_hash, source)
            VALUES (@id, 'gift', @donor, @campaign, @amount, 'EUR', @received, now(), 'cheque', false, 2010, @key, @hash, 'offline')
            """, connection);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.AddWithValue("donor", gift.DonorId);
        insert.Parameters.AddWithValue("campaign", gift.CampaignId);
        insert.Parameters.AddWithValue("amount", gift.Amount);
        insert.Parameters.AddWithValue("received", gift.ReceivedOn);
        insert.Parameters.AddWithValue("key", key);
        insert.Parameters.AddWithValue("hash", RequestHash.Of(gift));
        await insert.ExecuteNonQueryAsync();
    }

    private static async Task<string> NewKeyAsync(HttpClient admin)
    {
        var created = await Http.ReadAsync<ApiKeyResponse>(
            await Http.PostAsync(admin, "/api/v1/api-keys", new { name = "second integration", role = "gift-officer" }), HttpStatusCode.Created);
        return created.Key!;
    }
}
