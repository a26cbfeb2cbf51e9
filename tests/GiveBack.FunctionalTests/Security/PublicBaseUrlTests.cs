using GiveBack.Payments.GivingPage;
using GiveBack.Testing.Host;
using Microsoft.Extensions.Options;

namespace GiveBack.FunctionalTests.Security;

/// <summary>Outside Development the host refuses to start without an address to build absolute URLs from.</summary>
public sealed class PublicBaseUrlTests
{
    [Theory]
    [InlineData("", PublicBaseUrl.Required)]
    [InlineData("ftp://give.example.edu", PublicBaseUrl.Invalid)]
    [InlineData("give.example.edu", PublicBaseUrl.Invalid)]
    [InlineData("https://give.example.edu/?from=mail", PublicBaseUrl.Invalid)]
    public async Task The_host_does_not_start_without_a_valid_public_base_url(string value, string message)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => GiveBackServer.StartAsync(new Dictionary<string, string?> { [GiveBackServer.PublicBaseUrlKey] = value }));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_does_not_start_with_a_proxy_that_is_not_an_address()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => GiveBackServer.StartAsync(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "proxy.example.edu" }));

        Assert.Contains("ForwardedHeaders", failure.Message, StringComparison.Ordinal);
    }
}
