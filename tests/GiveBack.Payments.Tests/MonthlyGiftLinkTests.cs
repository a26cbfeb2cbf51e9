using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GiveBack.Payments.GivingPage;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The donor's self-service links: Data Protection tokens that expire after 30 days, with keys in PostgreSQL. Each
/// thank-you for a month of a monthly gift carries a fresh one; an expired one says how to get another; a tampered
/// one is refused; a link made by one host opens on another that shares the database.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed partial class MonthlyGiftLinkTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task The_thank_you_for_a_monthly_gift_carries_a_fresh_link_that_opens_the_gift()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var id = await MonthlyGiftAsync(email);

        var mail = await Eventually.MatchesAsync(
            () => Task.FromResult(fixture.Smtp.MessagesTo(email)), m => m.Count == 1, "the thank-you for the first month");
        var link = ManageLink().Match(mail[0].TextBody ?? string.Empty).Value;
        Assert.StartsWith($"{fixture.Server.BaseAddress}give/monthly/", link, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", mail[0].HtmlBody, StringComparison.Ordinal);

        using var donor = new HttpClient();
        using var page = await donor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Your monthly gift", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MonthlyGiftLinkStatus.Valid, Links(fixture.Server).Read(link[(link.LastIndexOf('/') + 1)..]).Status);
        Assert.Equal(id, Links(fixture.Server).Read(link[(link.LastIndexOf('/') + 1)..]).RecurringGiftId);
    }

    [Fact]
    public async Task An_expired_link_shows_how_to_get_a_new_one_and_cancels_nothing()
    {
        var id = await MonthlyGiftAsync();
        var token = Links(fixture.Server).Token(id, DateTimeOffset.UtcNow.AddMinutes(-1));
        using var donor = new HttpClient { BaseAddress = fixture.Server.BaseAddress };

        using var page = await donor.GetAsync($"/give/monthly/{token}");
        using var cancel = await donor.PostAsync($"/give/monthly/{token}/cancel", null);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This link has expired", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, cancel.StatusCode);
        using var french = await donor.GetAsync($"/give/monthly/{token}?lang=fr");
        Assert.Contains("Ce lien a expiré", WebUtility.HtmlDecode(await french.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await fixture.SettledAsync();
        Assert.Equal("active", (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_tampered_or_old_style_link_is_refused()
    {
        var id = await MonthlyGiftAsync();
        var token = Links(fixture.Server).Token(id);
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var laterExpiry = $"{long.Parse(token[..dot], System.Globalization.CultureInfo.InvariantCulture) + 86_400}{token[dot..]}";
        var flipped = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        using var donor = new HttpClient { BaseAddress = fixture.Server.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await donor.GetAsync($"/give/monthly/{token}")).StatusCode);
        foreach (var forged in new[] { laterExpiry, flipped, $"{id:N}.c2lnbmVkLXdpdGgtdGhlLXdlYmhvb2stc2VjcmV0", "99999999999.", "x" })
        {
            using var page = await donor.GetAsync($"/give/monthly/{Uri.EscapeDataString(forged)}");
            Assert.True(page.StatusCode == HttpStatusCode.NotFound, $"{forged}: {(int)page.StatusCode}");
            using var cancel = await donor.PostAsync($"/give/monthly/{Uri.EscapeDataString(forged)}/cancel", null);
            Assert.True(cancel.StatusCode == HttpStatusCode.NotFound, $"{forged} (cancel): {(int)cancel.StatusCode}");
        }
    }

    [Fact]
    public async Task Hosts_sharing_the_database_open_each_others_links()
    {
        var id = await MonthlyGiftAsync();
        var fromFirst = Links(fixture.Server).Token(id);
        await using var second = await fixture.Server.StartSiblingAsync();
        var fromSecond = Links(second).Token(id);
        using var donor = new HttpClient();

        using var onSecond = await donor.GetAsync(new Uri(second.BaseAddress, $"give/monthly/{fromFirst}"));
        using var onFirst = await donor.GetAsync(new Uri(fixture.Server.BaseAddress, $"give/monthly/{fromSecond}"));

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onFirst.StatusCode);
        Assert.True(await fixture.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys") >= 1);
    }

    [Fact]
    public async Task A_spoofed_Host_header_reaches_neither_the_donor_link_nor_the_portal_return()
    {
        var id = await MonthlyGiftAsync();
        var spoofed = $"localhost:{fixture.Server.BaseAddress.Port}";
        using var staff = fixture.Server.CreateClient();
        using var linkRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/recurring-gifts/{id}/donor-link");
        linkRequest.Headers.Host = spoofed;
        using var linkResponse = await staff.SendAsync(linkRequest);
        var link = (await Http.ReadAsync<JsonElement>(linkResponse, HttpStatusCode.OK)).GetProperty("url").GetString()!;
        Assert.StartsWith($"{fixture.Server.BaseAddress}give/monthly/", link, StringComparison.Ordinal);

        var token = link[(link.LastIndexOf('/') + 1)..];
        using var donor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        using var portalRequest = new HttpRequestMessage(HttpMethod.Post, $"/give/monthly/{token}/portal");
        portalRequest.Headers.Host = spoofed;
        using var portal = await donor.SendAsync(portalRequest);
        Assert.Equal(HttpStatusCode.Redirect, portal.StatusCode);
        var session = (await fixture.Emulator.Control.GetObjectsAsync("billing_portal.session"))
            .Single(p => ((string?)p["return_url"])?.Contains(token, StringComparison.Ordinal) == true);
        Assert.StartsWith($"{fixture.Server.BaseAddress}give/monthly/{token}", (string)session["return_url"]!, StringComparison.Ordinal);
    }

    private static MonthlyGiftLinks Links(GiveBackServer server) => server.Services.GetRequiredService<MonthlyGiftLinks>();

    private async Task<Guid> MonthlyGiftAsync(string? email = null)
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 1800, monthly: true, email: email);
        var subscriptionId = (string)(await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId))["subscription"]!;
        await fixture.SettledAsync();
        var list = await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/recurring-gifts?limit=200");
        return list.GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("subscriptionId").GetString() == subscriptionId).GetProperty("id").GetGuid();
    }

    [GeneratedRegex(@"https?://\S+/give/monthly/[A-Za-z0-9._-]+")]
    private static partial Regex ManageLink();
}
