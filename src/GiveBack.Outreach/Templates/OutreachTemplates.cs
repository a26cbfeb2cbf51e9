using System.Text.Encodings.Web;
using System.Text.Unicode;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.Options;

namespace GiveBack.Outreach.Templates;

/// <summary>
/// The wording of every message, from the one text mechanism (<see cref="OutreachTexts"/>: <c>OutreachTexts.resx</c>
/// and <c>OutreachTexts.fr.resx</c>): per kind a subject, a text body and an HTML body. They see the message's values
/// formatted in the recipient's language, plus <c>first_name</c>, <c>last_name</c> and <c>organization</c> (the
/// institution, from <c>Outreach:Institution</c>). Values are HTML-encoded for the HTML body, so a donor's name can never
/// inject markup. The institution is read per message: an administrator may rename it in the workspace while the host runs.
/// </summary>
public sealed class OutreachTemplates(IOptionsMonitor<OutreachOptions> options)
{
    // Escapes markup characters but keeps letters such as é as they are (the default encoder turns them into entities).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Words a message of <paramref name="kind"/> for <paramref name="recipient"/> in <paramref name="language"/>.</summary>
    /// <exception cref="InvalidOperationException">There are no texts for the kind.</exception>
    public RenderedMessage Render(string kind, OutreachLanguage language, OutreachValues values, OutreachRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(recipient);
        var formatted = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["first_name"] = recipient.FirstName,
            ["last_name"] = recipient.LastName,
            ["organization"] = options.CurrentValue.Institution,
        };
        foreach (var (name, value) in values.Entries)
        {
            formatted[name] = language.Format(value);
        }

        var texts = OutreachTexts.In(language.Code);
        var encoded = formatted.ToDictionary(v => v.Key, v => Html.Encode(v.Value), StringComparer.Ordinal);
        var subject = texts.Word(kind, "subject", formatted).Trim();
        var body = texts.Word(kind, "text", formatted).ReplaceLineEndings("\n").Trim() + "\n";
        var html = texts.Word(kind, "html", encoded);
        var document = $"<!DOCTYPE html>\n<html lang=\"{texts.Language}\">\n<body>\n{html.Trim()}\n</body>\n</html>\n";
        return new RenderedMessage(subject, body, document, formatted);
    }
}
