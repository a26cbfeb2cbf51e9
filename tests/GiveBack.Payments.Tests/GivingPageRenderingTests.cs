using System.Net;
using GiveBack.Payments.GivingPage;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The public pages come from the Razor components (static server rendering) and their words from the resources:
/// the language is the page's, what a donor typed comes back encoded.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class GivingPageRenderingTests(OnlineGivingFixture fixture)
{
    [Theory]
    [InlineData("fr", "Faire un don", "Continuer vers le paiement", "en", "English")]
    [InlineData("en", "Make a gift", "Continue to payment", "fr", "Français")]
    public async Task The_giving_page_is_rendered_in_the_chosen_language(string language, string title, string submit, string other, string otherName)
    {
        var campaign = await fixture.CreateCampaignAsync();
        using var browser = new HttpClient { BaseAddress = fixture.Server.BaseAddress };

        using var response = await browser.GetAsync($"/give/{campaign.Slug}?lang={language}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("<!DOCTYPE html>", page.TrimStart(), StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<title>{title} — {campaign.Name}</title>", page, StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"{other}\">{otherName}</a>", page, StringComparison.Ordinal);
        Assert.Contains($"<button type=\"submit\" class=\"primary\" id=\"give\">{submit}</button>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"frequency\" id=\"frequency-once\" value=\"once\" checked", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_a_donor_typed_comes_back_encoded_on_the_refused_form()
    {
        var campaign = await fixture.CreateCampaignAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };
        const string Hostile = "\"><script>alert(1)</script><b x='";

        using var response = await browser.PostAsync($"/give/{campaign.Slug}?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = "5000",
            ["firstName"] = Hostile,
            ["lastName"] = "Martin",
            ["email"] = "not-an-email",
            ["tributeType"] = "honor",
            ["tributeName"] = Hostile,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"email-error\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b x=", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Equal(1, page.Split("<script>").Length - 1);
    }

    [Fact]
    public void Every_text_of_the_pages_exists_in_english_and_in_french()
    {
        var texts = typeof(GivingTexts).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name is not "Language" and not "Culture").ToList();

        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            var english = (string)text.GetValue(GivingTexts.English)!;
            var french = (string)text.GetValue(GivingTexts.French)!;
            Assert.False(string.IsNullOrWhiteSpace(english), text.Name);
            Assert.False(string.IsNullOrWhiteSpace(french), text.Name);
            Assert.True(english != french, $"{text.Name} is not translated: {french}");
        }
    }
}
