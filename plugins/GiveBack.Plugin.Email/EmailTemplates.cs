using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DotLiquid;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Plugin.Email;

/// <summary>
/// Liquid templates per message kind and language: <c>{kind}.{lang}.txt.liquid</c> (first line <c>Subject: …</c>, then
/// the text body) and <c>{kind}.{lang}.html.liquid</c>. A language without templates falls back to English. Values are
/// HTML-encoded for the HTML body, so a donor's name can never inject markup.
/// </summary>
internal sealed class EmailTemplates(string directory)
{
    public const string FallbackLanguage = "en";

    // Escapes markup characters but keeps letters such as é as they are (the default encoder turns them into entities).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<string, Template> _cache = new(StringComparer.Ordinal);

    public static string FileKind(MessageKind kind) => kind switch
    {
        MessageKind.ThankYou => "thank-you",
        MessageKind.Receipt => "receipt",
        MessageKind.Reminder => "reminder",
        MessageKind.Appeal => "appeal",
        MessageKind.Newsletter => "newsletter",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown message kind"),
    };

    public RenderedEmail Render(OutreachMessage message, string organization)
    {
        var language = PickLanguage(message.Kind, message.Recipient.Language);
        var values = Values(message, organization);
        var text = Load(message.Kind, language, "txt").Render(Hash.FromDictionary(values), CultureInfo.InvariantCulture);
        var html = Load(message.Kind, language, "html")
            .Render(Hash.FromDictionary(values.ToDictionary(v => v.Key, v => (object)Html.Encode((string)v.Value))), CultureInfo.InvariantCulture);

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (!lines[0].StartsWith("Subject:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Template {FileKind(message.Kind)}.{language}.txt.liquid must start with 'Subject:'.");
        }

        return new RenderedEmail(lines[0]["Subject:".Length..].Trim(), html, string.Join('\n', lines.Skip(1)).Trim() + "\n");
    }

    private static Dictionary<string, object> Values(OutreachMessage message, string organization)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["first_name"] = message.Recipient.FirstName,
            ["last_name"] = message.Recipient.LastName,
            ["organization"] = organization,
        };
        foreach (var (key, value) in message.Values)
        {
            values[key] = value;
        }

        return values;
    }

    private string PickLanguage(MessageKind kind, string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return File.Exists(PathOf(kind, primary, "txt")) ? primary : FallbackLanguage;
    }

    private Template Load(MessageKind kind, string language, string part) =>
        _cache.GetOrAdd(PathOf(kind, language, part), path => Template.Parse(File.ReadAllText(path)));

    private string PathOf(MessageKind kind, string language, string part) =>
        Path.Combine(directory, $"{FileKind(kind)}.{language}.{part}.liquid");
}
