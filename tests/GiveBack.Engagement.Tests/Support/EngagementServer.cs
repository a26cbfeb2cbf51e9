using System.Net;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace GiveBack.Engagement.Tests.Support;

/// <summary>The real host with a fake engagement clock (registered under the engagement key) and the schedule set by the test.</summary>
public sealed class EngagementServer : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private HttpClient? _client;

    private EngagementServer(GiveBackServer server, FakeTimeProvider clock)
    {
        Server = server;
        Clock = clock;
    }

    public GiveBackServer Server { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>An admin client of the running host (a new one after a restart: the port changes).</summary>
    public HttpClient Client => _client ??= Server.CreateClient();

    public static async Task<EngagementServer> StartAsync(bool fakeClock = true, IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(Start);
        var all = new Dictionary<string, string?> { ["Engagement:RecomputeEnabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var server = await GiveBackServer.StartAsync(
            all,
            builder =>
            {
                if (fakeClock)
                {
                    builder.Services.AddKeyedSingleton<TimeProvider>(EngagementClock.Key, clock);
                }
            });
        return new EngagementServer(server, clock);
    }

    /// <summary>Stops the host and starts it again on the same database, with the same fake clock.</summary>
    public async Task RestartAsync()
    {
        _client?.Dispose();
        _client = null;
        await Server.RestartAsync();
    }

    public async Task<Guid> DonorAsync(int? classYear = 2010, string lastName = "Martin") =>
        (await Http.CreateDonorAsync(Client, classYear, lastName: lastName)).Id;

    public async Task RecordAsync(Guid donorId, string type, DateTimeOffset occurredAt)
    {
        var response = await Http.PostAsync(Client, $"/api/v1/donors/{donorId}/activities", new { type, occurredAt });
        await Http.ReadAsync<System.Text.Json.JsonElement>(response, HttpStatusCode.Created);
    }

    public async Task<long> ScalarAsync(string sql, Guid donorId)
    {
        await using var connection = new NpgsqlConnection(Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("donor", donorId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await Server.DisposeAsync();
    }
}
