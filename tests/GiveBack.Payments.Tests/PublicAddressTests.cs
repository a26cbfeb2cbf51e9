using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GiveBack.Giving.Endpoints.Campaigns;

namespace GiveBack.Payments.Tests;

/// <summary>
/// What a client can claim about the request does not reach what GiveBack hands out: Checkout's return addresses come
/// from <c>GivingPage:PublicBaseUrl</c> (checked on the session the Stripe emulator stored), a Host the server does not
/// answer for is refused, and the giving page carries its security headers.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed partial class PublicAddressTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_spoofed_Host_header_does_not_reach_the_checkout_return_addresses()
    {
        var campaign = await fixture.CreateCampaignAsync();
        // localhost is a host the server answers for (AllowedHosts), but not the address donors are sent back to.
        using var response = await SubmitAsync(campaign, $"localhost:{fixture.Server.BaseAddress.Port}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = await new global::Stripe.Checkout.SessionService(fixture.Stripe).GetAsync(response.Headers.Location!.Segments[^1]);
        var publicBase = fixture.Server.BaseAddress.ToString();
        Assert.StartsWith($"{publicBase}give/{campaign.Slug}/thanks?session_id=", session.SuccessUrl, StringComparison.Ordinal);
        Assert.StartsWith($"{publicBase}give/{campaign.Slug}?cancelled=1", session.CancelUrl, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", session.SuccessUrl + session.CancelUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Host_the_server_does_not_answer_for_is_refused_before_any_checkout()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var sessionsBefore = (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count;

        using var response = await SubmitAsync(campaign, "giving.attacker.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(sessionsBefore, (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count);
    }

    [Fact]
    public async Task The_giving_page_allows_only_its_own_script_by_hash_and_cannot_be_framed()
    {
        var campaign = await fixture.CreateCampaignAsync();
        using var browser = new HttpClient { BaseAddress = fixture.Server.BaseAddress };

        using var response = await browser.GetAsync($"/give/{campaign.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var scripts = InlineScript().Matches(html);
        var script = Assert.Single(scripts).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("default-src 'self'", directives);
        Assert.Contains($"script-src 'sha256-{hash}'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private async Task<HttpResponseMessage> SubmitAsync(CampaignResponse campaign, string host)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/give/{campaign.Slug}?lang=en")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["amount"] = "5000",
                ["frequency"] = "once",
                ["firstName"] = "Grace",
                ["lastName"] = "Hopper",
                ["email"] = $"{Guid.NewGuid():N}@example.org",
            }),
        };
        request.Headers.Host = host;
        return await browser.SendAsync(request);
    }

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
