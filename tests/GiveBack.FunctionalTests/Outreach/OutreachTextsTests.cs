using GiveBack.FunctionalTests.Support;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Templates;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Outreach;

/// <summary>The messages' words come from the resources; a passage that needs a value is said only with that value.</summary>
[Collection(ApiTests.Name)]
public sealed class OutreachTextsTests(ServerFixture fixture)
{
    [Theory]
    [InlineData("en", "To change your card, or to stop your monthly gift: ")]
    [InlineData("fr", "Pour changer de carte ou arrêter votre don mensuel : ")]
    public void The_thank_you_carries_the_monthly_gift_link_only_when_there_is_one(string language, string textLead)
    {
        var templates = fixture.Server.Services.GetRequiredService<OutreachTemplates>();
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Zoé", "Martin", "zoe@example.org", null, language, ["email"]);
        OutreachValues Values() => new OutreachValues().Money("amount", 2_500, "EUR").Text("campaign", "Annual Fund")
            .Text("receipt_number", "2026-000042").Date("received_on", new DateOnly(2026, 2, 1));
        const string Link = "https://giving.example.org/give/monthly/123.abc";

        var once = templates.Render("thank-you", OutreachLanguage.Of(language), Values(), recipient);
        var monthly = templates.Render("thank-you", OutreachLanguage.Of(language), Values().Text("manage_link", Link), recipient);

        Assert.DoesNotContain(textLead.Trim(), once.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=", once.Html, StringComparison.Ordinal);
        Assert.Contains(textLead + Link + "\n", monthly.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Link}\">", monthly.Html, StringComparison.Ordinal);
        Assert.Equal(once.Subject, monthly.Subject);
    }

    [Fact]
    public void A_kind_without_texts_is_refused_by_name()
    {
        var templates = fixture.Server.Services.GetRequiredService<OutreachTemplates>();
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Zoé", "Martin", "zoe@example.org", null, "fr", ["email"]);

        var refusal = Assert.Throws<InvalidOperationException>(() => templates.Render("no-such-kind", OutreachLanguage.French, new OutreachValues(), recipient));

        Assert.Contains("no-such-kind", refusal.Message, StringComparison.Ordinal);
    }
}
