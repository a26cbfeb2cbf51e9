using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace GiveBack.Domain.Texts;

/// <summary>
/// The one way GiveBack words what people read, pages and messages alike: a <c>.resx</c> per text set (English, the
/// neutral resources) and its <c>.fr.resx</c> satellite, read for an explicit language. Explicit rather than the
/// thread's UI culture because a message is worded in its recipient's language, off any request, and a page in the
/// visitor's choice (<c>?lang=</c>), which no ambient culture carries. A derived class exposes each text as a property
/// named like its resource key, so a missing key fails the first render in tests, not silently in front of a donor.
/// </summary>
public abstract class ResourceTexts(ResourceManager resources, string language)
{
    private readonly CultureInfo _language = CultureInfo.GetCultureInfo(language);

    /// <summary>The language the texts are in (<c>en</c>, <c>fr</c>).</summary>
    public string Language { get; } = language;

    /// <summary>The text stored under <paramref name="key"/> (by default the calling property's name) in this language.</summary>
    /// <exception cref="InvalidOperationException">The resources hold no such text.</exception>
    protected string Text([CallerMemberName] string key = "") =>
        Find(key) ?? throw new InvalidOperationException($"There is no text '{key}' in {resources.BaseName}.");

    /// <summary>The text stored under <paramref name="key"/> in this language (else in English), or null.</summary>
    protected string? Find(string key) => resources.GetString(key, _language);
}
