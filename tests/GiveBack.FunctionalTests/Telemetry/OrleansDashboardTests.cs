using System.Net;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Telemetry;

/// <summary>
/// The Orleans Dashboard is served by the host at /admin/orleans to administrators signed in to the workspace: an
/// anonymous visitor is sent to the sign-in page, and the administrator who signs in there arrives at the dashboard.
/// </summary>
[Collection(TelemetryTests.Name)]
public sealed class OrleansDashboardTests(TelemetryWorld world)
{
    private const string Path = "/admin/orleans";

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var anonymous = new HttpClient(handler) { BaseAddress = world.Server.BaseAddress };

        var response = await anonymous.GetAsync(new Uri(Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_who_signs_in_gets_the_dashboard()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);

        var page = await StaffSession.OpenAsync(
            browser, new Uri(world.Server.BaseAddress, Path), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);

        await Assertions.Expect(page).ToHaveTitleAsync("Orleans Dashboard");
        await PageAddress.ArrivedAtAsync(page, Path);
    }
}
