using GiveBack.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Architecture.Tests;

/// <summary>The real host, built and never started: its endpoint table is complete without a database or a silo.</summary>
public sealed class BuiltHost : IAsyncLifetime
{
    private WebApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = GiveBackHost.Build(["--ConnectionStrings:GiveBack=Host=127.0.0.1;Database=unused"]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public IEnumerable<RouteEndpoint> Endpoints() =>
        ((IEndpointRouteBuilder)_app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>();
}
