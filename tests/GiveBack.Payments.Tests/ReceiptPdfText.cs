using MimeKit;
using UglyToad.PdfPig;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The text a PDF reader finds in a receipt. The receipt embeds its fonts and writes glyphs, not Latin-1 bytes, so the
/// tests read it as a donor's reader does (through each font's ToUnicode map) rather than search the file's bytes.
/// </summary>
internal static class ReceiptPdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(page => page.Text));
    }

    /// <summary>The bytes of the message's one attachment, the receipt <paramref name="receiptNumber"/> as a PDF.</summary>
    public static async Task<byte[]> AttachmentAsync(MimeMessage mail, string receiptNumber)
    {
        var pdf = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal(($"receipt-{receiptNumber}.pdf", "application/pdf"), (pdf.FileName, pdf.ContentType.MimeType));
        using var content = new MemoryStream();
        await pdf.Content!.DecodeToAsync(content);
        return content.ToArray();
    }
}
