using GiveBack.FunctionalTests.Support;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Templates;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Outreach;

/// <summary>The wording of every kind, from the real templates in the real host, in both languages.</summary>
[Collection(ApiTests.Name)]
public sealed class OutreachTemplatesTests(ServerFixture fixture)
{
    public static TheoryData<string, string> KindsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Values.Keys)
        {
            data.Add(kind, "en");
            data.Add(kind, "fr");
        }

        return data;
    }

    private static Dictionary<string, OutreachValues> Values => new()
    {
        ["thank-you"] = new OutreachValues().Money("amount", 250_000, "EUR").Text("campaign", "Fonds <annuel>").Text("receipt_number", "2026-000042").Date("received_on", new DateOnly(2026, 2, 1)),
        ["receipt-replacement"] = new OutreachValues().Money("amount", 250_000, "EUR").Text("campaign", "Fonds <annuel>").Text("receipt_number", "2026-000043")
            .Date("received_on", new DateOnly(2026, 2, 1)).Text("voided_number", "2026-000042"),
        ["pledge-reminder"] = Installment(),
        ["pledge-follow-up"] = Installment(),
        ["lybunt-appeal"] = new OutreachValues().Text("fiscal_year", "2026"),
        ["recurring-gift-follow-up"] = new OutreachValues().Money("amount", 250_000, "EUR"),
        ["staff-password-reset"] = new OutreachValues().Text("reset_link", "https://giving.example.org/account/reset-password?user=1&token=a%2Bb"),
    };

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Every_kind_is_worded_in_both_languages_with_its_values_formatted_and_signed_by_the_institution(string kind, string language)
    {
        var templates = fixture.Server.Services.GetRequiredService<OutreachTemplates>();
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Zoé <b>", "Martin", "zoe@example.org", null, language, ["email"]);
        var values = Values[kind];

        var message = templates.Render(kind, OutreachLanguage.Of(language), values, recipient);

        Assert.False(string.IsNullOrWhiteSpace(message.Subject));
        Assert.StartsWith(language == "fr" ? "Bonjour Zoé <b>," : "Dear Zoé <b>,", message.Text, StringComparison.Ordinal);
        Assert.EndsWith("The development office\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Zoé &lt;b&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", message.Text + message.Html, StringComparison.Ordinal);
        foreach (var name in values.Entries.Keys)
        {
            Assert.Contains(message.Values[name], message.Text, StringComparison.Ordinal);
        }

        if (values.Entries.ContainsKey("amount"))
        {
            Assert.Equal(language == "fr" ? "2\u202f500,00\u00a0€" : "€2,500.00", message.Values["amount"]);
        }
    }

    private static OutreachValues Installment() =>
        new OutreachValues().Text("installment", "3").Money("amount", 250_000, "EUR").Date("due_date", new DateOnly(2026, 2, 1)).Text("campaign", "Reunion 2006");
}
