using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace GiveBack.Payments.Stripe.Receipts.Pdf;

/// <summary>The receipt's font files, found in <see cref="ReceiptsOptions.FontDirectories"/>, as PDFsharp fonts.</summary>
public sealed class ReceiptFonts
{
    // Unicode (Identity-H with a ToUnicode map): every name is embedded as glyphs and reads back as the text it was.
    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly string _regular;
    private readonly string _bold;
    private readonly string _fallback;

    public ReceiptFonts(IOptions<ReceiptsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FontFileResolver.Install();
        var directories = options.Value.SearchedFontDirectories;
        _regular = Find(directories, ReceiptFontFiles.Regular) ?? throw Missing(directories, ReceiptFontFiles.Regular);
        _bold = Find(directories, ReceiptFontFiles.Bold) ?? throw Missing(directories, ReceiptFontFiles.Bold);
        _fallback = Find(directories, ReceiptFontFiles.Fallback) ?? throw Missing(directories, ReceiptFontFiles.Fallback);
    }

    /// <summary>
    /// <paramref name="text"/> cut into runs each drawn by one font: DejaVu Sans wherever it has the glyph, the fallback
    /// where only the fallback has it (bold simulated there, as it has no bold face).
    /// </summary>
    public IReadOnlyList<(string Text, XFont Font)> Runs(string text, double size, bool bold) =>
        FontRuns.Split(
            text,
            new XFont(bold ? _bold : _regular, size, XFontStyleEx.Regular, Embedded),
            new XFont(_fallback, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Embedded));

    /// <summary>What keeps the configured folders from giving every font file a receipt needs; empty when nothing does.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        FontFileResolver.Install();
        foreach (var file in ReceiptFontFiles.All)
        {
            var path = Find(directories, file);
            var problem = path is null ? Missing(directories, file).Message : Unusable(path, file);
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    private static string? Find(IReadOnlyList<string> directories, ReceiptFontFile file) =>
        directories.Select(directory => Path.Combine(directory, file.FileName)).FirstOrDefault(File.Exists);

    private static InvalidOperationException Missing(IReadOnlyList<string> directories, ReceiptFontFile file) =>
        new($"Receipts: the font file {file.FileName} (Debian package {file.DebianPackage}) is in none of " +
            $"Receipts:FontDirectories [{string.Join(", ", directories)}]; install the package or add its folder.");

    /// <summary>Loads the file as PDFsharp will, so a file that is no font, or lacks the glyphs it is there for, stops the start.</summary>
    private static string? Unusable(string path, ReceiptFontFile file)
    {
        try
        {
            return GlyphHelper.GlyphIndexFromCodePoint(file.Probe, new XFont(path, 10, XFontStyleEx.Regular, Embedded)) == 0
                ? $"Receipts: the font file {path} has no glyph for '{file.Probe}'; it must be {file.FileName} from {file.DebianPackage}."
                : null;
        }
#pragma warning disable CA1031 // Whatever PDFsharp throws on a bad file, start-up reports it as this option's failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"Receipts: PDFsharp cannot load the font file {path}: {e.Message}";
        }
    }
}
