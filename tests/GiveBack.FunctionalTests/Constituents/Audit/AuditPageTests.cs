using System.Net;
using System.Net.Http.Json;
using GiveBack.Api.Security;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Constituents.Audit;

/// <summary>
/// The audit page in Debian's Chromium against the real host: a change made through the API shows who made it and the
/// field before and after, and the administrator's own look at the donor page is logged in turn.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class AuditPageTests(ServerFixture fixture)
{
    [Fact]
    public async Task An_administrator_sees_who_changed_a_donor_and_their_own_look_at_the_record()
    {
        using var admin = fixture.Server.CreateClient();
        var keyName = $"crm sync {Guid.NewGuid():N}"[..20];
        var key = await Http.ReadAsync<ApiKeyResponse>(await Http.PostAsync(admin, "/api/v1/api-keys", new { name = keyName, role = "gift-officer" }), HttpStatusCode.Created);
        using var sync = fixture.Server.CreateClient(key.Key);
        var donor = await Http.CreateDonorAsync(admin, classYear: 2001, firstName: "Camille", lastName: "Roux");
        Assert.Equal(HttpStatusCode.OK, (await sync.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { classYear = 2002 }))).StatusCode);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, $"/donors/{donor.Id}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Camille Roux");
        await page.Locator("#donor-audit-link").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Personal data audit");
        var change = page.Locator("#audit-table tbody tr", new() { HasText = keyName });
        await Assertions.Expect(change.Locator(".audit-action")).ToHaveTextAsync("change");
        await Assertions.Expect(change.Locator(".audit-change")).ToHaveTextAsync("classYear: 2001 → 2002");
        var look = page.Locator("#audit-table tbody tr", new() { HasText = "workspace: donor page" });
        await Assertions.Expect(look.Locator(".audit-actor")).ToHaveTextAsync(GiveBackServer.StaffEmail);
        await Assertions.Expect(look.Locator(".audit-action")).ToHaveTextAsync("read");
    }
}
