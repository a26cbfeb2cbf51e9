using GiveBack.Constituents.Imports.Store;
using GiveBack.FunctionalTests.Support;
using Npgsql;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>
/// A worker that dies mid-run: its run is left "running" under a lease that lapses, its checkpoint at the last
/// committed chunk, and the rows after it booked but not yet recorded (the crash came between the bookings and the
/// chunk's commit). Another worker takes the run over, resumes after the checkpoint and books those rows again, which
/// the derived keys make replays: the run completes and no figure moves.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class ImportResumeTests(ServerFixture fixture)
{
    [Fact]
    public async Task A_run_taken_over_after_a_crash_completes_without_booking_anything_twice()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = $"Resumed Import {tag}";
        var path = Path.Combine(Path.GetTempPath(), $"resume-{tag}.csv");
        await File.WriteAllLinesAsync(path, [
            "donor_key,first_name,last_name,email,gift_key,amount,currency,gift_date,campaign",
            .. Enumerable.Range(1, 5).Select(i => $"d-{tag}-{i},Row{i},Resume,r{i}.{tag}@example.org,g-{tag}-{i},{i}0.00,EUR,2025-04-0{i},{campaign}"),
        ]);
        using var api = fixture.Server.CreateClient();
        try
        {
            var first = await ImportClient.RunAsync(api, path, "generic", dryRun: false);
            Assert.Equal(5, first.ImportedRows);
            var raised = (await ImportClient.RaisedAsync(api, [campaign]))[campaign];
            Assert.Equal(10_00 + 20_00 + 30_00 + 40_00 + 50_00, raised);
            var donors = await ImportClient.DonorCountAsync(api);

            await CrashAfterTwoRowsAsync(first.Id, [.. Enumerable.Range(3, 3).Select(i => $"generic:gift:g-{tag}-{i}")]);
            var resumed = await ImportClient.FinishedAsync(api, first.Id);

            Assert.Equal(ImportStatuses.Completed, resumed.Status);
            Assert.Equal(5, resumed.ProcessedRows);
            Assert.Equal(5, resumed.ImportedRows);
            Assert.Equal(raised, (await ImportClient.RaisedAsync(api, [campaign]))[campaign]);
            Assert.Equal(donors, await ImportClient.DonorCountAsync(api));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The state a worker leaves when it dies after booking rows 3–5 but before committing their chunk.</summary>
    private async Task CrashAfterTwoRowsAsync(Guid importId, string[] unrecordedKeys)
    {
        await using var connection = new NpgsqlConnection(fixture.Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var crash = new NpgsqlCommand(
            """
            DELETE FROM imported_rows WHERE row_key = ANY(@keys);
            UPDATE import_runs SET status = 'running', processed_rows = 2, imported_rows = 2, skipped_rows = 0,
                finished_at = NULL, lease_until = now() - interval '1 minute'
            WHERE id = @id;
            """, connection);
        crash.Parameters.AddWithValue("keys", unrecordedKeys);
        crash.Parameters.AddWithValue("id", importId);
        await crash.ExecuteNonQueryAsync();
    }
}
