using System.Net.Http.Headers;
using GiveBack.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Testing.Host;

/// <summary>
/// The real GiveBack host — ASP.NET Core and an Orleans silo on PostgreSQL — on loopback ports, with its own throwaway
/// database. It can be stopped and started again on the same database to prove that state survives.
/// </summary>
public sealed class GiveBackServer : IAsyncDisposable
{
    public const string AdminKey = "gbk_test_admin_0123456789abcdef";

    /// <summary>The first administrator's workspace account, made at start as <c>./run.sh</c> makes it.</summary>
    public const string StaffEmail = "director@example.edu";

    public const string StaffPassword = "test-staff-password-0123";

    public const string PublicBaseUrlKey = "GivingPage:PublicBaseUrl";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<WebApplicationBuilder>? _configure;
    private readonly bool _ownsDatabase;
    private readonly bool _ownsPublicBaseUrl;
    private WebApplication? _app;

    private GiveBackServer(TestDatabase database, Dictionary<string, string?> settings, Action<WebApplicationBuilder>? configure, bool ownsDatabase = true, bool? ownsPublicBaseUrl = null)
    {
        Database = database;
        _settings = settings;
        _configure = configure;
        _ownsDatabase = ownsDatabase;
        // Unless a test sets it (or leaves it empty on purpose), the public base URL is the server's own address.
        _ownsPublicBaseUrl = ownsPublicBaseUrl ?? (!settings.ContainsKey(PublicBaseUrlKey) || settings[PublicBaseUrlKey] is null);
    }

    public TestDatabase Database { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server is not running.");

    /// <param name="settings">Configuration keys to add or override, e.g. <c>["Giving:FiscalYearStartMonth"] = "1"</c>.</param>
    /// <param name="configure">A last look at the builder, e.g. to point a client at a local emulator.</param>
    public static async Task<GiveBackServer> StartAsync(
        IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var database = await TestDatabase.CreateAsync("gbf");
        var server = new GiveBackServer(database, Settings(database, settings), configure);
        try
        {
            await server.StartAppAsync();
        }
        catch
        {
            // A host that failed to start is not stopped (its silo never ran), only let go of, with its database.
            await server.ForgetFailedStartAsync();
            throw;
        }

        return server;
    }

    /// <summary>
    /// Two hosts started at the same moment on one new, empty database, as the servers of a deployment booting together:
    /// both run the schema migrator against nothing. The first owns the database.
    /// </summary>
    public static async Task<(GiveBackServer First, GiveBackServer Second)> StartTogetherAsync()
    {
        var database = await TestDatabase.CreateAsync("gbf");
        var first = new GiveBackServer(database, Settings(database, null), null);
        var second = new GiveBackServer(database, Settings(database, null), null, ownsDatabase: false);
        try
        {
            await Task.WhenAll(Task.Run(first.StartAppAsync), Task.Run(second.StartAppAsync));
        }
        catch
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
            throw;
        }

        return (first, second);
    }

    public HttpClient CreateClient(string? apiKey = AdminKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>
    /// A second host on the same database: it joins the same Orleans cluster and the same Quartz cluster, as a second
    /// server of a real deployment would. Disposing it leaves the database to this server.
    /// </summary>
    /// <param name="overrides">Settings this host alone starts with, e.g. a schedule switched off on one server.</param>
    public async Task<GiveBackServer> StartSiblingAsync(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var sibling = new GiveBackServer(Database, settings, _configure, ownsDatabase: false, _ownsPublicBaseUrl);
        await sibling.StartAppAsync();
        return sibling;
    }

    /// <summary>Fires a scheduled job through the real Quartz scheduler and waits for its run; fails if the run failed.</summary>
    public async Task RunJobAsync(Quartz.JobKey job)
    {
        var runs = Services.GetRequiredService<GiveBack.Scheduling.Runs.JobRunLog>();
        var before = await runs.CountAsync(job.Name);
        var scheduler = await Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(job);
        await Eventually.TrueAsync(async () => await runs.CountAsync(job.Name) > before, $"a run of {job.Name} to be recorded");
        var last = await runs.LastAsync(job.Name);
        Xunit.Assert.True(last!.Outcome == "succeeded", $"{job.Name} failed: {last.Detail}");
    }

    /// <summary>
    /// Stops the host (silo included) and starts a new one on the same database. <paramref name="whileStopped"/> runs in
    /// between, e.g. to take the database back to an earlier schema that the new host then upgrades.
    /// </summary>
    public async Task RestartAsync(Func<Task>? whileStopped = null)
    {
        await StopAppAsync();
        if (whileStopped is not null)
        {
            await whileStopped();
        }

        await StartAppAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    private static Dictionary<string, string?> Settings(TestDatabase database, IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:GiveBack"] = database.ConnectionString,
            ["urls"] = "http://127.0.0.1:0",
            ["Cluster:ServiceId"] = "giveback-test",
            ["Cluster:ClusterId"] = database.Name,
            ["Logging:LogLevel:Default"] = "Warning",
            ["GIVEBACK_ADMIN_API_KEY"] = AdminKey,
            ["GIVEBACK_STAFF_EMAIL"] = StaffEmail,
            ["GIVEBACK_STAFF_PASSWORD"] = StaffPassword,
            // Off on its clock: a test that books gifts must not find thank-yous queued behind its back; the offline
            // receipt tests fire the job themselves through the real scheduler.
            ["Receipts:OfflineInterval"] = "00:00:00",
            // No year-end statement run behind a test's back either; the statement tests start their runs themselves.
            ["Statements:YearEndCron"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    private async Task StartAppAsync()
    {
        // A port found free can be taken before Kestrel binds it (outgoing connections draw from the same ephemeral
        // range while other test classes run), so a start that loses that race starts again on fresh ports.
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnceAsync();
                return;
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException && attempt < attempts)
            {
                if (_app is not null)
                {
                    await _app.DisposeAsync();
                    _app = null;
                }
            }
        }
    }

    private async Task StartOnceAsync()
    {
        // Fresh silo ports each start: the old silo's sockets may linger, and classes run hosts in parallel.
        _settings["Cluster:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_ownsPublicBaseUrl)
        {
            // The host runs as in production, where the public base URL is required: it is this server's own address.
            var own = $"http://127.0.0.1:{FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            _settings["urls"] = own;
            _settings[PublicBaseUrlKey] = own;
        }

        var args = _settings.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}").ToArray();
        _app = GiveBackHost.Build(args, _configure);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    private async Task ForgetFailedStartAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }

        await Database.DisposeAsync();
    }

    private async Task StopAppAsync()
    {
        if (_app is null)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }
}
