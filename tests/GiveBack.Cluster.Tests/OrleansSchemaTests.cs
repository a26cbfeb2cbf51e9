using GiveBack.Cluster.Tests.Support;

namespace GiveBack.Cluster.Tests;

public sealed class OrleansSchemaTests : IAsyncLifetime
{
    private readonly DatabaseFixture _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Two_silos_applying_at_once_on_an_empty_database_both_succeed()
    {
        await Task.WhenAll(
            Task.Run(() => BareSiloSchema.ApplyAsync(_db.ConnectionString, CancellationToken.None)),
            Task.Run(() => BareSiloSchema.ApplyAsync(_db.ConnectionString, CancellationToken.None)));

        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM OrleansQuery") > 0);
    }

    [Fact]
    public async Task Applying_again_changes_no_row()
    {
        await BareSiloSchema.ApplyAsync(_db.ConnectionString, CancellationToken.None);
        const string Snapshot = "SELECT QueryKey, xmin::text FROM OrleansQuery ORDER BY QueryKey";
        var before = await _db.PairsAsync(Snapshot);

        await BareSiloSchema.ApplyAsync(_db.ConnectionString, CancellationToken.None);

        // xmin changes whenever a row is rewritten, even with identical text.
        Assert.Equal(before, await _db.PairsAsync(Snapshot));
    }

    [Fact]
    public async Task Every_query_key_the_three_providers_load_is_present()
    {
        await BareSiloSchema.ApplyAsync(_db.ConnectionString, CancellationToken.None);

        var present = (await _db.PairsAsync("SELECT QueryKey, QueryText FROM OrleansQuery"))
            .Where(row => !string.IsNullOrWhiteSpace(row.Value))
            .Select(row => row.Key)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(ProviderQueryKeys.All, key => Assert.Contains(key, present));
    }

    [Fact]
    public async Task A_newer_query_text_replaces_an_older_one()
    {
        await BareSiloSchema.ApplyAsync(_db.ConnectionString, CancellationToken.None);
        const string Read = "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'GatewaysQueryKey'";
        var shipped = await _db.ScalarAsync<string>(Read);
        await _db.ScalarAsync<int>("UPDATE OrleansQuery SET QueryText = 'SELECT 1' WHERE QueryKey = 'GatewaysQueryKey'");

        await BareSiloSchema.ApplyAsync(_db.ConnectionString, CancellationToken.None);

        Assert.Equal(shipped, await _db.ScalarAsync<string>(Read));
    }
}
