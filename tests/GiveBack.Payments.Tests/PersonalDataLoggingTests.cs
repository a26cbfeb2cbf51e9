using System.Net;
using System.Text.Json;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Microsoft.Extensions.Logging;

namespace GiveBack.Payments.Tests;

[Collection(OnlineGivingGroup.Name)]
public sealed class PersonalDataLoggingTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_gift_through_the_giving_page_logs_no_e_mail_address_at_information_or_above()
    {
        var mailbox = Guid.NewGuid().ToString("N");
        var gift = await GiveAsync($"{mailbox}@example.org");
        // The whole path ran: booked, receipted, and the thank-you accepted by the SMTP server.
        await Eventually.MatchesAsync(
            () => Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/gifts/{gift}/receipt"),
            r => r.GetProperty("thankedAt").ValueKind != JsonValueKind.Null,
            "the thank-you to be sent");

        AssertNotLogged(mailbox);
        Assert.Contains(fixture.Logs.Entries, e => e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task An_smtp_refusal_that_quotes_the_address_is_logged_without_it()
    {
        var mailbox = $"rejected-{Guid.NewGuid():N}";
        await GiveAsync($"{mailbox}@example.org");

        // The refusal is recorded for staff as the server said it, and logged (Warning or Information) without the address.
        await Eventually.TrueAsync(
            async () => await fixture.ScalarAsync<long>(
                "SELECT count(*) FROM outreach_messages WHERE last_error LIKE @p", ("p", $"%{mailbox}%")) > 0,
            "the thank-you to fail with the server's refusal");
        await Eventually.TrueAsync(
            () => Task.FromResult(fixture.Logs.Entries.Any(e => e.Text.Contains("Recipient address rejected", StringComparison.Ordinal))),
            "the refusal to be logged");
        AssertNotLogged(mailbox);
    }

    private async Task<Guid> GiveAsync(string email)
    {
        var campaign = await fixture.CreateCampaignAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        using var response = await browser.PostAsync($"/give/{campaign.Slug}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = "other",
            ["otherAmount"] = "40",
            ["frequency"] = "once",
            ["firstName"] = "Camille",
            ["lastName"] = "Martin",
            ["email"] = email,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await fixture.Emulator.Control.CompleteCheckoutAsync(response.Headers.Location!.Segments[^1]);
        await fixture.SettledAsync();
        return Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id)).GetProperty("id").GetGuid();
    }

    // The mailbox name is unique to the test: it shows up whatever the address's form (encoded, quoted, masked domain).
    private void AssertNotLogged(string mailbox)
    {
        var leaks = fixture.Logs.Entries.Where(e => e.Text.Contains(mailbox, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaks.Count == 0, "logged the donor's e-mail address:\n" + string.Join("\n", leaks.Select(l => $"{l.Level} {l.Category}: {l.Text}")));
    }
}
