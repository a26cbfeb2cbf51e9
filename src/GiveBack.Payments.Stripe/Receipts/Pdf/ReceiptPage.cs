using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GiveBack.Payments.Stripe.Receipts.Pdf;

/// <summary>
/// A4 pages (one for a receipt; a statement or an export runs over several) of text lines and rules, placed in points from the bottom-left corner as PDF itself counts (PDFsharp
/// counts from the top); text is drawn run by run in the font that has its glyphs, with those fonts embedded.
/// </summary>
internal sealed class ReceiptPage(ReceiptFonts fonts) : IDisposable
{
    private const double PageWidth = 595;
    private const double Height = 842;

    private readonly PdfDocument _document = NewDocument();
    private XGraphics? _graphics;

    private XGraphics Graphics => _graphics ??= XGraphics.FromPdfPage(_document.Pages[_document.PageCount - 1]);

    /// <summary>Goes on to a new page, for a document longer than one (a subject access export).</summary>
    public ReceiptPage NextPage()
    {
        _graphics?.Dispose();
        _graphics = null;
        AddPage(_document);
        return this;
    }

    /// <summary>
    /// Where a block of <paramref name="height"/> points goes: at <paramref name="y"/> when it ends above
    /// <paramref name="bottom"/>, else at <paramref name="top"/> of a new page.
    /// </summary>
    public double Room(double y, double height, double top, double bottom)
    {
        if (y - height >= bottom)
        {
            return y;
        }

        NextPage();
        return top;
    }

    /// <summary>Writes <paramref name="text"/> so that it ends at <paramref name="right"/> (a column of amounts).</summary>
    public ReceiptPage TextRight(double right, double y, string text, double size = 11, bool bold = false) =>
        Text(right - Width(text, size, bold), y, text, size, bold);

    /// <summary>How wide <paramref name="text"/> is drawn, run by run in the fonts that have its glyphs.</summary>
    public double Width(string text, double size = 11, bool bold = false) =>
        fonts.Runs(text, size, bold).Sum(r => Graphics.MeasureString(r.Text, r.Font).Width);

    /// <summary>Writes <paramref name="text"/> with its baseline at (x, y) points from the bottom-left of the page.</summary>
    public ReceiptPage Text(double x, double y, string text, double size = 11, bool bold = false)
    {
        foreach (var (run, font) in fonts.Runs(text, size, bold))
        {
            Graphics.DrawString(run, font, XBrushes.Black, x, Height - y);
            x += Graphics.MeasureString(run, font).Width;
        }

        return this;
    }

    public ReceiptPage Line(double x1, double y1, double x2, double y2)
    {
        Graphics.DrawLine(XPens.Black, x1, Height - y1, x2, Height - y2);
        return this;
    }

    public byte[] ToBytes()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var pdf = new MemoryStream();
        _document.Save(pdf, closeStream: false);
        return pdf.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private static PdfDocument NewDocument()
    {
        // PDF 1.4 as before: everything a receipt uses (embedded TrueType subsets, compressed streams) is in it.
        var document = new PdfDocument { Version = 14 };
        AddPage(document);
        return document;
    }

    private static void AddPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(Height);
    }
}
