using System.Resources;
using System.Text.RegularExpressions;
using GiveBack.Domain.Texts;

namespace GiveBack.Outreach.Templates;

/// <summary>
/// The words of every message, in <c>OutreachTexts.resx</c> (English) and <c>OutreachTexts.fr.resx</c>: under
/// <c>{kind}.subject</c>, <c>{kind}.text</c> and <c>{kind}.html</c>. A text names a value as <c>{name}</c>; a passage
/// said only when a value is there is a text of its own, <c>{kind}.{part}.{name}</c>, placed by <c>{?name}</c> (the
/// thank-you's monthly-gift link). Nothing else: the wording stays a sentence a translator reads, not a program.
/// </summary>
public sealed partial class OutreachTexts : ResourceTexts
{
    // First: the instances below are built from it, and static fields initialise in the order written.
    private static readonly ResourceManager Resources = new(typeof(OutreachTexts));

    private static readonly OutreachTexts English = new("en");

    private static readonly OutreachTexts French = new("fr");

    private OutreachTexts(string language)
        : base(Resources, language)
    {
    }

    /// <summary>The texts in <paramref name="language"/> (<c>en</c> or <c>fr</c>; <see cref="OutreachLanguage.Of"/> chose it).</summary>
    public static OutreachTexts In(string language) => language == French.Language ? French : English;

    /// <summary>One part of a kind's message with its values in place.</summary>
    /// <exception cref="InvalidOperationException">The kind has no such part.</exception>
    public string Word(string kind, string part, IReadOnlyDictionary<string, string> values)
    {
        var key = $"{kind}.{part}";
        var text = Find(key) ?? throw new InvalidOperationException($"There is no text '{key}' for the message kind '{kind}'.");
        return Placeholder().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (match.Groups["optional"].Success)
            {
                return values.ContainsKey(name) ? Word(kind, $"{part}.{name}", values) : string.Empty;
            }

            return values.GetValueOrDefault(name, string.Empty);
        });
    }

    [GeneratedRegex(@"\{(?<optional>\?)?(?<name>[a-z_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
