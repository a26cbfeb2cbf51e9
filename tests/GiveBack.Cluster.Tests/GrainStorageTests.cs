using GiveBack.Cluster.Tests.Grains;
using GiveBack.Cluster.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace GiveBack.Cluster.Tests;

public sealed class GrainStorageTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task State_written_before_the_cluster_stops_is_read_by_the_next_cluster()
    {
        const string ServiceId = "storage-restart";
        await using (var before = await TestSilo.StartAsync(db.ConnectionString, ServiceId))
        {
            await before.Grains.GetGrain<INoteGrain>("pledge-42").SetAsync("thank you");
            await before.StopAsync();
        }

        Assert.Equal(1L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM OrleansStorage WHERE ServiceId = @service AND GrainTypeString = 'note' AND PayloadBinary IS NOT NULL",
            ("service", ServiceId)));

        await using var after = await TestSilo.StartAsync(db.ConnectionString, ServiceId);
        Assert.Equal("thank you", await after.Grains.GetGrain<INoteGrain>("pledge-42").GetAsync());
    }

    [Fact]
    public async Task Writes_with_a_stale_or_missing_etag_are_refused()
    {
        await using var silo = await TestSilo.StartAsync(db.ConnectionString, "storage-etag");
        var storage = silo.Host.Services.GetRequiredKeyedService<IGrainStorage>(GiveBackStorage.Name);
        var id = GrainId.Create("note", "etag-" + Guid.NewGuid().ToString("N"));

        var current = new GrainState<NoteState>(new NoteState("one"));
        await storage.WriteStateAsync("note", id, current);
        var stale = new GrainState<NoteState>(new NoteState("stale")) { ETag = current.ETag };
        current.State = new NoteState("two");
        await storage.WriteStateAsync("note", id, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("note", id, stale));
        // A second "first write" (no ETag) must not overwrite the existing row either.
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync("note", id, new GrainState<NoteState>(new NoteState("duplicate"))));

        var read = new GrainState<NoteState>();
        await storage.ReadStateAsync("note", id, read);
        Assert.Equal("two", read.State?.Text);
        Assert.Equal(current.ETag, read.ETag);

        await storage.ClearStateAsync("note", id, read);
        Assert.False(read.RecordExists);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("note", id, current));
    }
}
