using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DotLiquid;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.Options;

namespace GiveBack.Outreach.Templates;

/// <summary>
/// The wording of every message, in one place: the Liquid templates embedded in this assembly,
/// <c>Templates/{kind}.{language}.txt.liquid</c> (first line <c>Subject: …</c>, then the text body) and
/// <c>{kind}.{language}.html.liquid</c> (the HTML body). They see the message's values formatted in the recipient's
/// language, plus <c>first_name</c>, <c>last_name</c> and <c>organization</c> (the institution, from
/// <c>Outreach:Institution</c>). Values are HTML-encoded for the HTML body, so a donor's name can never inject markup.
/// </summary>
public sealed class OutreachTemplates(IOptions<OutreachOptions> options)
{
    private const string SubjectPrefix = "Subject:";

    // Escapes markup characters but keeps letters such as é as they are (the default encoder turns them into entities).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // Sources are cached; each render parses its own Template, since a DotLiquid Template keeps state while rendering.
    private readonly ConcurrentDictionary<string, string?> _sources = new(StringComparer.Ordinal);

    /// <summary>Words a message of <paramref name="kind"/> for <paramref name="recipient"/> in <paramref name="language"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no template for the kind, or it is malformed.</exception>
    public RenderedMessage Render(string kind, OutreachLanguage language, OutreachValues values, OutreachRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(recipient);
        var formatted = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["first_name"] = recipient.FirstName,
            ["last_name"] = recipient.LastName,
            ["organization"] = options.Value.Institution,
        };
        foreach (var (name, value) in values.Entries)
        {
            formatted[name] = language.Format(value);
        }

        var code = Find(kind, language.Code, "txt") is null ? OutreachLanguage.English.Code : language.Code;
        var text = Render(Load(kind, code, "txt"), formatted);
        var html = Render(Load(kind, code, "html"), formatted.ToDictionary(v => v.Key, v => Html.Encode(v.Value), StringComparer.Ordinal));
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (!lines[0].StartsWith(SubjectPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The template {kind}.{code}.txt.liquid must start with '{SubjectPrefix}'.");
        }

        var subject = lines[0][SubjectPrefix.Length..].Trim();
        var body = string.Join('\n', lines.Skip(1)).Trim() + "\n";
        var document = $"<!DOCTYPE html>\n<html lang=\"{code}\">\n<body>\n{html.Trim()}\n</body>\n</html>\n";
        return new RenderedMessage(subject, body, document, formatted);
    }

    private static string Render(string source, Dictionary<string, string> values) =>
        Template.Parse(source).Render(new RenderParameters(CultureInfo.InvariantCulture)
        {
            LocalVariables = Hash.FromDictionary(values.ToDictionary(v => v.Key, v => (object)v.Value, StringComparer.Ordinal)),
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
        });

    private string Load(string kind, string language, string part) =>
        Find(kind, language, part) ?? throw new InvalidOperationException($"There is no template {kind}.{language}.{part}.liquid.");

    private string? Find(string kind, string language, string part) =>
        _sources.GetOrAdd($"{kind}.{language}.{part}.liquid", name =>
        {
            using var stream = typeof(OutreachTemplates).Assembly.GetManifestResourceStream($"GiveBack.Outreach.Templates.{name}");
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
}
