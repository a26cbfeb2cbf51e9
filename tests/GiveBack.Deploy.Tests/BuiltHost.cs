using GiveBack.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Deploy.Tests;

/// <summary>
/// The real host, built and never started (no database, no silo), with the settings the deployment files give it:
/// what it maps and how long it takes to stop are read from it, not assumed.
/// </summary>
public sealed class BuiltHost : IAsyncLifetime
{
    /// <summary>DOTNET_SHUTDOWNTIMEOUTSECONDS in the image and the manifests reaches the host as this key.</summary>
    public const string ShutdownTimeoutKey = "shutdownTimeoutSeconds";

    public const int ShutdownSeconds = 45;

    public WebApplication App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = GiveBackHost.Build([
            "--ConnectionStrings:GiveBack=Host=127.0.0.1;Database=unused",
            $"--{ShutdownTimeoutKey}={ShutdownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        ]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    public IReadOnlySet<string> Paths() =>
        ((IEndpointRouteBuilder)App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet(StringComparer.Ordinal);
}
