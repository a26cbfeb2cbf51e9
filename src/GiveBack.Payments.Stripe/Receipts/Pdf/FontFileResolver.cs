using PdfSharp.Fonts;

namespace GiveBack.Payments.Stripe.Receipts.Pdf;

/// <summary>
/// PDFsharp's font resolver: a family name is the full path of a font file. PDFsharp takes one resolver per process,
/// set once, while each host finds its font files through its own options; naming fonts by path keeps the resolver
/// free of state, so every host (and every test host in one process) shares it whatever folders it configured.
/// </summary>
internal sealed class FontFileResolver : IFontResolver
{
    private static readonly FontFileResolver Instance = new();

    private FontFileResolver()
    {
    }

    /// <summary>Installs the resolver for the process; a second call (another host) changes nothing.</summary>
    public static void Install()
    {
        if (GlobalFontSettings.FontResolver is not FontFileResolver)
        {
            GlobalFontSettings.FontResolver = Instance;
        }
    }

    // Bold asked of a file is simulated: a bold face of its own is asked for by its own file's path, never as bold.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        File.Exists(familyName) ? new FontResolverInfo(familyName, bold, italic) : null;

    public byte[]? GetFont(string faceName) => File.Exists(faceName) ? File.ReadAllBytes(faceName) : null;
}
