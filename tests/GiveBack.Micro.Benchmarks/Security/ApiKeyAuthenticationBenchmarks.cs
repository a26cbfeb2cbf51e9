using BenchmarkDotNet.Attributes;
using GiveBack.Api.Security;
using GiveBack.Micro.Benchmarks.Grains;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Micro.Benchmarks.Security;

/// <summary>
/// The API-key check every API request makes, in the product's own host (<c>--db</c>): a known key answered from
/// <see cref="ApiKeyCache"/> (no database), and the whole authentication of a request carrying it, as the middleware
/// runs it (a request scope, the scheme's handler, the principal).
/// </summary>
[MemoryDiagnoser]
public class ApiKeyAuthenticationBenchmarks
{
    private const string Header = "Bearer " + BenchmarkSilo.AdminKey;

    private BenchmarkSilo _silo = null!;
    private ApiKeyCache _cache = null!;
    private IServiceScopeFactory _scopes = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = await BenchmarkSilo.StartAsync();
        _cache = _silo.Services.GetRequiredService<ApiKeyCache>();
        _scopes = _silo.Services.GetRequiredService<IServiceScopeFactory>();
        if (!(await AuthenticateRequest()).Succeeded)
        {
            throw new InvalidOperationException("The benchmark's admin key was not accepted.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _silo.DisposeAsync();

    [Benchmark]
    public Task<ApiKeyRecord?> CachedKey() => _cache.FindAsync(BenchmarkSilo.AdminKey, CancellationToken.None);

    [Benchmark]
    public async Task<AuthenticateResult> AuthenticateRequest()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = Header;
        return await context.AuthenticateAsync(ApiKeyDefaults.Scheme);
    }
}
