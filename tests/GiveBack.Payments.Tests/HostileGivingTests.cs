using System.Net;
using System.Text.Json;
using CsCheck;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using GiveBack.Testing.Hostile;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The giving page and the donor's monthly-gift links against careless or hostile input and against Stripe having a bad
/// moment: the donor always gets a page (never a 5xx), and a refused form sends nothing to Stripe and books nothing.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class HostileGivingTests(OnlineGivingFixture fixture)
{
    private static readonly string[] Fields =
        ["amount", "otherAmount", "frequency", "fund", "tributeType", "tributeName", "anonymous", "coverFee", "firstName", "lastName", "email", "classYear"];

    [Fact]
    public async Task A_28_digit_other_amount_is_refused_on_the_page()
    {
        var campaign = await fixture.CreateCampaignAsync();

        var form = Valid();
        form["otherAmount"] = "9999999999999999999999999999";

        using var response = await PostFormAsync(campaign.Slug, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"amount-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("firstName")]
    [InlineData("lastName")]
    [InlineData("email")]
    [InlineData("tributeName")]
    [InlineData("otherAmount")]
    [InlineData("classYear")]
    [InlineData("fund")]
    public async Task A_nul_character_in_a_field_is_refused_on_the_page_and_nothing_reaches_stripe(string field)
    {
        var campaign = await fixture.CreateCampaignAsync();
        var sessionsBefore = (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count;
        var form = Valid();
        form[field] = $"{form.GetValueOrDefault(field, "x")}\0";

        using var response = await PostFormAsync(campaign.Slug, form);

        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {page[..Math.Min(page.Length, 1_000)]}");
        Assert.Contains("id=\"errors\"", page, StringComparison.Ordinal);
        Assert.Equal(sessionsBefore, (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count);
    }

    [Fact]
    public async Task The_giving_form_answers_hostile_values_without_a_5xx_and_a_refusal_changes_nothing()
    {
        var campaign = await fixture.CreateCampaignAsync();
        // What earlier tests left moving (a webhook, a thank-you being sent) would change the database under a refusal.
        await fixture.SettledAsync();
        await Eventually.TrueAsync(
            async () => await fixture.ScalarAsync<long>("SELECT count(*) FROM outreach_messages WHERE status = 'queued'") == 0,
            "every queued message to be sent");
        var forms = Gen.Select(
            Gen.Int[0, Fields.Length - 1].Array[1, 4],
            HostileValues.Text.Array[4],
            (fields, values) =>
            {
                var form = Valid();
                for (var i = 0; i < fields.Length; i++)
                {
                    form[Fields[fields[i]]] = values[i];
                }

                return form;
            });

        await forms.SampleAsync(
            async form =>
            {
                var sessionsBefore = (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count;
                var before = await DatabaseFingerprint.TakeAsync(fixture.Server.Database.ConnectionString);
                using var response = await PostFormAsync(campaign.Slug, form);
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"{status} for {JsonSerializer.Serialize(form)}");
                if (status >= 400)
                {
                    Assert.Equal(sessionsBefore, (await fixture.Emulator.Control.GetObjectsAsync("checkout.session")).Count);
                    Assert.Equal(before, await DatabaseFingerprint.TakeAsync(fixture.Server.Database.ConnectionString));
                }
            },
            iter: 60,
            threads: 1,
            print: form => JsonSerializer.Serialize(form.ToDictionary(f => f.Key, f => f.Value.Length > 200 ? $"{f.Value[..200]}…" : f.Value)));
    }

    [Fact]
    public async Task When_stripe_fails_the_thank_you_page_still_thanks_and_says_the_payment_is_being_confirmed()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 5000);
        await fixture.Emulator.Control.FailNextCallsAsync("/v1/checkout/sessions", count: 10);
        try
        {
            using var page = await fixture.Server.CreateClient(apiKey: null).GetAsync($"/give/{campaign.Slug}/thanks?session_id={checkout.SessionId}&lang=en");

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("being confirmed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await fixture.Emulator.Control.FailNextCallsAsync("/v1/checkout/sessions", count: 0);
        }
    }

    [Fact]
    public async Task When_stripe_fails_the_donor_s_monthly_links_show_that_nothing_changed()
    {
        var (gift, link) = await MonthlyGiftAsync();
        using var donor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        var path = new Uri(link).AbsolutePath;
        await fixture.Emulator.Control.FailNextCallsAsync("/v1", count: 20);
        try
        {
            using var cancel = await donor.PostAsync($"{path}/cancel?lang=fr", null);
            using var portal = await donor.PostAsync($"{path}/portal?lang=fr", null);

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (cancel.StatusCode, portal.StatusCode));
            Assert.Contains("rien n'a été modifié", WebUtility.HtmlDecode(await cancel.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Contains("rien n'a été modifié", WebUtility.HtmlDecode(await portal.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
        finally
        {
            await fixture.Emulator.Control.FailNextCallsAsync("/v1", count: 0);
        }

        Assert.Equal("active", (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{gift}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Raising_a_monthly_gift_above_stripe_s_limit_is_a_problem_and_changes_nothing()
    {
        var (gift, _) = await MonthlyGiftAsync();

        using var response = await fixture.Staff.PatchAsync(
            $"/api/v1/recurring-gifts/{gift}", System.Net.Http.Json.JsonContent.Create(new { amount = 100_000_000 }));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no more than", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2500, (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{gift}")).GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task When_stripe_is_down_a_staff_change_is_a_503_with_retry_after()
    {
        var (gift, _) = await MonthlyGiftAsync();
        await fixture.Emulator.Control.FailNextCallsAsync("/v1/subscriptions", count: 20);
        try
        {
            using var response = await fixture.Staff.PatchAsync(
                $"/api/v1/recurring-gifts/{gift}", System.Net.Http.Json.JsonContent.Create(new { amount = 3_000 }));

            await Http.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(response.Headers.RetryAfter);
        }
        finally
        {
            await fixture.Emulator.Control.FailNextCallsAsync("/v1/subscriptions", count: 0);
        }
    }

    private static Dictionary<string, string> Valid() => new()
    {
        ["amount"] = "other",
        ["otherAmount"] = "25",
        ["frequency"] = "once",
        ["tributeType"] = "none",
        ["firstName"] = "Camille",
        ["lastName"] = "Martin",
        ["email"] = $"{Guid.NewGuid():N}@example.org",
        ["classYear"] = "2009",
    };

    private async Task<HttpResponseMessage> PostFormAsync(string slug, Dictionary<string, string> form)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        return await browser.PostAsync($"/give/{slug}?lang=en", new FormUrlEncodedContent(form));
    }

    private async Task<(Guid Gift, string Link)> MonthlyGiftAsync()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 2500, monthly: true);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();
        var gifts = await Http.GetAsync<JsonElement>(fixture.Staff, "/api/v1/recurring-gifts?limit=200");
        var gift = gifts.GetProperty("items").EnumerateArray().First(g => g.GetProperty("campaignId").GetGuid() == campaign.Id).GetProperty("id").GetGuid();
        var link = (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/recurring-gifts/{gift}/donor-link")).GetProperty("url").GetString()!;
        return (gift, link);
    }
}
