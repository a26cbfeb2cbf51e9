using System.Data;
using GiveBack.Cluster.Tests.Support;
using GiveBack.Testing;
using Npgsql;

namespace GiveBack.Cluster.Tests;

/// <summary>
/// The membership protocol's optimistic concurrency, driven straight through the stored query texts with
/// parameters bound the way the clustering provider binds them. Silo tests cannot make two writers race.
/// </summary>
public sealed class MembershipQueryTests : IAsyncLifetime
{
    private const string Cluster = "race";

    private readonly DatabaseFixture _db = new();

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        await BareSiloSchema.ApplyAsync(_db.ConnectionString, CancellationToken.None);
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Writes_holding_a_stale_table_version_are_refused()
    {
        await using var connection = await OpenAsync();
        Assert.Equal(1, await RunAsync(connection, null, "InsertMembershipVersionKey", Deployment()));
        Assert.Equal(0, await RunAsync(connection, null, "InsertMembershipVersionKey", Deployment()));

        Assert.Equal(1, await RunAsync(connection, null, "InsertMembershipKey", NewSilo(11111, version: 0)));
        Assert.Equal(0, await RunAsync(connection, null, "InsertMembershipKey", NewSilo(22222, version: 0)));
        Assert.Equal(0, await RunAsync(connection, null, "UpdateMembershipKey", SiloUpdate(11111, version: 0)));
        Assert.Equal(1, await RunAsync(connection, null, "UpdateMembershipKey", SiloUpdate(11111, version: 1)));

        Assert.Equal(2, await _db.ScalarAsync<int>("SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = 'race'"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = 'race'"));
    }

    [Fact]
    public async Task Of_two_silos_joining_under_the_same_version_only_the_first_succeeds()
    {
        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        Assert.Equal(1, await RunAsync(first, null, "InsertMembershipVersionKey", Deployment()));

        await using var transaction = await first.BeginTransactionAsync();
        Assert.Equal(1, await RunAsync(first, transaction, "InsertMembershipKey", NewSilo(11111, version: 0)));
        var racing = RunAsync(second, null, "InsertMembershipKey", NewSilo(22222, version: 0));
        await Eventually.TrueAsync(
            async () => await _db.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0,
            "the second join to wait for the first one's version lock");
        await transaction.CommitAsync();

        Assert.Equal(0, await racing);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = 'race'"));
    }

    private static NpgsqlParameter[] Deployment() => [Parameter("DeploymentId", Cluster, DbType.String)];

    private static NpgsqlParameter[] SiloKey(int port) =>
    [
        .. Deployment(),
        Parameter("Address", "127.0.0.1", DbType.AnsiString),
        Parameter("Port", port, DbType.Int32),
        Parameter("Generation", 1, DbType.Int32),
    ];

    private static NpgsqlParameter[] NewSilo(int port, int version) =>
    [
        .. SiloKey(port),
        Parameter("SiloName", $"silo-{port}", DbType.String),
        Parameter("HostName", "test", DbType.String),
        Parameter("Status", 3, DbType.Int32),
        Parameter("ProxyPort", port + 1, DbType.Int32),
        Parameter("StartTime", DateTime.UtcNow, DbType.DateTime),
        Parameter("IAmAliveTime", DateTime.UtcNow, DbType.DateTime),
        Parameter("Version", version, DbType.Int32),
    ];

    private static NpgsqlParameter[] SiloUpdate(int port, int version) =>
    [
        .. SiloKey(port),
        Parameter("Status", 5, DbType.Int32),
        Parameter("SuspectTimes", DBNull.Value, DbType.String),
        Parameter("IAmAliveTime", DateTime.UtcNow, DbType.DateTime),
        Parameter("Version", version, DbType.Int32),
    ];

    private static NpgsqlParameter Parameter(string name, object value, DbType type) =>
        new(name, value) { DbType = type };

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_db.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<long> RunAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string queryKey, NpgsqlParameter[] parameters)
    {
        var text = await _db.ScalarAsync<string>("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", ("key", queryKey))
            ?? throw new InvalidOperationException($"No query {queryKey}");
        await using var command = new NpgsqlCommand(text, connection, transaction);
        command.Parameters.AddRange(parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
