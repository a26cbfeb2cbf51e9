using GiveBack.Cluster.Tests.Grains;
using GiveBack.Cluster.Tests.Support;
using GiveBack.Testing;

namespace GiveBack.Cluster.Tests;

public sealed class MembershipTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const int Active = 3;

    [Fact]
    public async Task A_silo_on_an_empty_database_registers_itself_as_active()
    {
        await using var silo = await TestSilo.StartAsync(db.ConnectionString, "membership-one", clusterId: "one");

        var status = await db.ScalarAsync<int>(
            "SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Address = '127.0.0.1' AND Port = @port AND ProxyPort = @gateway",
            ("cluster", "one"), ("port", silo.SiloPort), ("gateway", silo.GatewayPort));
        Assert.Equal(Active, status);
        Assert.True(await db.ScalarAsync<int>(
            "SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = 'one'") > 0);
    }

    [Fact]
    public async Task Two_silos_form_one_cluster_through_the_membership_table()
    {
        await using var first = await TestSilo.StartAsync(db.ConnectionString, "membership-two", clusterId: "two");
        await using var second = await TestSilo.StartAsync(db.ConnectionString, "membership-two", clusterId: "two");

        await Eventually.TrueAsync(
            async () => await db.ScalarAsync<long>(
                "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = 'two' AND Status = @active AND Port IN (@a, @b)",
                ("active", Active), ("a", first.SiloPort), ("b", second.SiloPort)) == 2,
            "both silos Active in the membership table");
        foreach (var silo in new[] { first, second })
        {
            await Eventually.TrueAsync(
                async () => (await silo.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count == 2,
                $"silo on port {silo.SiloPort} to see two active silos");
        }

        // One activation answers from both sides: they share a directory, so they are one cluster.
        var fromFirst = await first.Grains.GetGrain<IWhereGrain>("shared").WhereAsync();
        var fromSecond = await second.Grains.GetGrain<IWhereGrain>("shared").WhereAsync();
        Assert.Equal(fromFirst, fromSecond);
        await second.Grains.GetGrain<INoteGrain>("shared").SetAsync("written through the second silo");
        Assert.Equal("written through the second silo", await first.Grains.GetGrain<INoteGrain>("shared").GetAsync());
    }
}
