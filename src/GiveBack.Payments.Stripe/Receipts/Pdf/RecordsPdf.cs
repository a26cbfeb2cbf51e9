using GiveBack.Domain.Exports;

namespace GiveBack.Payments.Stripe.Receipts.Pdf;

/// <summary>
/// Records printed on the receipt's page and fonts (<see cref="ReceiptPage"/>, <see cref="ReceiptFonts"/>): a title,
/// then each section's heading and lines, cut to the page width and carried over to new pages as needed.
/// </summary>
internal sealed class RecordsPdf(ReceiptFonts fonts) : IRecordsDocument
{
    private const double Left = 50;
    private const double Top = 790;
    private const double Bottom = 50;
    private const double LineHeight = 13;
    private const int CharactersPerLine = 95;

    public byte[] Render(string title, IReadOnlyList<RecordsSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        using var page = new ReceiptPage(fonts);
        var y = Top;
        page.Text(Left, y, title, size: 15, bold: true);
        y -= 2 * LineHeight;
        foreach (var section in sections)
        {
            y = page.Room(y, 2 * LineHeight, Top, Bottom);
            page.Text(Left, y, section.Title, size: 12, bold: true);
            y -= 1.5 * LineHeight;
            foreach (var line in section.Lines.SelectMany(Wrap))
            {
                y = page.Room(y, LineHeight, Top, Bottom);
                page.Text(Left, y, line, size: 9);
                y -= LineHeight;
            }

            y -= LineHeight / 2;
        }

        return page.ToBytes();
    }

    private static IEnumerable<string> Wrap(string line)
    {
        if (line.Length == 0)
        {
            yield return line;
        }

        for (var start = 0; start < line.Length; start += CharactersPerLine)
        {
            yield return line.Substring(start, Math.Min(CharactersPerLine, line.Length - start));
        }
    }
}
