namespace GiveBack.Payments.Stripe.Receipts.Pdf;

/// <summary>
/// Who issues a receipt or a statement, as both print it: the institution's name, address and registration number, then
/// the tax office's wording, in the country's language whatever the labels' (<see cref="ReceiptIssuer"/>).
/// </summary>
internal static class IssuerBlock
{
    /// <summary>How far below the block's top line it ends, for a page that must keep it whole.</summary>
    public const double MaxHeight = 160;

    // About as many characters as fit between the margins at the wording's size.
    private const int WordingLineLength = 95;

    /// <summary>Draws the block from <paramref name="y"/> down, its labels worded by <paramref name="label"/>; where it ends.</summary>
    public static double Draw(ReceiptPage pdf, ReceiptIssuer issuer, double y, Func<Func<ReceiptTexts, string>, string> label)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(label);
        pdf.Text(56, y, $"{label(t => t.IssuedBy)}: {issuer.Name}", 11, bold: true);
        y -= 16;
        foreach (var line in issuer.Address)
        {
            pdf.Text(56, y, line, 10);
            y -= 14;
        }

        if (issuer.RegistrationNumber is { } registration)
        {
            pdf.Text(56, y, $"{label(t => t.RegistrationNumber)}: {registration}", 10);
            y -= 14;
        }

        foreach (var line in Wrap(issuer.TaxWording ?? string.Empty, WordingLineLength))
        {
            y -= 4;
            pdf.Text(56, y, line, 9);
            y -= 9;
        }

        return y;
    }

    /// <summary>Cuts <paramref name="text"/> between words into lines of at most about <paramref name="width"/> characters.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
