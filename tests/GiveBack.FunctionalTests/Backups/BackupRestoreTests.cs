using System.Text.Json;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Npgsql;

namespace GiveBack.FunctionalTests.Backups;

/// <summary>
/// Its own host and database: backup.sh dumps the database under a running host, the database is dropped and made anew
/// empty, restore.sh fills it, and a host started on it finds the same figures as before.
/// </summary>
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("giveback-backups-").FullName;
    private GiveBackServer _server = null!;

    public async Task InitializeAsync() => _server = await GiveBackServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_database_backed_up_wiped_and_restored_gives_a_new_host_the_same_donors_campaigns_and_ledger()
    {
        var client = _server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(client);
        var donors = new List<DonorResponse>();
        for (var i = 0; i < 3; i++)
        {
            donors.Add(await Http.CreateDonorAsync(client));
        }

        var gifts = new List<Guid>();
        foreach (var (donor, i) in donors.Select((d, i) => (d, i)))
        {
            gifts.Add((await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, 2_500 * (i + 1)))).Id);
        }

        await Http.PostAsync(client, $"/api/v1/gifts/{gifts[1]}/reversals", new { reason = "Bounced" });
        var before = await FiguresAsync(client, campaign.Id, donors);
        Assert.Equal(new LedgerTotals(4, 2_500 + 7_500), before.Ledger);

        var backup = await BackupScripts.BackupAsync(_server.Database.ConnectionString, _folder);
        Assert.True(backup.ExitCode == 0, backup.Error);
        var dump = backup.Output.Split('\n')[^1];
        Assert.True(File.Exists(dump), $"backup.sh printed {dump}");

        var refused = await BackupScripts.RestoreAsync(_server.Database.ConnectionString, dump);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("Refusing to restore", refused.Error, StringComparison.Ordinal);

        await _server.RestartAsync(async () =>
        {
            await RecreateEmptyAsync(_server.Database.Name);
            Assert.Equal(new LedgerTotals(0, 0), await LedgerAsync());
            var restore = await BackupScripts.RestoreAsync(_server.Database.ConnectionString, dump);
            Assert.True(restore.ExitCode == 0, restore.Error);
        });

        var after = await FiguresAsync(_server.CreateClient(), campaign.Id, donors);
        Assert.Equal(before, after);
    }

    private async Task<Figures> FiguresAsync(HttpClient client, Guid campaignId, IEnumerable<DonorResponse> donors) => new(
        await JsonAsync(client, $"/api/v1/campaigns/{campaignId}"),
        string.Join('\n', await Task.WhenAll(donors.Select(d => JsonAsync(client, $"/api/v1/donors/{d.Id}")))),
        await LedgerAsync());

    private static async Task<string> JsonAsync(HttpClient client, string path) =>
        JsonSerializer.Serialize(await Http.GetAsync<JsonElement>(client, path));

    private async Task<LedgerTotals> LedgerAsync()
    {
        await using var connection = new NpgsqlConnection(_server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('ledger_entries') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!)
        {
            return new LedgerTotals(0, 0);
        }

        await using var command = new NpgsqlCommand("SELECT count(*), coalesce(sum(amount), 0)::bigint FROM ledger_entries", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new LedgerTotals(reader.GetInt64(0), reader.GetInt64(1));
    }

    // "Wiped" as a lost server leaves it: no database at all, then an empty one made with the same name to restore into.
    private static async Task RecreateEmptyAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    private sealed record LedgerTotals(long Rows, long Total);

    private sealed record Figures(string Campaign, string Donors, LedgerTotals Ledger);
}
