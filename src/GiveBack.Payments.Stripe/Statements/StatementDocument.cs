using System.Globalization;
using GiveBack.Payments.Stripe.Receipts;
using GiveBack.Payments.Stripe.Receipts.Pdf;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>
/// A statement on the receipt's pages and fonts (<see cref="ReceiptPage"/>), in its holder's language: the gifts as a
/// table carried over as many pages as it takes (each new page names the holder and repeats the columns), the totals
/// per currency, what "net of refunds" means, and the issuer's block with the country's tax wording as receipts print it.
/// </summary>
internal static class StatementDocument
{
    private const double Left = 56;
    private const double Right = 539;
    private const double Top = 790;
    private const double Bottom = 56;
    private const double Row = 15;

    // Columns: date, receipt number, campaign, method; the amount ends at the right margin.
    private const double ReceiptColumn = 128;
    private const double CampaignColumn = 210;
    private const double MethodColumn = 390;
    private const int CampaignLength = 34;
    private const int MethodLength = 14;

    public static byte[] Render(Statement statement, ReceiptFonts fonts)
    {
        var texts = ReceiptTexts.In(statement.Holder.Language);
        var culture = CultureInfo.GetCultureInfo(texts.Language == "fr" ? "fr-FR" : "en-US");
        using var pdf = new ReceiptPage(fonts);
        pdf.Text(Left, 780, texts.StatementTitle, 20, bold: true)
            .Line(Left, 768, Right, 768)
            .Text(Left, 740, $"{(statement.Holder.Household ? texts.Household : texts.Donor)}: {statement.Holder.DisplayName}", 12, bold: true)
            .Text(Left, 720, $"{texts.StatementPeriod}: {Day(statement.Period.From)} – {Day(statement.Period.To)}")
            .Text(Left, 700, $"{texts.Issued}: {Day(statement.PrintedOn)}");
        var y = Columns(pdf, texts, 670);
        if (statement.Lines.Count == 0)
        {
            pdf.Text(Left, y, texts.StatementNone, 10);
            y -= Row;
        }

        foreach (var line in statement.Lines)
        {
            var next = pdf.Room(y, Row, Top, Bottom);
            if (next != y)
            {
                pdf.Text(Left, next, $"{texts.StatementTitle} ({texts.StatementContinued}) · {statement.Holder.DisplayName}", 10, bold: true);
                next = Columns(pdf, texts, next - 24);
            }

            y = next;
            pdf.Text(Left, y, Day(line.ReceivedOn), 9)
                .Text(ReceiptColumn, y, line.ReceiptNumber ?? "—", 9)
                .Text(CampaignColumn, y, Cut(line.Campaign, CampaignLength), 9)
                .Text(MethodColumn, y, Cut(line.Method, MethodLength), 9)
                .TextRight(Right, y, line.Amount.Format(culture), 9);
            y -= Row;
        }

        y = pdf.Room(y, (statement.Totals.Count + 4) * Row, Top, Bottom);
        pdf.Line(Left, y + 4, Right, y + 4);
        y -= Row;
        foreach (var total in statement.Totals)
        {
            pdf.Text(Left, y, $"{texts.StatementTotal} ({total.Currency})", 11, bold: true)
                .TextRight(Right, y, total.Format(culture), 11, bold: true);
            y -= Row + 3;
        }

        foreach (var note in IssuerBlock.Wrap(texts.StatementNet, 100))
        {
            pdf.Text(Left, y, note, 8);
            y -= 11;
        }

        y = pdf.Room(y - 14, IssuerBlock.MaxHeight + 40, Top, Bottom);
        y = IssuerBlock.Draw(pdf, statement.Issuer, y, text => text(texts));
        pdf.Line(Left, y - 10, Right, y - 10)
            .Text(Left, y - 34, texts.Thanks, 11);
        return pdf.ToBytes();
    }

    /// <summary>The columns' headings at <paramref name="y"/>; where the first row goes.</summary>
    private static double Columns(ReceiptPage pdf, ReceiptTexts texts, double y)
    {
        pdf.Text(Left, y, texts.GiftDate, 9, bold: true)
            .Text(ReceiptColumn, y, texts.Number, 9, bold: true)
            .Text(CampaignColumn, y, texts.StatementCampaign, 9, bold: true)
            .Text(MethodColumn, y, texts.Method, 9, bold: true)
            .TextRight(Right, y, texts.Amount, 9, bold: true)
            .Line(Left, y - 5, Right, y - 5);
        return y - Row - 4;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
