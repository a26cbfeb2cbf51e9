using GiveBack.Cluster.Tests.Grains;
using GiveBack.Cluster.Tests.Support;
using GiveBack.Testing;

namespace GiveBack.Cluster.Tests;

public sealed class ReminderTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_registered_reminder_is_stored_fires_and_is_removed_when_unregistered()
    {
        const string ServiceId = "reminders";
        await using var silo = await TestSilo.StartAsync(db.ConnectionString, ServiceId);
        var grain = silo.Grains.GetGrain<ITickGrain>(Guid.NewGuid());
        const string CountRows =
            "SELECT count(*) FROM OrleansRemindersTable WHERE ServiceId = @service AND ReminderName = @name AND Period = 1000";

        await grain.StartAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(1L, await db.ScalarAsync<long>(CountRows, ("service", ServiceId), ("name", TickGrain.ReminderName)));
        await Eventually.MatchesAsync(grain.GetTicksAsync, ticks => ticks >= 2, "two reminder ticks");

        await grain.StopAsync();

        Assert.Equal(0L, await db.ScalarAsync<long>(CountRows, ("service", ServiceId), ("name", TickGrain.ReminderName)));
    }
}
