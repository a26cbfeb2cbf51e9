using System.Globalization;
using System.Text;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// A one-page PDF of text lines in the standard Helvetica fonts (no embedding, WinAnsi encoding: enough for English
/// and French). Written by hand because the only maintained .NET PDF writers here are AGPL or far larger than a receipt.
/// </summary>
public sealed class MinimalPdf
{
    private readonly StringBuilder _content = new();

    /// <summary>Writes <paramref name="text"/> with its baseline at (x, y) points from the bottom-left of an A4 page.</summary>
    public MinimalPdf Text(double x, double y, string text, double size = 11, bool bold = false)
    {
        _content.Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size:0.##} Tf {x:0.##} {y:0.##} Td (");
        foreach (var c in text)
        {
            _content.Append(c switch
            {
                '(' or ')' or '\\' => "\\" + c,
                _ => c.ToString(),
            });
        }

        _content.Append(") Tj ET\n");
        return this;
    }

    public MinimalPdf Line(double x1, double y1, double x2, double y2)
    {
        _content.Append(CultureInfo.InvariantCulture, $"{x1:0.##} {y1:0.##} m {x2:0.##} {y2:0.##} l S\n");
        return this;
    }

    public byte[] ToBytes()
    {
        var stream = WinAnsi(_content.ToString());
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        Write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        offsets.Add(pdf.Position);
        Write(pdf, $"6 0 obj\n<< /Length {stream.Length} >>\nstream\n");
        pdf.Write(stream);
        Write(pdf, "\nendstream\nendobj\n");

        var xref = pdf.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(pdf, table.ToString());
        return pdf.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));

    /// <summary>WinAnsi is Latin-1 for accented letters; the euro sign is its one common difference.</summary>
    private static byte[] WinAnsi(string text) =>
        [.. text.Select(c => c switch
        {
            '€' => (byte)0x80,
            '’' => (byte)0x92,
            '–' => (byte)0x96,
            '—' => (byte)0x97,
            '\u202f' or '\u00a0' => (byte)0x20,
            < '\u0100' => (byte)c,
            _ => (byte)'?',
        })];
}
