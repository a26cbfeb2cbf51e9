using System.Globalization;
using GiveBack.Api.Security;
using GiveBack.Giving.Campaigns;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Server.Hosting;
using GiveBack.Testing.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Micro.Benchmarks.Grains;

/// <summary>
/// The product's own host (ASP.NET Core and its Orleans silo, as <c>GiveBackHost</c> composes them) in this process,
/// on the database given with <c>--db</c>: grain calls made through its <see cref="IGrainFactory"/> stay inside the
/// silo. Loopback ports, its own cluster id, no scheduler and no plugin delivery, so nothing but the benchmark runs.
/// </summary>
internal sealed class BenchmarkSilo : IAsyncDisposable
{
    public const string DatabaseVariable = "GIVEBACK_BENCH_DB";

    /// <summary>The administrator key the host stores at start (so it prints none), for the API-key benchmarks.</summary>
    public const string AdminKey = "gbk_micro_benchmark_admin_0123456789abcdef0123456789abcdef01234567";

    private readonly WebApplication _app;

    private BenchmarkSilo(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<BenchmarkSilo> StartAsync()
    {
        var database = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrWhiteSpace(database))
        {
            throw new InvalidOperationException(
                $"The grain benchmarks need a PostgreSQL database: pass --db \"Host=…;Database=…\" (or set {DatabaseVariable}).");
        }

        var http = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        string[] args =
        [
            $"--ConnectionStrings:GiveBack={database}",
            $"--urls=http://127.0.0.1:{http}",
            $"--GivingPage:PublicBaseUrl=http://127.0.0.1:{http}",
            $"--Cluster:ClusterId=micro-{Guid.NewGuid():N}",
            $"--Cluster:SiloPort={FreePort.Next().ToString(CultureInfo.InvariantCulture)}",
            $"--{SecurityOptions.AdminKeyVariable}={AdminKey}",
            "--Scheduling:Enabled=false",
            "--Plugins:DispatchEnabled=false",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = GiveBackHost.Build(args);
        await app.StartAsync();
        return new BenchmarkSilo(app);
    }

    /// <summary>A new open campaign in EUR, created as the API creates one (through the campaign editor).</summary>
    public async Task<Guid> CreateCampaignAsync()
    {
        var id = Guid.CreateVersion7();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var request = new CampaignRequest(
            Name: $"Micro-benchmark {id:N}", Currency: "EUR", GoalAmount: 100_000_000, StartsOn: today.AddDays(-1),
            EndsOn: today.AddDays(30), Slug: $"micro-{id:N}");
        var edit = await _app.Services.GetRequiredService<CampaignEditor>().CreateAsync(id, request);
        return edit.Campaign?.Id ?? throw new InvalidOperationException($"The campaign was not created: {edit.Outcome}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
