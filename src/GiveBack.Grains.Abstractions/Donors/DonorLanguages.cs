namespace GiveBack.Grains.Abstractions.Donors;

/// <summary>The languages GiveBack writes to donors in; anything else falls back to <see cref="Default"/>.</summary>
public static class DonorLanguages
{
    public const string Default = "en";

    public static IReadOnlyList<string> All { get; } = ["en", "fr"];

    /// <summary>The supported language of an IETF tag or locale (<c>fr-CA</c> → <c>fr</c>), else the default.</summary>
    public static string Of(string? tag)
    {
        var primary = (tag ?? string.Empty).Split('-', '_')[0].Trim().ToLowerInvariant();
        return All.Contains(primary) ? primary : Default;
    }
}
