using GiveBack.Data.Postgres;
using GiveBack.Ledger;
using GiveBack.Pledges;
using GiveBack.Plugins.Hosting;
using GiveBack.Plugins.Hosting.Api;
using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage;
using GiveBack.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GiveBack.Plugins.Tests.Infrastructure;

/// <summary>
/// A real ASP.NET Core host on a loopback port with the plugin host and the product's data layer added the way the
/// product adds them (the ledger's migrations create the real schema, outbox included), a fresh PostgreSQL database,
/// and a plugins folder with copies of the built plugins. Events come from the product's real producers (<see cref="Events"/>).
/// </summary>
public sealed class PluginTestHost : IAsyncDisposable
{
    public const string ReadPolicy = "plugins.read";
    public const string AdminPolicy = "plugins.admin";

    private readonly string _root;

    private PluginTestHost(TestDatabase database, WebApplication app, string root, CapturingLoggerProvider logs)
    {
        Database = database;
        App = app;
        _root = root;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        Client.DefaultRequestHeaders.Add(TestAuthHandler.RoleHeader, "admin");
        Events = new ProductEvents(app.Services);
    }

    public TestDatabase Database { get; }

    public WebApplication App { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>The product's producers, writing to this host's database.</summary>
    public ProductEvents Events { get; }

    /// <summary>Calls the API as an administrator.</summary>
    public HttpClient Client { get; }

    public string PluginsDirectory => Path.Combine(_root, "plugins");

    public PluginRegistry Registry => App.Services.GetRequiredService<PluginRegistry>();

    public static string BuiltPlugin(string id) => Path.Combine(AppContext.BaseDirectory, "plugins", id);

    public static async Task<PluginTestHost> StartAsync(
        IEnumerable<string> plugins, IDictionary<string, string?>? settings = null, Action<string>? preparePlugins = null)
    {
        var root = Directory.CreateTempSubdirectory("giveback-plugins-").FullName;
        var pluginsDirectory = Path.Combine(root, "plugins");
        var ids = plugins.ToList();
        foreach (var id in ids)
        {
            CopyDirectory(BuiltPlugin(id), Path.Combine(pluginsDirectory, id));
        }

        Directory.CreateDirectory(pluginsDirectory);
        preparePlugins?.Invoke(pluginsDirectory);

        var database = await TestDatabase.CreateAsync("gbplug");
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:GiveBack"] = database.ConnectionString,
            ["Plugins:Directory"] = pluginsDirectory,
            ["Plugins:PollInterval"] = "00:00:00.050",
            // Generous: a first HTTP call on a loaded CI machine can take a second. The hanging-plugin test, whose
            // subject is the timeout, sets its own short one.
            ["Plugins:Timeout"] = "00:00:10",
            ["Plugins:BackoffBase"] = "00:00:00.100",
            ["Plugins:BackoffMax"] = "00:00:00.400",
            ["Plugins:MaxAttempts"] = "1000",
        };
        foreach (var id in ids.Concat(Directory.GetDirectories(pluginsDirectory).Select(Path.GetFileName)).Distinct())
        {
            configuration[$"Plugins:{id}:OutputFile"] = Path.Combine(root, $"{id}.log");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        var app = Build(configuration, logs);
        await app.StartAsync();
        return new PluginTestHost(database, app, root, logs);
    }

    public string OutputFileOf(string pluginId) => Path.Combine(_root, $"{pluginId}.log");

    public IReadOnlyList<Recorded> RecordedBy(string pluginId) => Recorded.ReadAll(OutputFileOf(pluginId));

    public Task<IReadOnlyList<Recorded>> WaitForRecordsAsync(
        string pluginId, Func<IReadOnlyList<Recorded>, bool> condition, string awaited, TimeSpan? timeout = null) =>
        Eventually.MatchesAsync(() => Task.FromResult(RecordedBy(pluginId)), condition, awaited, timeout);

    /// <summary>Changes a setting while the host runs (plugins read their section live).</summary>
    public void Configure(string key, string? value) => App.Configuration[key] = value;

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A plugin assembly may still be mapped; the temp folder is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static WebApplication Build(Dictionary<string, string?> configuration, CapturingLoggerProvider logs)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAuthentication(TestAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(AdminPolicy, p => p.RequireRole("admin"));
        builder.Services.AddProblemDetails();
        builder.AddGiveBackLedger();
        builder.AddGiveBackPledges();
        builder.AddGiveBackPlugins();
        builder.Services.AddEfMigrations<PluginsDbContext>();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPluginsApi(ReadPolicy, AdminPolicy);
        return app;
    }

    private static void CopyDirectory(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            throw new DirectoryNotFoundException($"Plugin not built at {from}: build the test project, which builds the plugins.");
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
