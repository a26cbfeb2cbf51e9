using GiveBack.Plugins.Hosting.Sync;
using GiveBack.Testing.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GiveBack.FunctionalTests.Plugins;

/// <summary>
/// The nightly CRM sync through the real scheduler, the real host and the Webhook plugin loaded from disk, against a
/// local CRM that serves one page of constituents.
/// </summary>
public sealed class CrmSyncJobTests : IAsyncLifetime
{
    private WebApplication _crm = null!;
    private GiveBackServer _server = null!;
    private int _pulls;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _crm = builder.Build();
        _crm.MapPost("/hook", () => Results.Ok());
        _crm.MapGet("/constituents", (string? cursor) =>
        {
            Interlocked.Increment(ref _pulls);
            return string.IsNullOrEmpty(cursor)
                ? Results.Json(new
                {
                    constituents = new[] { new { externalId = "003CRM0001", donorId = (Guid?)null, email = "grace@example.org", firstName = "Grace", lastName = "Hopper" } },
                    nextCursor = "after-grace",
                    hasMore = false,
                })
                : Results.Json(new { constituents = Array.Empty<object>(), nextCursor = cursor, hasMore = false });
        });
        await _crm.StartAsync();
        var crm = new Uri(_crm.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _server = await GiveBackServer.StartAsync(new Dictionary<string, string?>
        {
            ["Plugins:Webhook:Url"] = new Uri(crm, "/hook").ToString(),
            ["Plugins:Webhook:Secret"] = "crm-sync-test-secret",
            ["Plugins:Webhook:PullUrl"] = new Uri(crm, "/constituents").ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _crm.DisposeAsync();
    }

    [Fact]
    public async Task The_crm_sync_job_pulls_constituents_incrementally_from_the_stored_cursor()
    {
        await _server.RunJobAsync(CrmSyncJob.Key);
        await _server.RunJobAsync(CrmSyncJob.Key);

        Assert.Equal(2, _pulls);
        Assert.Equal("grace@example.org", await ScalarAsync("SELECT email FROM plugin_external_ids WHERE plugin_id = 'Webhook' AND external_id = '003CRM0001'"));
        Assert.Equal("after-grace", await ScalarAsync("SELECT pull_cursor FROM plugin_cursors WHERE plugin_id = 'Webhook'"));
        Assert.Equal("1", await ScalarAsync("SELECT count(*)::text FROM plugin_external_ids WHERE plugin_id = 'Webhook'"));
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
